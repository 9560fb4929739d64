import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { oidcProfile } from "@/lib/auth/oidc-profile";

// An identity provider that leaves the e-mail out of the ID token: the address comes from its
// userinfo endpoint, found through discovery. A discovery that failed once must not be remembered
// (one hiccup at the provider would otherwise turn every later first sign-in away until a
// restart), and userinfo about another subject is not taken.

let server: Server;
let issuer = "";
let discoveryFails = true;
let userinfoSubject = "sub-1";
const asked: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    asked.push(request.url ?? "");
    if (request.url === "/.well-known/openid-configuration") {
      if (discoveryFails) return void response.writeHead(503).end("busy");
      return void response
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ userinfo_endpoint: `${issuer.replace(/\/$/, "")}/userinfo` }));
    }
    if (request.url === "/userinfo" && request.headers.authorization === "Bearer access-1") {
      return void response
        .writeHead(200, { "content-type": "application/json" })
        .end(
          JSON.stringify({ sub: userinfoSubject, email: "Aase.Kirkegaard@Vesteraa.example", email_verified: true, name: "Åse Kirkegaard" }),
        );
    }
    response.writeHead(401).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the OIDC profile when the ID token has no e-mail", () => {
  it("goes without an address while discovery fails, and finds it once discovery answers again", async () => {
    expect(await oidcProfile(issuer, { sub: "sub-1" }, "access-1")).toEqual({
      id: "sub-1",
      email: null,
      name: null,
      emailVerifiedByProvider: false,
      employeeNumber: null,
    });
    discoveryFails = false;
    expect(await oidcProfile(issuer, { sub: "sub-1" }, "access-1")).toEqual({
      id: "sub-1",
      email: "aase.kirkegaard@vesteraa.example",
      name: "Åse Kirkegaard",
      emailVerifiedByProvider: true,
      employeeNumber: null,
    });
    expect(asked.filter((url) => url.includes("openid-configuration"))).toHaveLength(2);
    // Found once, remembered: the next sign-in asks userinfo only.
    await oidcProfile(issuer, { sub: "sub-1" }, "access-1");
    expect(asked.filter((url) => url.includes("openid-configuration"))).toHaveLength(2);
  });

  it("takes nothing from userinfo about another subject", async () => {
    userinfoSubject = "someone-else";
    expect(await oidcProfile(issuer, { sub: "sub-1", preferred_username: "aase" }, "access-1")).toEqual({
      id: "sub-1",
      email: null,
      name: "aase",
      emailVerifiedByProvider: false,
      employeeNumber: null,
    });
  });

  it("keeps the ID token's own e-mail and never asks userinfo then", async () => {
    const before = asked.length;
    expect(await oidcProfile(issuer, { sub: "sub-2", email: "Ole@Vesteraa.example", email_verified: "true" }, "access-1")).toMatchObject({
      email: "ole@vesteraa.example",
    });
    expect(asked.length).toBe(before);
  });
});

describe("the employee-number claim", () => {
  it("is read from the ID token when the installation names one, as text, and ignored otherwise", async () => {
    const claims = { sub: "sub-9", email: "x@vesteraa.example", email_verified: true, lnr: 4711 };
    expect((await oidcProfile(issuer, claims, undefined, "lnr")).employeeNumber).toBe("4711");
    expect((await oidcProfile(issuer, { ...claims, lnr: " K-12 " }, undefined, "lnr")).employeeNumber).toBe("K-12");
    expect((await oidcProfile(issuer, claims, undefined, null)).employeeNumber).toBeNull();
    // Anything but text or a number (an object, an empty string) is no number.
    expect((await oidcProfile(issuer, { ...claims, lnr: { id: 1 } }, undefined, "lnr")).employeeNumber).toBeNull();
    expect((await oidcProfile(issuer, { ...claims, lnr: "" }, undefined, "lnr")).employeeNumber).toBeNull();
  });
});
