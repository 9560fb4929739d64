import { describe, expect, it } from "vitest";
import { canonicalRedirect } from "@/lib/http/canonical-address";

const at = (url: string, headers: Record<string, string>, method = "GET") =>
  canonicalRedirect(method, new URL(url), new Headers(headers), "http://localhost:3000")?.toString() ?? null;

describe("one address for the app", () => {
  it("sends a page asked for on another name of the server to the same page on the app's address", () => {
    expect(at("http://127.0.0.1:3000/runder/1/materiale?fra=mail", { host: "127.0.0.1:3000" })).toBe(
      "http://localhost:3000/runder/1/materiale?fra=mail",
    );
    expect(at("http://myhost:3000/", { host: "myhost:3000" })).toBe("http://localhost:3000/");
    expect(at("http://localhost:3001/", { host: "localhost:3001" })).toBe("http://localhost:3000/");
  });

  it("leaves a request on the app's address alone, whatever the letter case", () => {
    expect(at("http://localhost:3000/log-ind", { host: "localhost:3000" })).toBeNull();
    expect(at("http://LOCALHOST:3000/log-ind", { host: "LocalHost:3000" })).toBeNull();
  });

  it("believes the proxy's X-Forwarded-Host (its first value) over Host", () => {
    const app = "https://mus.kommune.example";
    const forwarded = (host: string) =>
      canonicalRedirect("GET", new URL("http://10.0.0.5:3000/hr"), new Headers({ host: "10.0.0.5:3000", "x-forwarded-host": host }), app);
    expect(forwarded("mus.kommune.example")).toBeNull();
    expect(forwarded("mus.kommune.example, proxy.internal")).toBeNull();
    expect(forwarded("other.example")?.toString()).toBe("https://mus.kommune.example/hr");
  });

  it("does not loop behind a proxy that writes the default port or adds its own name", () => {
    const app = "https://mus.kommune.example";
    const asked = (headers: Record<string, string>) =>
      canonicalRedirect("GET", new URL("http://10.0.0.5:3000/hr"), new Headers(headers), app);
    expect(asked({ host: "10.0.0.5:3000", "x-forwarded-host": "mus.kommune.example:443" })).toBeNull();
    expect(asked({ host: "mus.kommune.example:443" })).toBeNull();
    expect(asked({ host: "10.0.0.5:3000", "x-forwarded-host": "proxy.internal, mus.kommune.example" })).toBeNull();
    expect(asked({ host: "10.0.0.5:3000", "x-forwarded-host": "mus.kommune.example:8443" })?.toString()).toBe(
      "https://mus.kommune.example/hr",
    );
  });

  it("takes only the path and the query from the request, never a host hidden in the path", () => {
    const target = canonicalRedirect(
      "GET",
      new URL("http://127.0.0.1:3000//evil.example/x?y=1"),
      new Headers({ host: "127.0.0.1:3000" }),
      "http://localhost:3000",
    );
    expect(target?.origin).toBe("http://localhost:3000");
  });

  it("never redirects a post (a form or a server action is refused by its origin check instead)", () => {
    expect(at("http://127.0.0.1:3000/runder", { host: "127.0.0.1:3000" }, "POST")).toBeNull();
  });
});
