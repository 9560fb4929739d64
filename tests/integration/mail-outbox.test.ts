import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deliverQueuedMail } from "@/lib/mail/outbox";
import { resetDatabase, testDatabase } from "../support/database";
import { startMailbox, type StoredMail } from "../support/mailbox-server";
import { freePort } from "../support/postgres";

// The outbox delivers what changes queued. A mail the SMTP server (or the mail library) always
// refuses must not stand at the head of the queue and keep every later mail from going.

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
    await database.outgoingMail.createMany({ data: Array.from({ length: 50 }, () => ({ to: "", subject: "Kan aldrig sendes", text: "…" })) });
    await database.outgoingMail.create({ data: { to: "freja.lund@vesteraa.example", subject: "Invitation", text: "Kom til samtale." } });
    expect(await deliverQueuedMail(database)).toEqual({ sent: 0, failed: 50 });
    // The next run (the job loop, or the next change someone saves) sends the other one.
    expect(await deliverQueuedMail(database)).toEqual({ sent: 1, failed: 0 });
    expect(delivered().map((mail) => mail.subject)).toContain("Invitation");
    const stuck = await database.outgoingMail.findFirstOrThrow({ where: { subject: "Kan aldrig sendes" }, orderBy: { id: "asc" } });
    expect(stuck.sentAt).toBeNull();
    expect(stuck.attempts).toBe(1);
    expect(stuck.lastError).toBeTruthy();
    // Its turn comes again after a while (5 minutes per attempt so far).
    await database.outgoingMail.updateMany({ where: { id: stuck.id }, data: { claimedAt: new Date(Date.now() - 6 * 60_000) } });
    expect(await deliverQueuedMail(database)).toEqual({ sent: 0, failed: 1 });
    expect((await database.outgoingMail.findUniqueOrThrow({ where: { id: stuck.id } })).attempts).toBe(2);
  });
});
