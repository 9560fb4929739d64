import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "../../lib/migrations/apply";
import { scratchDatabaseUrl } from "../support/scratch-database";
import { freePort } from "../support/postgres";
import { meaningfulLines, startApp, tempDataDir, waitForHealthy } from "../support/start-process";

async function countRows(dataDir: string) {
  const database = await PGlite.create(join(dataDir, "pgdata"));
  try {
    const count = async (table: string) =>
      Number((await database.query<{ n: number }>(`select count(*)::int as n from "${table}"`)).rows[0].n);
    return {
      municipalities: await count("Municipality"),
      people: await count("Person"),
      units: await count("Unit"),
      rounds: await count("Round"),
      signedPlans: Number(
        (await database.query<{ n: number }>(`select count(*)::int as n from "PlanVersion" where "signedAt" is not null`)).rows[0].n,
      ),
    };
  } finally {
    await database.close();
  }
}

function expectOneClearLine(stderr: string, pattern: RegExp) {
  const lines = meaningfulLines(stderr);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe("npm start on the embedded database", () => {
  it("serves the seeded app, stops cleanly on Ctrl-C, and finds the same data on the next start", async () => {
    const dataDir = tempDataDir();
    const first = await startApp({ DATA_DIR: dataDir });
    await waitForHealthy(first.port);
    // One address, printed once and used everywhere; another name of the same server is sent there.
    const address = `http://localhost:${first.port}`;
    await first.waitForOutput(/Open http:\/\/\S+ in your browser/);
    expect(first.stdout()).toContain(`starting on ${address} `);
    expect(first.stdout()).toContain(`Open ${address} in your browser.`);
    expect(first.stdout()).not.toContain("127.0.0.1");
    const elsewhere = await fetch(`http://127.0.0.1:${first.port}/runder/ny?fra=mail#x`, { redirect: "manual" });
    expect(elsewhere.status).toBe(307);
    expect(elsewhere.headers.get("location")).toBe(`${address}/runder/ny?fra=mail`);
    const front = await fetch(`${address}/`);
    expect(front.headers.get("strict-transport-security")).toBeNull(); // plain http on this machine
    const page = await front.text();
    expect(page).toContain("Vesterå Kommune");
    expect(first.stdout()).toContain("Seeded the demo organisation");

    first.pressCtrlC();
    expect(await first.exited).toBe(0);
    expect(existsSync(join(dataDir, "lock.pid"))).toBe(false);
    const afterFirst = await countRows(dataDir);
    expect(afterFirst.municipalities).toBe(1);
    // The demo: rounds in every phase, with signed plans (prisma/seed/demo-rounds.ts), made in the start command's own process.
    expect(afterFirst.rounds).toBe(6);
    expect(afterFirst.signedPlans).toBeGreaterThan(5);

    const second = await startApp({ DATA_DIR: dataDir });
    const health = await waitForHealthy(second.port);
    expect(await health.json()).toMatchObject({ status: "ok", database: "ok", auditSealing: { stalled: false } });
    expect(second.stdout()).not.toContain("Seeded");
    second.pressCtrlC();
    expect(await second.exited).toBe(0);
    expect(await countRows(dataDir)).toEqual(afterFirst);
  });

  it("refuses a second start on the same data while the first runs, and the first keeps working", async () => {
    const dataDir = tempDataDir();
    const first = await startApp({ DATA_DIR: dataDir });
    await waitForHealthy(first.port);
    try {
      const second = await startApp({ DATA_DIR: dataDir });
      expect(await second.exited).toBe(1);
      expectOneClearLine(second.stderr(), /already running on the embedded database .*process \d+/);
      await waitForHealthy(first.port, 5_000);
    } finally {
      first.pressCtrlC();
      await first.exited;
    }
    expect((await countRows(dataDir)).municipalities).toBe(1);
  });

  it("starts over a lock left behind whose pid now belongs to an unrelated live process (as after a reboot)", async () => {
    const dataDir = tempDataDir();
    mkdirSync(dataDir, { recursive: true });
    const unrelated = spawn("sleep", ["60"], { stdio: "ignore" });
    try {
      writeFileSync(join(dataDir, "lock.pid"), String(unrelated.pid));
      const app = await startApp({ DATA_DIR: dataDir });
      await waitForHealthy(app.port);
      app.pressCtrlC();
      expect(await app.exited).toBe(0);
      expect(existsSync(join(dataDir, "lock.pid"))).toBe(false);
      expect(unrelated.exitCode).toBeNull();
    } finally {
      unrelated.kill("SIGKILL");
    }
  });

  it("says so in one line when the port is taken", async () => {
    const port = await freePort();
    const blocker = createServer().listen(port, "127.0.0.1");
    try {
      const app = await startApp({ DATA_DIR: tempDataDir() }, port);
      expect(await app.exited).toBe(1);
      expectOneClearLine(app.stderr(), new RegExp(`Port ${port} is already in use.*PORT=`));
    } finally {
      blocker.close();
    }
  });

  it("refuses to listen beyond this machine, since demo sign-in lets anyone in as anyone", async () => {
    const dataDir = tempDataDir();
    const app = await startApp({ DATA_DIR: dataDir, HOST: "0.0.0.0" });
    expect(await app.exited).toBe(1);
    expectOneClearLine(app.stderr(), /Demo mode lets anyone sign in as anyone.*HOST=0\.0\.0\.0 is refused/);
    expect(existsSync(dataDir)).toBe(false);
  });

  it("says so in one line when the data folder is damaged", async () => {
    const dataDir = tempDataDir();
    mkdirSync(dataDir, { recursive: true });
    const database = await PGlite.create(join(dataDir, "pgdata"));
    await database.close();
    writeFileSync(join(dataDir, "pgdata", "global", "pg_control"), Buffer.alloc(8192, 7));
    const app = await startApp({ DATA_DIR: dataDir });
    expect(await app.exited).toBe(1);
    const lines = meaningfulLines(app.stderr()).filter((line) => line.startsWith("✖"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/could not be opened .* damaged.*Move the folder/);
    expect(app.stderr()).not.toMatch(/^\s+at /m);
  });
});

describe("npm start with DATABASE_URL", () => {
  it("migrates that Postgres as its owner and serves the app on it under the app's own role, without demo data or demo sign-in", async () => {
    const ownerUrl = await scratchDatabaseUrl("start");
    const appUrl = new URL(ownerUrl);
    appUrl.username = new URL(process.env.DATABASE_URL!).username; // the test cluster's role that owns nothing
    const app = await startApp({
      DATABASE_URL: appUrl.toString(),
      MIGRATION_DATABASE_URL: ownerUrl,
      NEXTAUTH_SECRET: "a-test-secret-that-is-long-enough-1234",
      NEXTAUTH_URL: "https://mus.kommune.example",
    });
    try {
      await waitForHealthy(app.port);
      expect(app.stderr()).not.toMatch(/audit log/);
      const base = `http://127.0.0.1:${app.port}`;
      // Behind the municipality's proxy the public name arrives as X-Forwarded-Host; a request on
      // any other name is sent to the public address; API routes (the load balancer's health check) are not.
      const direct = await fetch(`${base}/log-ind`, { redirect: "manual" });
      expect(direct.status).toBe(307);
      expect(direct.headers.get("location")).toBe("https://mus.kommune.example/log-ind");
      expect((await fetch(`${base}/api/health`, { redirect: "manual" })).status).toBe(200);
      const proxied = { headers: { "x-forwarded-host": "mus.kommune.example", "x-forwarded-proto": "https" } };
      const fetchProxied = (path: string, init: RequestInit = {}) =>
        fetch(`${base}${path}`, { ...init, headers: { ...proxied.headers, ...(init.headers as Record<string, string>) } });
      const front = await fetchProxied("/");
      expect(front.headers.get("strict-transport-security")).toBe("max-age=31536000");
      const page = await front.text();
      expect(page).toContain("Der er endnu ikke oprettet en organisation");
      const providers = await (await fetchProxied("/api/auth/providers")).json();
      expect(Object.keys(providers)).toEqual(["email"]);
      const signInPage = await (await fetchProxied("/log-ind")).text();
      expect(signInPage).not.toContain("demo-personerne");

      // Asking for the demo provider anyway gets an error, never a session.
      const csrf = await fetchProxied("/api/auth/csrf");
      // Served over https (NEXTAUTH_URL), cookies carry the __Host- prefix and are Secure, HttpOnly and SameSite.
      const csrfCookie = csrf.headers.getSetCookie().find((line) => line.includes("csrf-token"));
      expect(csrfCookie).toMatch(/^__Host-next-auth\.csrf-token=/);
      expect(csrfCookie).toMatch(/; HttpOnly/i);
      expect(csrfCookie).toMatch(/; Secure/i);
      expect(csrfCookie).toMatch(/; SameSite=Lax/i);
      const cookie = csrf.headers
        .getSetCookie()
        .map((line) => line.split(";")[0])
        .join("; ");
      const { csrfToken } = await csrf.json();
      const attempt = await fetchProxied("/api/auth/callback/demo", {
        method: "POST",
        redirect: "manual",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, email: "anyone@vesteraa.example", json: "true" }),
      });
      expect(attempt.headers.getSetCookie().some((line) => line.includes("session-token"))).toBe(false);
      expect(attempt.status === 302 ? attempt.headers.get("location") : await attempt.text()).toMatch(/error/i);
    } finally {
      app.pressCtrlC();
      await app.exited;
    }
  });

  describe("in demo mode (DEMO_MODE=1)", () => {
    const secret = "a-test-secret-that-is-long-enough-1234";

    it("refuses a public https address", async () => {
      const app = await startApp({
        DATABASE_URL: await scratchDatabaseUrl("demohttps"),
        DEMO_MODE: "1",
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: "https://mus.kommune.example",
      });
      expect(await app.exited).toBe(1);
      expectOneClearLine(
        app.stderr(),
        /Demo mode lets anyone sign in as anyone.*public https address \(NEXTAUTH_URL=https:\/\/mus\.kommune\.example\)/,
      );
    });

    it("refuses a database that holds a person outside the demo organisation", async () => {
      const url = await scratchDatabaseUrl("demoreal");
      await applyMigrations(url);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ id: string }>(
          `insert into "Municipality" (id, name) values (gen_random_uuid(), 'Rigtig Kommune') returning id`,
        );
        await client.query(
          `insert into "Person" (id, "municipalityId", name, email, "updatedAt") values (gen_random_uuid(), $1, 'Rigtig Person', 'real.person@kommune.example', now())`,
          [rows[0].id],
        );
      } finally {
        await client.end();
      }
      const app = await startApp({ DATABASE_URL: url, DEMO_MODE: "1", NEXTAUTH_SECRET: secret });
      expect(await app.exited).toBe(1);
      expectOneClearLine(app.stderr(), /Demo mode lets anyone sign in as anyone.*holds 1 person outside the demo organisation/);
    });
  });

  it("warns at start when the app's role owns the tables and so could rewrite the audit log", async () => {
    const app = await startApp({
      DATABASE_URL: await scratchDatabaseUrl("owner"),
      NEXTAUTH_SECRET: "a-test-secret-that-is-long-enough-1234",
    });
    try {
      await waitForHealthy(app.port);
      expect(app.stderr()).toMatch(/could change or empty the audit log.*MIGRATION_DATABASE_URL/);
    } finally {
      app.pressCtrlC();
      await app.exited;
    }
  });

  it("refuses to start without NEXTAUTH_SECRET, in one line", async () => {
    const app = await startApp({ DATABASE_URL: await scratchDatabaseUrl("nosecret") });
    expect(await app.exited).toBe(1);
    expectOneClearLine(app.stderr(), /NEXTAUTH_SECRET is not set/);
  });

  it.each([
    ["nothing listens there", async () => `postgresql://app:pw@127.0.0.1:${await freePort()}/mus`, /Nothing answers at 127\.0\.0\.1:\d+/],
    ["it is not a Postgres URL", async () => "mysql://root@localhost/mus", /DATABASE_URL must look like postgresql:\/\//],
    [
      "the database does not exist",
      async () => {
        const url = new URL(process.env.TEST_POSTGRES_SERVER_URL!);
        url.pathname = "/no_such_database";
        return url.toString();
      },
      /The database "no_such_database" does not exist/,
    ],
  ])("gives one clear line when %s", async (_, makeUrl, pattern) => {
    const app = await startApp({ DATABASE_URL: await makeUrl() });
    expect(await app.exited).toBe(1);
    expectOneClearLine(app.stderr(), pattern);
  });
});
