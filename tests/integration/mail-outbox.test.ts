import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { countDeadMail, countQueuedMail, deliverQueuedMail } from "@/lib/mail/outbox";
import { leaseMinutes, maxAttempts } from "@/lib/mail/retry";
import { resetDatabase, testDatabase } from "../support/database";
import { startMailbox, type StoredMail } from "../support/mailbox-server";
import { freePort } from "../support/postgres";

// The outbox delivers what changes queued. A mail the SMTP server (or the mail library) always
// refuses must not stand at the head of the queue and keep every later mail from going; it is
// tried again later and later, then given up on. Two instances never send the same mail, and an
// instance that dies mid-send leaves its mail to the other.

const database = testDatabase();
const mailDir = mkdtempSync(join(tmpdir(), "mus-outbox-mail-"));
let mailbox: { stop: () => Promise<void> };

beforeAll(async () => {
  const port = await freePort();
  mailbox = await startMailbox(port, mailDir);
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`; // read on the first mail sent, after this
});
afterAll(async () => mailbox.stop());
beforeEach(async () => resetDatabase());

const delivered = () => readdirSync(mailDir).map((file) => JSON.parse(readFileSync(join(mailDir, file), "utf8")) as StoredMail);

describe("the mail outbox", () => {
  it("holds back a mail that keeps failing, behind the others, and keeps its error", async () => {
    // A whole batch (50) of mails that cannot go, queued first.
    await database.outgoingMail.createMany({
      data: Array.from({ length: 50 }, () => ({ to: "", subject: "Kan aldrig sendes", text: "…" })),
    });
    await database.outgoingMail.create({ data: { to: "freja.lund@vesteraa.example", subject: "Invitation", text: "Kom til samtale." } });
    expect(await deliverQueuedMail(database)).toEqual({ sent: 0, failed: 50 });
    // The next run (the job loop, or the next change someone saves) sends the other one.
    expect(await deliverQueuedMail(database)).toEqual({ sent: 1, failed: 0 });
    expect(delivered().map((mail) => mail.subject)).toContain("Invitation");
    const stuck = await database.outgoingMail.findFirstOrThrow({ where: { subject: "Kan aldrig sendes" }, orderBy: { id: "asc" } });
    expect(stuck.sentAt).toBeNull();
    expect(stuck.attempts).toBe(1);
    expect(stuck.lastError).toBeTruthy();
    // Its turn comes again after a minute (and a fifth at most), then after two.
    expect(minutesUntilNextAttempt(stuck)).toBeGreaterThan(0.9);
    expect(minutesUntilNextAttempt(stuck)).toBeLessThan(1.25);
    await database.outgoingMail.updateMany({ where: { id: stuck.id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    expect(await deliverQueuedMail(database)).toEqual({ sent: 0, failed: 1 });
    const again = await database.outgoingMail.findUniqueOrThrow({ where: { id: stuck.id } });
    expect(again.attempts).toBe(2);
    expect(minutesUntilNextAttempt(again)).toBeGreaterThan(1.9);
    expect(minutesUntilNextAttempt(again)).toBeLessThan(2.45);
  });

  it("gives a mail up as a dead letter after its last attempt, keeps its error, and counts it apart from the queue", async () => {
    const mail = await database.outgoingMail.create({
      data: { to: "", subject: "Kan aldrig sendes", text: "…", attempts: maxAttempts - 1 },
    });
    expect(await countQueuedMail(database)).toBe(1);
    expect(await deliverQueuedMail(database)).toEqual({ sent: 0, failed: 1 });
    const dead = await database.outgoingMail.findUniqueOrThrow({ where: { id: mail.id } });
    expect(dead.deadAt).not.toBeNull();
    expect(dead.attempts).toBe(maxAttempts);
    expect(dead.lastError).toBeTruthy();
    expect([await countQueuedMail(database), await countDeadMail(database)]).toEqual([0, 1]);
    // Never taken again, however late.
    await database.outgoingMail.updateMany({ where: { id: mail.id }, data: { nextAttemptAt: new Date(0) } });
    expect(await deliverQueuedMail(database)).toEqual({ sent: 0, failed: 0 });
  });

  it("sends every mail exactly once when two instances deliver at the same time", async () => {
    const other = createPrismaClient(process.env.DATABASE_URL!, 4); // a second instance: its own pool
    try {
      const subjects = Array.from({ length: 200 }, (_, index) => `To instanser ${index}`);
      await database.outgoingMail.createMany({
        data: subjects.map((subject) => ({ to: "freja.lund@vesteraa.example", subject, text: "…" })),
      });
      // Both pools connected first, and three deliveries on each (the job loop and two saved
      // changes), so the claims really run at the same moment.
      await Promise.all([database.$queryRaw`select 1`, other.$queryRaw`select 1`]);
      const runs = await Promise.all([database, other, database, other, database, other].map((instance) => deliverQueuedMail(instance)));
      expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(200);
      expect(runs.every((run) => run.failed === 0)).toBe(true);
      const received = delivered()
        .map((mail) => mail.subject)
        .filter((subject) => subject.startsWith("To instanser"));
      expect(received.sort()).toEqual([...subjects].sort());
      expect(await database.outgoingMail.count({ where: { attempts: { not: 1 } } })).toBe(0);
    } finally {
      await other.$disconnect();
    }
  });

  it("skips the mails another instance is claiming at that moment instead of waiting for them or taking them too", async () => {
    const other = createPrismaClient(process.env.DATABASE_URL!, 2);
    try {
      await database.outgoingMail.createMany({
        data: Array.from({ length: 10 }, (_, index) => ({ to: "freja.lund@vesteraa.example", subject: `Holdt ${index}`, text: "…" })),
      });
      await database.outgoingMail.createMany({
        data: Array.from({ length: 5 }, (_, index) => ({ to: "freja.lund@vesteraa.example", subject: `Fri ${index}`, text: "…" })),
      });
      await other.$transaction(
        async (tx) => {
          // The other instance's claim, caught between locking its rows and committing.
          await tx.$queryRaw`select id from "OutgoingMail" where subject like 'Holdt%' for update`;
          expect(await deliverQueuedMail(database)).toEqual({ sent: 5, failed: 0 });
        },
        { timeout: 20_000 },
      );
      expect(await database.outgoingMail.count({ where: { subject: { startsWith: "Holdt" }, attempts: 0 } })).toBe(10);
    } finally {
      await other.$disconnect();
    }
  });

  it("leaves a mail taken by an instance that died alone until its lease runs out, then sends it", async () => {
    // What a restart leaves behind: taken (attempt 1), its lease running, no outcome written.
    const lease = new Date(Date.now() + leaseMinutes * 60_000);
    const mail = await database.outgoingMail.create({
      data: {
        to: "freja.lund@vesteraa.example",
        subject: "Efter genstart",
        text: "…",
        attempts: 1,
        claimedAt: new Date(),
        nextAttemptAt: lease,
      },
    });
    expect(await deliverQueuedMail(database)).toEqual({ sent: 0, failed: 0 });
    await database.outgoingMail.updateMany({ where: { id: mail.id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    expect(await deliverQueuedMail(database)).toEqual({ sent: 1, failed: 0 });
    expect((await database.outgoingMail.findUniqueOrThrow({ where: { id: mail.id } })).attempts).toBe(2);
    expect(delivered().filter((received) => received.subject === "Efter genstart")).toHaveLength(1);
  });

  it("makes a dead letter of a mail whose last attempt died with its instance, once the lease has run out", async () => {
    const mail = await database.outgoingMail.create({
      data: {
        to: "freja.lund@vesteraa.example",
        subject: "Sidste forsøg",
        text: "…",
        attempts: maxAttempts,
        nextAttemptAt: new Date(Date.now() - 1000),
      },
    });
    expect(await deliverQueuedMail(database)).toEqual({ sent: 0, failed: 0 });
    const dead = await database.outgoingMail.findUniqueOrThrow({ where: { id: mail.id } });
    expect(dead.deadAt).not.toBeNull();
    expect(dead.lastError).toBe("No outcome from the last attempt");
  });
});

function minutesUntilNextAttempt(mail: { nextAttemptAt: Date }): number {
  return (mail.nextAttemptAt.getTime() - Date.now()) / 60_000;
}
