import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";

// next-auth reads a request's whole body before its own checks, for anyone signed out. The route
// in front of it judges the declared length and reads within a cap, so one request cannot make
// the server hold hundreds of megabytes. (That an ordinary sign-in still passes is what every
// browser test's sign-in shows; next-auth needs a real request scope.)

vi.hoisted(() => {
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  process.env.NEXTAUTH_SECRET = "a-test-secret-that-is-long-enough-1234";
});

const { POST } = await import("@/app/api/auth/[...nextauth]/route");
const context = { params: Promise.resolve({ nextauth: ["signin", "email"] }) };
const url = "http://localhost:3000/api/auth/signin/email";

describe("next-auth's POST endpoints", () => {
  it("refuse a body declared too large before reading it", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const request = new NextRequest(url, {
      method: "POST",
      headers: { "content-length": String(300 * 1024 * 1024) },
      body,
      duplex: "half",
    } as ConstructorParameters<typeof NextRequest>[1]);
    const response = await POST(request, context);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("stop reading a body sent in chunks as soon as it passes the cap", async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        sent += 64 * 1024;
        if (sent > 200 * 1024 * 1024) controller.close();
        else controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const request = new NextRequest(url, {
      method: "POST",
      headers: { "transfer-encoding": "chunked" },
      body,
      duplex: "half",
    } as ConstructorParameters<typeof NextRequest>[1]);
    const response = await POST(request, context);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(1024 * 1024);
  });

  it("refuse a body without a length", async () => {
    const request = new NextRequest(url, {
      method: "POST",
      body: new ReadableStream({ start: (controller) => controller.close() }),
      duplex: "half",
    } as ConstructorParameters<typeof NextRequest>[1]);
    expect((await POST(request, context)).status).toBe(411);
  });
});
