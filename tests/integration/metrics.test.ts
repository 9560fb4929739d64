import { beforeEach, describe, expect, it, vi } from "vitest";
import { runJobsOnce } from "@/lib/jobs/loop";
import { scrapeMetrics } from "@/lib/observability/scrape";
import { resetDatabase, testDatabase } from "../support/database";

// /api/metrics against the real database: off without METRICS_TOKEN, refused without the token,
// and then the shared mail queue and this process's job runs, which LOG_FORMAT=json also logs.

// Read lazily by lib/env.ts, so setting them here, before the first use, is enough.
process.env.LOG_FORMAT = "json";
process.env.SMTP_URL = "smtp://127.0.0.1:9"; // nothing listens: the queued mail stays queued
const token = "metrics-token-for-the-test-0123456789";

const database = testDatabase();
beforeEach(() => resetDatabase());

describe("the metrics endpoint", () => {
  it("is off (404) without METRICS_TOKEN, and refuses (401) a missing or wrong bearer token", async () => {
    expect((await scrapeMetrics(`Bearer ${token}`, database, undefined)).status).toBe(404);
    for (const authorization of [null, "Bearer wrong", token, `Basic ${token}`]) {
      const refused = await scrapeMetrics(authorization, database, token);
      expect(refused.status).toBe(401);
      expect(refused.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(await refused.text()).toBe("");
    }
  });

  it("gives the queued mail and the job runs, each run also one JSON line without what it handled", async () => {
    await database.outgoingMail.createMany({
      data: [1, 2].map((n) => ({ to: `person${n}@vesteraa.example`, subject: "Hej", text: "Tekst" })),
    });
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      await runJobsOnce(database);
    } finally {
      spy.mockRestore();
    }
    const jobs = lines.filter((line) => line.startsWith("{")).map((line) => JSON.parse(line));
    expect(jobs.map((job) => job.job)).toEqual([
      "reminders",
      "upward-reminders",
      "upward-seal",
      "follow-up-mail",
      "joint-action-reminders",
      "mail",
      "sign-in-cleanup",
      "retention",
      "audit-seal",
    ]);
    expect(new Set(jobs.map((job) => job.requestId)).size).toBe(1);
    expect(jobs.every((job) => job.kind === "job" && job.outcome === "ok" && typeof job.durationMs === "number")).toBe(true);
    expect(lines.join("")).not.toMatch(/vesteraa|Hej/);

    const answer = await scrapeMetrics(`Bearer ${token}`, database, token);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await answer.text();
    expect(text).toContain("mus_mail_queued 2\n");
    expect(text).toContain('mus_job_runs_total{job="mail",outcome="ok"} 1');
    expect(text).toContain("mus_plan_streams_open 0\n");
  });
});
