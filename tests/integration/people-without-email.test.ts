import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/policy";
import { loadPersonalData } from "@/lib/domain/personal-data/load";
import { scheduleConversation } from "@/lib/domain/rounds/mutations/conversations";
import { createRound } from "@/lib/domain/rounds/mutations/create";
import { saveKickoff } from "@/lib/domain/rounds/mutations/details";
import { addParticipant, removeParticipant } from "@/lib/domain/rounds/mutations/participants";
import { publishRound } from "@/lib/domain/rounds/mutations/publish";
import { loadTemplates } from "@/lib/domain/templates/data";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";

// Kitchen, cleaning and care staff often have no work address. They take part in rounds like
// everyone else; the mail that would have gone to them is simply not queued (the leader hands
// them the invitation on paper), and nothing fails for want of an address.

const database = testDatabase();
let municipalityId = "";
const email = (local: string) => `${local}@vesteraa.example`;

async function actor(local: string): Promise<Actor> {
  const person = await database.person.findUniqueOrThrow({ where: { email: email(local) }, include: { roles: true } });
  return { id: person.id, active: true, roles: person.roles.map((role) => role.role) };
}

/** Removes the person's address (as the HR system or an administrator would) and returns their id. */
async function withoutAddress(local: string, employeeNumber: string) {
  return (await database.person.update({ where: { email: email(local) }, data: { email: null, employeeNumber } })).id;
}

async function publishedRound() {
  const mette = await actor("mette.soendergaard");
  const templates = await loadTemplates(database, municipalityId);
  const { id } = await createRound(database, {
    actor: mette,
    municipalityId,
    values: {
      kind: "MUS",
      templateId: templates.find((template) => template.key === "toender")!.id,
      title: "MUS 2027",
      year: 2027,
      focus: "",
      kickoffDate: "2027-01-12",
      conversationsFrom: "2027-02-01",
      conversationsTo: "2027-03-31",
      wrapUpDate: "2027-04-20",
      followUpDate: "2027-10-01",
    },
  });
  await saveKickoff(
    database,
    { actor: mette, roundId: id, version: 1 },
    { kickoffNotes: "", coreTask: "Trygge rammer", developmentGoals: [] },
  );
  const { version, withoutEmail } = await publishRound(database, { actor: mette, roundId: id, version: 2 });
  return { mette, id, version, withoutEmail };
}

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
  municipalityId = (await database.municipality.findFirstOrThrow()).id;
});

describe("someone without an e-mail address", () => {
  it("is invited with the others, and only the others' invitations are queued", async () => {
    await withoutAddress("aase.kirkegaard", "3001");
    const queued = await database.outgoingMail.count();
    const { id, withoutEmail } = await publishedRound();
    expect(withoutEmail).toBe(1); // the leader is told to print one invitation
    const participants = await database.roundParticipant.findMany({ where: { roundId: id }, include: { person: true } });
    expect(participants).toHaveLength(6);
    expect(participants.every((participant) => participant.invitedAt !== null)).toBe(true);
    const invitations = await database.outgoingMail.findMany({ skip: queued, orderBy: { id: "asc" } });
    expect(invitations).toHaveLength(5);
    expect(invitations.some((mail) => mail.text.includes("Åse Kirkegaard"))).toBe(false);
  });

  it("is added to a published round without an error and without a mail, and the list says so", async () => {
    const { mette, id, version } = await publishedRound();
    const freja = await database.roundParticipant.findFirstOrThrow({ where: { roundId: id, person: { email: email("freja.lund") } } });
    const { version: afterRemoval } = await removeParticipant(database, { actor: mette, roundId: id, version }, freja.id);
    const frejaId = await withoutAddress("freja.lund", "3002");
    const queued = await database.outgoingMail.count();
    const added = await addParticipant(database, { actor: mette, roundId: id, version: afterRemoval }, frejaId);
    expect(added).toMatchObject({ name: "Freja Lund", noEmail: true });
    expect(await database.outgoingMail.count()).toBe(queued);
  });

  it("has a conversation booked: only the leader is mailed, with a calendar event that names no address for them", async () => {
    const aaseId = await withoutAddress("aase.kirkegaard", "3003");
    const { mette, id, version } = await publishedRound();
    const participant = await database.roundParticipant.findFirstOrThrow({ where: { roundId: id, personId: aaseId } });
    const queued = await database.outgoingMail.count();
    await scheduleConversation(database, { actor: mette, roundId: id, version }, participant.id, {
      date: "2027-02-03",
      time: "09:30",
      durationMinutes: 60,
      location: "Personalerummet",
    });
    const mails = await database.outgoingMail.findMany({ skip: queued });
    expect(mails.map((mail) => mail.to)).toEqual([email("mette.soendergaard")]);
    // The event's lines, unfolded (RFC 5545 folds long lines with CRLF and a space).
    const lines = (mails[0].calendar as { content: string }).content.replace(/\r\n /g, "").split("\r\n");
    expect(lines.filter((line) => line.startsWith("ATTENDEE"))).toEqual([
      `ATTENDEE;CN="Mette Søndergård";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${email("mette.soendergaard")}`,
    ]);
    expect(lines).toContain("SUMMARY:MUS-samtale: Åse Kirkegaard og Mette Søndergård");
  });

  it("gets an art. 15 export with their employee number and no mail", async () => {
    const aaseId = await withoutAddress("aase.kirkegaard", "3004");
    const data = await loadPersonalData(database, aaseId);
    expect(data?.person).toMatchObject({ name: "Åse Kirkegaard", email: null, employeeNumber: "3004" });
    expect(data?.mails).toEqual([]);
  });
});
