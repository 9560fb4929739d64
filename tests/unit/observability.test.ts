import { once } from "node:events";
import { createServer } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { recordJobRun, recordRequest, renderMetrics } from "@/lib/observability/metrics";
import { observeRequest } from "@/lib/observability/request-log";
import { routeMatcher } from "@/lib/observability/route-template";

// Logs and metrics name routes, never the ids or names in a path, and say nothing about a person.

const routes = routeMatcher([
  "/runder/[id]/samtale/[participantId]",
  "/runder/[id]",
  "/runder/ny",
  "/api/planer/[id]/strom",
  "/api/auth/[...nextauth]",
  "/",
  "/_not-found",
]);

describe("route templates", () => {
  it("names the route, not the path", () => {
    expect(routes("/runder/7c0e5f3e-2b1a-4c1e-9d5a-1f2e3d4c5b6a/samtale/abc")).toBe("/runder/[id]/samtale/[participantId]");
    expect(routes("/runder/ny")).toBe("/runder/ny"); // the static route wins over [id]
    expect(routes("/runder/some-id/")).toBe("/runder/[id]");
    expect(routes("/api/auth/callback/email")).toBe("/api/auth/[...nextauth]");
    expect(routes("/")).toBe("/");
    expect(routes("/_next/static/chunks/a.js")).toBe("/_next/*");
    expect(routes("/personer/jens.hansen@kommune.dk")).toBe("(other)");
  });
});

describe("request observation", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes one JSON line per request with the route, status and time, and the request id from the proxy or a new one", async () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const server = createServer((request, response) => {
      observeRequest(request, response, routes, true);
      response.statusCode = request.url?.startsWith("/runder/ny") ? 200 : 404;
      response.end("x");
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as { port: number };
    try {
      const first = await fetch(`http://127.0.0.1:${port}/runder/ny?email=jens@kommune.dk`, {
        headers: { "x-request-id": "from-nginx-123" },
      });
      const second = await fetch(`http://127.0.0.1:${port}/runder/0d9a/samtale/secret-name`, {
        headers: { "x-request-id": "not sane; has spaces" },
      });
      expect(first.headers.get("x-request-id")).toBe("from-nginx-123");
      expect(second.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      server.close();
    }
    await vi.waitFor(() => expect(lines.length).toBe(2));
    const [a, b] = lines.map((line) => JSON.parse(line));
    expect(a).toMatchObject({ kind: "request", requestId: "from-nginx-123", method: "GET", route: "/runder/ny", status: 200 });
    expect(b).toMatchObject({ kind: "request", method: "GET", route: "/runder/[id]/samtale/[participantId]", status: 404 });
    expect(typeof a.durationMs).toBe("number");
    expect(lines.join("")).not.toMatch(/jens|secret-name|0d9a|127\.0\.0\.1/);
  });
});

describe("a process told to stop", () => {
  it("closes each connection after its answer, so a proxy's kept-open connections go elsewhere", async () => {
    const stopping = globalThis as unknown as { musStopping?: boolean };
    const server = createServer((request, response) => {
      observeRequest(request, response, routes, false);
      response.end("x");
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as { port: number };
    try {
      expect((await fetch(`http://127.0.0.1:${port}/`)).headers.get("connection")).toBe("keep-alive");
      stopping.musStopping = true;
      expect((await fetch(`http://127.0.0.1:${port}/`)).headers.get("connection")).toBe("close");
    } finally {
      stopping.musStopping = false;
      server.close();
    }
  });
});

describe("metrics text", () => {
  it("renders counters, a latency histogram without plan streams, the gauges and job runs in Prometheus's format", () => {
    recordRequest("GET", "/runder/[id]", 200, 0.03);
    recordRequest("GET", "/runder/[id]", 200, 0.3);
    recordRequest("GET", "/api/planer/[id]/strom", 200, 600);
    recordJobRun("mail", "ok", 0.2);
    recordJobRun("mail", "error", 0.1);
    const text = renderMetrics({ planStreams: 3, queuedMail: 7, deadMail: 2 });
    expect(text).toContain('mus_http_requests_total{method="GET",route="/runder/[id]",status="200"} 2');
    expect(text).toContain('mus_http_requests_total{method="GET",route="/api/planer/[id]/strom",status="200"} 1');
    expect(text).toContain('mus_http_request_duration_seconds_bucket{method="GET",route="/runder/[id]",le="0.05"} 1');
    expect(text).toContain('mus_http_request_duration_seconds_bucket{method="GET",route="/runder/[id]",le="0.5"} 2');
    expect(text).toContain('mus_http_request_duration_seconds_count{method="GET",route="/runder/[id]"} 2');
    expect(text).not.toContain('mus_http_request_duration_seconds_count{method="GET",route="/api/planer/[id]/strom"}');
    expect(text).toContain("mus_plan_streams_open 3\n");
    expect(text).toContain("mus_mail_queued 7\n");
    expect(text).toContain("mus_mail_dead 2\n");
    expect(text).toContain('mus_job_runs_total{job="mail",outcome="error"} 1');
    expect(text).toContain("# TYPE mus_http_request_duration_seconds histogram");
    expect(text.endsWith("\n")).toBe(true);
  });
});
