import ICAL from "ical.js";
import { beforeEach, describe, expect, it } from "vitest";
import { AccessDenied } from "@/lib/auth/guard";
import { cancelMeeting, setMeeting } from "@/lib/domain/rounds/meetings/mutations";
import { setMeetingSchema } from "@/lib/domain/rounds/meetings/schema";
import { bringBack, markAbsent } from "@/lib/domain/rounds/mutations/absence";
import { addParticipant, removeParticipant } from "@/lib/domain/rounds/mutations/participants";
import { saveUnionRep } from "@/lib/domain/rounds/union-rep/mutations";
import { da } from "@/lib/i18n/da";
import { readMailCalendar } from "@/lib/mail/stored-calendar";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { aaseInMettesRound, actorFor, demoEmail } from "../support/rounds";

// The kick-off, GRUS and the wrap-up as calendar invitations: each queued mail's .ics read back with
// ical.js (the parser the unit tests use, resolving DTSTART through the file's own VTIMEZONE).

const database = testDatabase();

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
}, 120_000);

type Read = {
  to: string;
  subject: string;
  method: string;
  uid: string;
  sequence: number;
  status: string;
  tzid: string | undefined;
  start: Date;
  organizer: string;
  attendees: string[];
};

function readIcs(content: string) {
  const calendar = new ICAL.Component(ICAL.parse(content));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  const zone = new ICAL.Timezone(calendar.getFirstSubcomponent("vtimezone")!);
  const start = vevent.getFirstPropertyValue("dtstart") as ICAL.Time;
  start.zone = zone;
  const address = (value: unknown) => String(value).replace(/^mailto:/i, "");
  return {
    method: String(calendar.getFirstPropertyValue("method")),
    uid: String(vevent.getFirstPropertyValue("uid")),
    sequence: Number(vevent.getFirstPropertyValue("sequence")),
    status: String(vevent.getFirstPropertyValue("status")),
    tzid: vevent.getFirstProperty("dtstart")?.getParameter("tzid") as string | undefined,
    start: start.convertToZone(ICAL.Timezone.utcTimezone).toJSDate(),
    organizer: address(vevent.getFirstPropertyValue("organizer")),
    attendees: vevent
      .getAllProperties("attendee")
      .map((property) => address(property.getFirstValue()))
      .sort(),
  };
}

/** The invitations queued since the last call (other mail, such as the round's invitation, left out), each read back. */
async function takeMails(): Promise<Read[]> {
  const rows = await database.outgoingMail.findMany({ orderBy: { id: "asc" } });
  await database.outgoingMail.deleteMany();
  return rows.flatMap((row) => {
    if (row.calendar === null) return [];
    const calendar = readMailCalendar(row.calendar);
    const read = readIcs(calendar.content);
    expect(read.method).toBe(calendar.method);
    return [{ to: row.to, subject: row.subject, ...read }];
  });
}

async function setting() {
  const found = await aaseInMettesRound(database);
  const version = async () => (await database.round.findUniqueOrThrow({ where: { id: found.roundId } })).version;
  const change = async () => ({ actor: found.mette, roundId: found.roundId, version: await version() });
  const participants = await database.roundParticipant.findMany({
    where: { roundId: found.roundId },
    include: { person: { select: { id: true, name: true, email: true } } },
    orderBy: { person: { name: "asc" } },
  });
  return { ...found, change, participants };
}

describe("the round's common meetings in everyone's calendar", () => {
  it("sets, moves and cancels the kick-off: one event, SEQUENCE rising, to everyone concerned with an address", async () => {
    const { mette, roundId, participant, change, participants } = await setting();
    // A participant without an address (she gets the news on paper) and a union representative
    // from outside the round.
    const paper = participants.find((candidate) => candidate.id !== participant.id)!;
    await database.person.update({ where: { id: paper.personId }, data: { email: null, employeeNumber: "K-1" } });
    const rep = await database.person.findFirstOrThrow({
      where: { email: { not: null }, active: true, id: { notIn: [mette.id, ...participants.map((p) => p.personId)] } },
    });
    await database.round.update({ where: { id: roundId }, data: { unionRepId: rep.id } });
    await takeMails();

    const expected = [
      demoEmail("mette.soendergaard"),
      rep.email!,
      ...participants.filter((p) => p.id !== paper.id).map((p) => p.person.email!),
    ].sort();

    // Set: 14 January 2027 at 13:00 Danish time (CET, 12:00 UTC).
    const values = { date: "2027-01-14", time: "13:00", durationMinutes: 90, location: "Kantinen, Vesterå Skole" };
    await expect(setMeeting(database, await change(), "KICKOFF", null, values)).resolves.toMatchObject({ moved: false });
    const set = await takeMails();
    expect(set.map((mail) => mail.to).sort()).toEqual(expected);
    const uid = set[0].uid;
    for (const mail of set) {
      expect(mail).toMatchObject({ method: "REQUEST", uid, sequence: 0, status: "CONFIRMED", tzid: "Europe/Copenhagen" });
      expect(mail.start.toISOString()).toBe("2027-01-14T12:00:00.000Z");
      expect(mail.organizer).toBe(demoEmail("mette.soendergaard"));
      expect(mail.attendees).toEqual(expected);
      expect(mail.subject).toBe(`${da.meetings.names.KICKOFF} 14. januar 2027 kl. 13.00`);
    }

    // Moved into summer time (CEST): the same event, a higher SEQUENCE.
    await expect(
      setMeeting(database, await change(), "KICKOFF", null, { ...values, date: "2027-04-06", time: "09:30" }),
    ).resolves.toMatchObject({ moved: true });
    const moved = await takeMails();
    expect(moved.map((mail) => mail.to).sort()).toEqual(expected);
    for (const mail of moved) {
      expect(mail).toMatchObject({ method: "REQUEST", uid, sequence: 1, tzid: "Europe/Copenhagen" });
      expect(mail.start.toISOString()).toBe("2027-04-06T07:30:00.000Z");
      expect(mail.subject).toContain("flyttet til 6. april 2027");
    }

    await cancelMeeting(database, await change(), "KICKOFF", null);
    const cancelled = await takeMails();
    expect(cancelled.map((mail) => mail.to).sort()).toEqual(expected);
    for (const mail of cancelled) expect(mail).toMatchObject({ method: "CANCEL", uid, sequence: 2, status: "CANCELLED" });
    expect(await database.roundMeeting.findFirstOrThrow({ where: { roundId } })).toMatchObject({ icsUid: uid, icsSequence: 2 });

    // Set again after the cancellation: still the one event.
    await setMeeting(database, await change(), "KICKOFF", null, values);
    for (const mail of await takeMails()) expect(mail).toMatchObject({ method: "REQUEST", uid, sequence: 3 });
    expect(await database.auditEvent.count({ where: { action: "round.meeting" } })).toBe(4);
  });

  it("holds GRUS per group without the union representative; a participant leaving or coming back gets mail of their own", async () => {
    const { roundId, participant, change, participants } = await setting();
    const rep = participants.find((candidate) => candidate.id !== participant.id)!;
    await database.round.update({ where: { id: roundId }, data: { unionRepId: rep.personId, state: "CONVERSATIONS" } });
    await takeMails();
    const group = participants.filter((p) => p.groupId === participant.groupId);
    const values = { date: "2027-04-08", time: "14:00", durationMinutes: 120, location: "Personalestuen" };
    await setMeeting(database, await change(), "GRUS", participant.groupId, values);
    const grus = await takeMails();
    const groupAddresses = [demoEmail("mette.soendergaard"), ...group.map((p) => p.person.email!)].sort();
    expect(grus.map((mail) => mail.to).sort()).toEqual(groupAddresses);
    expect(grus[0].attendees).toEqual(groupAddresses);
    await setMeeting(database, await change(), "WRAP_UP", null, { ...values, date: "2027-04-20" });
    const wrapUp = await takeMails();
    const [grusUid, wrapUpUid] = [grus[0].uid, wrapUp[0].uid];
    expect(wrapUpUid).not.toBe(grusUid);

    // Marked "not this round": a cancellation of each meeting for Åse alone; the others' events stand.
    await markAbsent(database, await change(), participant.id, "LEAVE");
    const away = await takeMails();
    expect(away.map((mail) => [mail.to, mail.uid, mail.method, mail.sequence]).sort()).toEqual(
      [
        [demoEmail("aase.kirkegaard"), grusUid, "CANCEL", 1],
        [demoEmail("aase.kirkegaard"), wrapUpUid, "CANCEL", 1],
      ].sort(),
    );
    for (const mail of away) expect(mail.attendees).toEqual([demoEmail("aase.kirkegaard")]);

    // Back: the standing invitations at today's SEQUENCE, naming everyone.
    await bringBack(database, await change(), participant.id);
    const back = (await takeMails()).filter((mail) => mail.uid === grusUid || mail.uid === wrapUpUid);
    expect(back.map((mail) => [mail.to, mail.uid, mail.method, mail.sequence]).sort()).toEqual(
      [
        [demoEmail("aase.kirkegaard"), grusUid, "REQUEST", 1],
        [demoEmail("aase.kirkegaard"), wrapUpUid, "REQUEST", 1],
      ].sort(),
    );
    expect(back.find((mail) => mail.uid === grusUid)!.attendees).toEqual(groupAddresses);
  });

  it("sends the kick-off to someone taken in later and cancels it for someone taken out", async () => {
    const { participant, change } = await setting();
    await takeMails();
    await setMeeting(database, await change(), "KICKOFF", null, {
      date: "2027-01-14",
      time: "13:00",
      durationMinutes: 60,
      location: "Kantinen",
    });
    const [{ uid }] = await takeMails();
    await removeParticipant(database, await change(), participant.id);
    const out = await takeMails();
    expect(out.filter((mail) => mail.uid === uid).map((mail) => [mail.to, mail.method, mail.sequence])).toEqual([
      [demoEmail("aase.kirkegaard"), "CANCEL", 1],
    ]);
    await addParticipant(database, await change(), participant.personId);
    const invited = (await takeMails()).filter((mail) => mail.uid === uid);
    expect(invited.map((mail) => [mail.to, mail.method, mail.sequence])).toEqual([[demoEmail("aase.kirkegaard"), "REQUEST", 1]]);
    expect(invited[0].attendees).toContain(demoEmail("aase.kirkegaard"));
  });

  it("follows the union representative: the one named gets the kick-off and the wrap-up, the one no longer named a cancellation", async () => {
    const { mette, change, participants } = await setting();
    const values = { date: "2027-01-14", time: "13:00", durationMinutes: 60, location: "Kantinen" };
    await setMeeting(database, await change(), "KICKOFF", null, values);
    await setMeeting(database, await change(), "WRAP_UP", null, { ...values, date: "2027-04-20" });
    await takeMails();
    const rep = await database.person.findFirstOrThrow({
      where: { email: { not: null }, active: true, id: { notIn: [mette.id, ...participants.map((p) => p.personId)] } },
    });
    const municipalityId = rep.municipalityId;
    await saveUnionRep(database, { ...(await change()), municipalityId }, { personId: rep.id, mayComment: false });
    const named = (await takeMails()).filter((mail) => mail.method === "REQUEST");
    expect(named.map((mail) => mail.to)).toEqual([rep.email, rep.email]);
    for (const mail of named) expect(mail.attendees).toContain(rep.email);
    await saveUnionRep(database, { ...(await change()), municipalityId }, { personId: null, mayComment: false });
    const dropped = await takeMails();
    expect(dropped.map((mail) => [mail.to, mail.method, mail.sequence])).toEqual([
      [rep.email, "CANCEL", 1],
      [rep.email, "CANCEL", 1],
    ]);
  });

  it("is set by the round's leader only, with Danish messages next to the fields", async () => {
    const { roundId, change } = await setting();
    await takeMails();
    const other = await actorFor(database, demoEmail("ole.baekgaard"));
    const { version } = await change();
    const values = { date: "2027-01-14", time: "13:00", durationMinutes: 60, location: "Kantinen" };
    await expect(setMeeting(database, { actor: other, roundId, version }, "KICKOFF", null, values)).rejects.toBeInstanceOf(AccessDenied);
    await expect(cancelMeeting(database, { actor: other, roundId, version }, "KICKOFF", null)).rejects.toBeInstanceOf(AccessDenied);
    expect(await database.roundMeeting.count()).toBe(0);
    expect(await database.outgoingMail.count()).toBe(0);

    const parsed = setMeetingSchema.safeParse({
      roundId,
      version,
      kind: "KICKOFF",
      groupId: null,
      values: { ...values, durationMinutes: 5, location: " " },
    });
    const messages = Object.fromEntries(parsed.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(messages["values.durationMinutes"]).toBe(da.meetings.errors.duration);
    expect(messages["values.location"]).toBe(da.errors.required);
  });
});
