import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probeDatabase } from "@/lib/cli/database-target";
import { createPrismaClient } from "@/lib/db-client";
import { EnvError, readEnv, requireDatabaseUrl } from "@/lib/env";
import { createMailTransport } from "@/lib/mail/send";
import { startMailbox } from "../support/mailbox-server";
import { freePort } from "../support/postgres";

// SMTP_REQUIRE_TLS and DATABASE_REQUIRE_TLS against the real servers the tests run, neither of
// which speaks TLS: with the setting on, nothing goes over them in plain text.

const databaseUrl = process.env.DATABASE_URL!;

describe("DATABASE_REQUIRE_TLS", () => {
  it("makes every connection demand TLS, and the test Postgres (no TLS) is refused with a clear line", async () => {
    const url = requireDatabaseUrl(readEnv({ DATABASE_URL: databaseUrl, DATABASE_REQUIRE_TLS: "1" }));
    expect(new URL(url).searchParams.get("sslmode")).toBe("verify-full");
    const client = createPrismaClient(url, 1);
    try {
      await expect(client.$queryRaw`select 1`).rejects.toThrow(/does not support SSL/);
    } finally {
      await client.$disconnect();
    }
    const plain = new pg.Client({ connectionString: url });
    await expect(plain.connect()).rejects.toThrow(/does not support SSL/);
    await expect(probeDatabase(url)).rejects.toThrow(/does not offer TLS, and TLS is required/);
  });

  it("without the setting connects as before", async () => {
    const url = requireDatabaseUrl(readEnv({ DATABASE_URL: databaseUrl }));
    expect(url).toBe(databaseUrl);
    await expect(probeDatabase(url)).resolves.toBeUndefined();
  });

  it("refuses an address that asks for no TLS, and keeps one that already asks for it", () => {
    const withMode = (mode: string) => `${databaseUrl}${databaseUrl.includes("?") ? "&" : "?"}sslmode=${mode}`;
    for (const mode of ["disable", "allow", "prefer"]) {
      expect(() => requireDatabaseUrl(readEnv({ DATABASE_URL: withMode(mode), DATABASE_REQUIRE_TLS: "1" }))).toThrowError(EnvError);
    }
    expect(requireDatabaseUrl(readEnv({ DATABASE_URL: withMode("require"), DATABASE_REQUIRE_TLS: "1" }))).toBe(withMode("require"));
  });

  it("leaves the embedded database, on this machine's loopback, in plain text", () => {
    expect(requireDatabaseUrl(readEnv({ DATABASE_URL: databaseUrl, DATABASE_REQUIRE_TLS: "1", EMBEDDED_DATABASE: "1" }))).toBe(databaseUrl);
  });
});

describe("SMTP_REQUIRE_TLS", () => {
  let port = 0;
  let dir = "";
  let mailbox: { stop: () => Promise<void> };
  const mail = { from: "mus@vesteraa.example", to: "karen.hoejgaard@vesteraa.example", subject: "Prøve", text: "Hej" };

  beforeAll(async () => {
    port = await freePort();
    dir = mkdtempSync(join(tmpdir(), "mus-tls-mailbox-"));
    mailbox = await startMailbox(port, dir); // offers no STARTTLS
  });
  afterAll(() => mailbox.stop());

  it("refuses to send to an smtp:// server that offers no STARTTLS, and nothing arrives", async () => {
    const transport = createMailTransport(`smtp://127.0.0.1:${port}`, { SMTP_REQUIRE_TLS: true });
    await expect(transport.sendMail(mail)).rejects.toThrow(/STARTTLS/);
    // Also when the address itself says to skip TLS.
    const ignoring = createMailTransport(`smtp://127.0.0.1:${port}?ignoreTLS=true&requireTLS=false`, { SMTP_REQUIRE_TLS: true });
    await expect(ignoring.sendMail(mail)).rejects.toThrow(/STARTTLS/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("without the setting sends as before", async () => {
    await createMailTransport(`smtp://127.0.0.1:${port}`, { SMTP_REQUIRE_TLS: false }).sendMail(mail);
    expect(readdirSync(dir)).toHaveLength(1);
  });
});
