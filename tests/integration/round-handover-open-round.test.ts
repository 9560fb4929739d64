import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/policy";
import { FieldError } from "@/lib/auth/errors";
import { handOverRound } from "@/lib/domain/rounds/handover/mutations";
import { seedDemoOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { actorFor, demoEmail, publishedRound } from "../support/rounds";

// One open round of a kind per leader and year holds across a handover too: a handover that would
// give the new leader a second open round of the same kind and year is refused, naming that round.

const database = testDatabase();
const at = demoEmail;
let municipalityId = "";

const actor = (local: string) => actorFor(database, at(local));
const hand = (by: Actor, roundId: string, toLeaderId: string) =>
  handOverRound(database, { actor: by, municipalityId, roundId, values: { toLeaderId, handOverNotes: false, confirmed: true } });

/** A second department leader in Mette's unit, with one employee of his own. */
async function addLars() {
  const unit = await database.unit.findFirstOrThrow({ where: { name: "Dagtilbud Solstrålen" } });
  const karen = await database.person.findUniqueOrThrow({ where: { email: at("karen.hoejgaard") } });
  const lars = await database.person.create({
    data: { municipalityId, unitId: unit.id, managerId: karen.id, name: "Lars Holm", email: at("lars.holm"), jobTitle: "Afdelingsleder" },
  });
  await database.person.create({
    data: { municipalityId, unitId: unit.id, managerId: lars.id, name: "Sofie Bach", email: at("sofie.bach"), jobTitle: "Pædagog" },
  });
  return actorFor(database, at("lars.holm"));
}

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
  municipalityId = (await database.municipality.findFirstOrThrow()).id;
});

describe("a handover and the rule of one open round per leader, kind and year", () => {
  it("is refused when the new leader already leads an open round of that kind and year, naming it; nothing moves", async () => {
    const mette = await actor("mette.soendergaard");
    const lars = await addLars();
    const karen = await actor("karen.hoejgaard");
    const mettes = await publishedRound(database, mette);
    const larss = await publishedRound(database, lars, { publish: false });
    await database.round.update({ where: { id: larss }, data: { title: "Larss MUS 2027" } });

    const message =
      "Lars Holm leder allerede en åben MUS-runde for 2027: »Larss MUS 2027«. En leder kan kun have én åben MUS-runde om året. Afslut eller overdrag den runde først, eller vælg en anden leder.";
    await expect(hand(mette, mettes, lars.id)).rejects.toMatchObject(new FieldError("toLeaderId", message));
    await expect(hand(karen, mettes, lars.id)).rejects.toMatchObject(new FieldError("toLeaderId", message));
    const round = await database.round.findUniqueOrThrow({ where: { id: mettes } });
    expect(round.leaderId).toBe(mette.id);
    expect(await database.roundHandover.count()).toBe(0);
    expect(await database.auditEvent.count({ where: { action: "round.handover" } })).toBe(0);
    expect(await database.outgoingMail.count({ where: { subject: { contains: "ny leder" } } })).toBe(0);
  });

  it("goes through when the new leader's round is of another year, or closed", async () => {
    const mette = await actor("mette.soendergaard");
    const lars = await addLars();
    const larss = await publishedRound(database, lars, { year: 2026 });
    const mettes = await publishedRound(database, mette);
    await expect(hand(mette, mettes, lars.id)).resolves.toMatchObject({ toLeader: "Lars Holm" });

    // Back to Mette, then Lars's 2027 round closed: handing again is fine.
    await hand(lars, mettes, mette.id);
    const lars2027 = await publishedRound(database, lars, { publish: false });
    await expect(hand(mette, mettes, lars.id)).rejects.toMatchObject({ field: "toLeaderId" });
    await database.round.update({ where: { id: lars2027 }, data: { state: "CLOSED", closedAt: new Date() } });
    await expect(hand(mette, mettes, lars.id)).resolves.toMatchObject({ toLeader: "Lars Holm" });
    expect((await database.round.findUniqueOrThrow({ where: { id: larss } })).leaderId).toBe(lars.id);
  });

  it("keeps next-round creation working for the new leader: the handed round is the one open round", async () => {
    const mette = await actor("mette.soendergaard");
    const lars = await addLars();
    const mettes = await publishedRound(database, mette);
    await hand(mette, mettes, lars.id);
    // Lars now leads one open MUS 2027 round, so creating another is refused as usual, and Mette may
    // create one: for a new employee of hers (those in the handed round have their 2027 conversation there).
    await expect(publishedRound(database, lars)).rejects.toMatchObject({ field: "year" });
    const unit = await database.unit.findFirstOrThrow({ where: { name: "Dagtilbud Solstrålen" } });
    await database.person.create({
      data: { municipalityId, unitId: unit.id, managerId: mette.id, name: "Nanna Kjær", email: at("nanna.kjaer"), jobTitle: "Pædagog" },
    });
    const again = await publishedRound(database, mette);
    const invited = await database.roundParticipant.findMany({ where: { roundId: again }, include: { person: true } });
    expect(invited.map((participant) => participant.person.name)).toEqual(["Nanna Kjær"]);
  });
});
