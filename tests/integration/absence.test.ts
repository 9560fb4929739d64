import { beforeEach, describe, expect, it } from "vitest";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied } from "@/lib/auth/guard";
import { loadOverview } from "@/lib/domain/overview/data";
import { markAbsentSchema } from "@/lib/domain/rounds/absence-schema";
import { bringBack, markAbsent } from "@/lib/domain/rounds/mutations/absence";
import { scheduleConversation } from "@/lib/domain/rounds/mutations/conversations";
import { saveSheetChanges, setSheetSubmitted } from "@/lib/domain/sheets/mutations";
import { da } from "@/lib/i18n/da";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { aaseInMettesRound, actorFor, demoEmail } from "../support/rounds";

// Someone away this round (leave, long-term absence) is marked "not this round" with a category,
// and may later get a catch-up conversation, even after the wrap-up has begun, without the round's
// figures moving.

const database = testDatabase();
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
}, 120_000);

async function setting() {
  const found = await aaseInMettesRound(database);
  const version = async () => (await database.round.findUniqueOrThrow({ where: { id: found.roundId } })).version;
  const change = async () => ({ actor: found.mette, roundId: found.roundId, version: await version() });
  const booking = { date: "2027-02-10", time: "10:00", durationMinutes: 60, location: "Mødelokalet" };
  return { ...found, change, booking };
}

describe("not this round", () => {
  it("cancels the booking, stops bookings and leaves the person out of the progress, with a category only", async () => {
    const { mette, participant, change, booking } = await setting();
    await scheduleConversation(database, await change(), participant.id, booking);
    const before = await loadOverview(database, participant.roundId, 5);

    await markAbsent(database, await change(), participant.id, "LONG_TERM_ABSENCE");
    const marked = await database.roundParticipant.findUniqueOrThrow({ where: { id: participant.id }, include: { conversation: true } });
    expect(marked).toMatchObject({ absence: "LONG_TERM_ABSENCE", conversation: null });
    expect(marked.absentSince).not.toBeNull();
    const cancellation = await database.outgoingMail.findFirst({
      where: { to: demoEmail("aase.kirkegaard"), subject: { contains: "aflyst", mode: "insensitive" } },
    });
    expect(cancellation).not.toBeNull();
    const audit = await database.auditEvent.findFirstOrThrow({ where: { action: "round.absence", subjectId: participant.personId } });
    expect(audit.details).toEqual({ reason: "LONG_TERM_ABSENCE" });

    expect(((await rejection(scheduleConversation(database, await change(), participant.id, booking))) as Error).message).toBe(
      da.rounds.absence.notBookable("Åse Kirkegaard"),
    );
    const after = await loadOverview(database, participant.roundId, 5);
    expect(after.progress.participants).toBe(before.progress.participants - 1);
    expect(after.progress.absent).toBe(1);

    // Only a category: free text (a health detail, say) is refused by the schema, next to the field.
    const parsed = markAbsentSchema.safeParse({
      roundId: participant.roundId,
      version: 1,
      participantId: participant.id,
      reason: "Sygemeldt med stress",
    });
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["reason"], message: da.rounds.absence.chooseReason });
    // Only the round's leader marks it.
    const other = await actorFor(database, demoEmail("ole.baekgaard"));
    const version = (await change()).version;
    await expect(
      markAbsent(database, { actor: other, roundId: participant.roundId, version }, participant.id, "LEAVE"),
    ).rejects.toBeInstanceOf(AccessDenied);
    expect(mette).toBeDefined();
  });

  it("gives a catch-up conversation after the wrap-up has begun: preparing and booking open again, the figures unmoved", async () => {
    const { aase, participant, change, booking } = await setting();
    const question = participant.group.questions[0].id;
    await markAbsent(database, await change(), participant.id, "LEAVE");
    // A colleague shared a sheet before the wrap-up, so the figures show something.
    const freja = await actorFor(database, demoEmail("freja.lund"));
    const frejas = await database.roundParticipant.findFirstOrThrow({ where: { roundId: participant.roundId, personId: freja.id } });
    await saveSheetChanges(database, freja, frejas.id, [{ key: "score.mestring", value: 4, baseRevision: 0 }]);
    await setSheetSubmitted(database, freja, frejas.id, true);
    await database.round.update({ where: { id: participant.roundId }, data: { state: "WRAP_UP" } });

    // Away, and the wrap-up begun: the sheet is closed to her, as to anyone in this phase.
    const edit = [
      { key: `answer.${question}.contribute`, value: "Tilbage fra orlov.", baseRevision: 0 },
      { key: "score.mestring", value: 10, baseRevision: 0 },
    ];
    await expect(saveSheetChanges(database, aase, participant.id, edit)).rejects.toBeInstanceOf(FormError);
    const figures = (await loadOverview(database, participant.roundId, 1)).figures;
    expect(JSON.stringify(figures)).toContain("4");

    const { catchUp } = await bringBack(database, await change(), participant.id);
    expect(catchUp).toBe(true);
    const back = await database.roundParticipant.findUniqueOrThrow({ where: { id: participant.id } });
    expect(back).toMatchObject({ absence: null, absentSince: null });
    expect(back.catchUpAt).not.toBeNull();
    expect(await database.auditEvent.count({ where: { action: "round.catchUp", subjectId: participant.personId } })).toBe(1);

    // She prepares and shares her sheet; the leader books the conversation; the figures stay as they were.
    await expect(saveSheetChanges(database, aase, participant.id, edit)).resolves.toMatchObject({ conflicts: [] });
    await setSheetSubmitted(database, aase, participant.id, true);
    await expect(scheduleConversation(database, await change(), participant.id, booking)).resolves.toMatchObject({ moved: false });
    expect((await loadOverview(database, participant.roundId, 1)).figures).toEqual(figures);

    // Twice is told; someone never away cannot be "brought back".
    expect(((await rejection(bringBack(database, await change(), participant.id))) as Error).message).toBe(
      da.rounds.absence.errors.notAbsent("Åse Kirkegaard"),
    );
  });

  it("is refused once the conversation has begun, and after the wrap-up for anyone who took part", async () => {
    const { participant, change, booking } = await setting();
    await scheduleConversation(database, await change(), participant.id, booking);
    await database.conversation.update({ where: { participantId: participant.id }, data: { startsAt: new Date(Date.now() - 60_000) } });
    expect(((await rejection(markAbsent(database, await change(), participant.id, "LEAVE"))) as Error).message).toBe(
      da.rounds.absence.errors.conversationHeld("Åse Kirkegaard"),
    );
    expect(await database.conversation.count({ where: { participantId: participant.id } })).toBe(1);

    const freja = await database.roundParticipant.findFirstOrThrow({
      where: { roundId: participant.roundId, person: { email: demoEmail("freja.lund") } },
    });
    await database.round.update({ where: { id: participant.roundId }, data: { state: "WRAP_UP" } });
    expect(((await rejection(markAbsent(database, await change(), freja.id, "LEAVE"))) as Error).message).toBe(
      da.rounds.absence.errors.afterWrapUp("Freja Lund"),
    );
  });

  it("is not invited when the round is published, and is invited when brought back", async () => {
    const mette = await actorFor(database, demoEmail("mette.soendergaard"));
    const { publishedRound, participantOf } = await import("../support/rounds");
    const roundId = await publishedRound(database, mette, { publish: false });
    const aase = await participantOf(database, roundId, demoEmail("aase.kirkegaard"));
    const version = async () => (await database.round.findUniqueOrThrow({ where: { id: roundId } })).version;
    await markAbsent(database, { actor: mette, roundId, version: await version() }, aase.id, "STARTS_LATER");
    const { publishRound } = await import("@/lib/domain/rounds/mutations/publish");
    await publishRound(database, { actor: mette, roundId, version: await version() });
    expect((await database.roundParticipant.findUniqueOrThrow({ where: { id: aase.id } })).invitedAt).toBeNull();
    const invitations = () => database.outgoingMail.count({ where: { to: demoEmail("aase.kirkegaard") } });
    expect(await invitations()).toBe(0);

    await bringBack(database, { actor: mette, roundId, version: await version() }, aase.id);
    expect((await database.roundParticipant.findUniqueOrThrow({ where: { id: aase.id } })).invitedAt).not.toBeNull();
    expect(await invitations()).toBe(1);
  });
});
