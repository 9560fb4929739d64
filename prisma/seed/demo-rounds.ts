import * as Y from "yjs";
import type { Actor } from "../../lib/access/policy";
import type { Database } from "../../lib/db-client";
import { addAction, planContent, planText, planValues, type ActionSeed } from "../../lib/domain/plans/doc";
import { recordFollowUp } from "../../lib/domain/plans/mutations/follow-up";
import { approvePlan, contentHash } from "../../lib/domain/plans/mutations/sign-off";
import { appendPlanUpdate, ensurePlan, loadPlanState } from "../../lib/domain/plans/live/store";
import { createRound } from "../../lib/domain/rounds/mutations/create";
import { scheduleConversation } from "../../lib/domain/rounds/mutations/conversations";
import { saveKickoff } from "../../lib/domain/rounds/mutations/details";
import { publishRound } from "../../lib/domain/rounds/mutations/publish";
import { conversationSchema, createRoundSchema, kickoffSchema } from "../../lib/domain/rounds/schema";
import { saveSheetChanges, setSheetSubmitted } from "../../lib/domain/sheets/mutations";
import { loadTemplates } from "../../lib/domain/templates/data";
import { advanceRound, type Step } from "../../lib/domain/wrap-up/mutations/phase";
import { demoDomain } from "./demo-organisation";
import { demoRoundTexts as t } from "./demo-round-texts";

// Rounds in every phase for the demo, so a newcomer sees a plan, a PDF, an overview and HR's desk
// at once instead of playing a whole round first. Everything goes through the domain functions the
// app's own actions call (and their input through the same schemas), so when a rule changes this
// seed breaks, and its test with it. Dates are relative to the day the demo is first started.
//
//   Henrik Aagaard        MUS, planning (not published)
//   Susanne Lærke Holm    MUS, preparation, three of six sheets shared
//   Ole Bækgaard          MUS, conversations: all booked, one plan half written, one signed
//   Torben Ødegaard       MUS last year, closed (every plan signed and followed up), and this
//                         year's in the wrap-up: six sheets shared, five plans signed
//   Bjørn Kjærsgaard      LUS, preparation, with Susanne and Torben
// The signed plans wait for HR (Birgitte Dalsgaard) to file them.

type Person = { id: string; email: string | null; actor: Actor };

const day = 24 * 60 * 60 * 1000;

/** A date `days` from today as YYYY-MM-DD (the calendar day in Copenhagen is close enough for a demo). */
function fromToday(days: number): string {
  return new Date(Date.now() + days * day).toISOString().slice(0, 10);
}

/** A person as an actor, from their row with its roles. */
const asPerson = (row: { id: string; email: string | null; roles: { role: Actor["roles"][number] }[] }): Person => ({
  id: row.id,
  email: row.email,
  actor: { id: row.id, active: true, roles: row.roles.map((role) => role.role) },
});

async function person(database: Database, local: string, domain: string): Promise<Person> {
  return asPerson(await database.person.findUniqueOrThrow({ where: { email: `${local}@${domain}` }, include: { roles: true } }));
}

async function version(database: Database, roundId: string): Promise<number> {
  return (await database.round.findUniqueOrThrow({ where: { id: roundId }, select: { version: true } })).version;
}

type RoundPlan = { leader: Person; kind: "MUS" | "LUS"; title: string; year: number; offset: number; publish: boolean };

/** Creates the round with the dates around `offset` days from today, its kickoff notes, and publishes it. */
async function round(database: Database, plan: RoundPlan): Promise<string> {
  const municipalityId = (await database.person.findUniqueOrThrow({ where: { id: plan.leader.id }, select: { municipalityId: true } }))
    .municipalityId;
  const template = (await loadTemplates(database, municipalityId)).find((candidate) => candidate.key === "kombineret")!;
  const at = (days: number) => fromToday(plan.offset + days);
  const values = createRoundSchema.parse({
    kind: plan.kind,
    templateId: template.id,
    title: plan.title,
    year: plan.year,
    focus: "",
    kickoffDate: at(0),
    conversationsFrom: at(20),
    conversationsTo: at(60),
    wrapUpDate: at(75),
    followUpDate: at(260),
  });
  const { id } = await createRound(database, { actor: plan.leader.actor, municipalityId, values });
  const kickoff = kickoffSchema.parse({ kickoffNotes: t.kickoffNotes, coreTask: t.coreTask, developmentGoals: [] });
  await saveKickoff(database, { actor: plan.leader.actor, roundId: id, version: await version(database, id) }, kickoff);
  if (plan.publish) await publishRound(database, { actor: plan.leader.actor, roundId: id, version: await version(database, id) });
  return id;
}

async function advance(database: Database, leader: Person, roundId: string, ...steps: Step[]): Promise<void> {
  for (const step of steps) await advanceRound(database, { actor: leader.actor, roundId, version: await version(database, roundId) }, step);
}

type Participant = { participantId: string; person: Person };

async function participants(database: Database, roundId: string): Promise<Participant[]> {
  const rows = await database.roundParticipant.findMany({
    where: { roundId },
    include: { person: { include: { roles: true } } },
    orderBy: { person: { name: "asc" } },
  });
  return rows.map((row) => ({ participantId: row.id, person: asPerson(row.person) }));
}

/** The participant's own sheet: four scores (a row of demo-round-texts.ts per person) and a comment, shared with the leader. */
async function shareSheet(database: Database, participant: Participant, index: number): Promise<void> {
  const dimensions = ["mestring", "mening", "samhoerighed", "autonomi"];
  const changes = [
    ...dimensions.map((dimension, at) => ({ key: `score.${dimension}`, value: t.scores[index % t.scores.length][at], baseRevision: 0 })),
    { key: "comment.mening", value: t.sheetComments[index % t.sheetComments.length], baseRevision: 0 },
    { key: "startWith", value: dimensions[index % dimensions.length], baseRevision: 0 },
  ];
  await saveSheetChanges(database, participant.person.actor, participant.participantId, changes);
  await setSheetSubmitted(database, participant.person.actor, participant.participantId, true);
}

async function book(
  database: Database,
  leader: Person,
  roundId: string,
  participant: Participant,
  days: number,
  time: string,
): Promise<void> {
  const values = conversationSchema.parse({ date: fromToday(days), time, durationMinutes: 60, location: t.location });
  await scheduleConversation(
    database,
    { actor: leader.actor, roundId, version: await version(database, roundId) },
    participant.participantId,
    values,
  );
}

/** Writes into the participant's plan as the leader would, and has both approve it when `sign`. */
async function writePlan(
  database: Database,
  leader: Person,
  participant: Participant,
  content: { goals: string; expectations?: string; actions: ActionSeed[] },
  sign: boolean,
): Promise<string> {
  const planId = await ensurePlan(database, participant.participantId, leader.id);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadPlanState(database, leader.actor, planId)).state);
  const before = Y.encodeStateVector(doc);
  doc.transact(() => {
    planValues(doc).set("startWith", "mening");
    planValues(doc).set("motivated", "yes");
    planValues(doc).set("followUpDate", fromToday(180));
    planText(doc, "expectations").insert(0, content.expectations ?? "");
    planText(doc, "goals").insert(0, content.goals);
    for (const action of content.actions) addAction(doc, action);
  });
  await appendPlanUpdate(database, leader.actor, planId, Y.encodeStateAsUpdate(doc, before));
  if (sign) {
    const hash = contentHash(planContent(doc));
    await approvePlan(database, participant.person.actor, planId, hash);
    await approvePlan(database, leader.actor, planId, hash);
  }
  return planId;
}

const action = (index: number, overrides: Partial<ActionSeed> = {}): ActionSeed => ({
  byWhen: fromToday(120 + 30 * (index % 3)),
  ...t.actions[index % t.actions.length],
  ...overrides,
});

/** The rounds, for the demo organisation or (browser tests) an organisation of its shape at another `domain`. */
export async function seedDemoRounds(database: Database, domain = demoDomain): Promise<void> {
  const year = new Date().getFullYear();
  const [henrik, susanne, ole, torben, bjoern] = await Promise.all(
    ["henrik.aagaard", "susanne.holm", "ole.baekgaard", "torben.oedegaard", "bjoern.kjaersgaard"].map((local) =>
      person(database, local, domain),
    ),
  );

  // Planning: created, not published yet.
  await round(database, { leader: henrik, kind: "MUS", title: t.title("MUS", year, "HR og Personale"), year, offset: 10, publish: false });

  // Preparation: published, half of the sheets shared.
  const preparing = await round(database, {
    leader: susanne,
    kind: "MUS",
    title: t.title("MUS", year, "Hjemmeplejen Vest"),
    year,
    offset: -10,
    publish: true,
  });
  for (const [index, participant] of (await participants(database, preparing)).slice(0, 3).entries())
    await shareSheet(database, participant, index);

  // Conversations: everyone booked (the first ones held already), one plan half written, one signed.
  const talking = await round(database, {
    leader: ole,
    kind: "MUS",
    title: t.title("MUS", year, "Åbyskolen"),
    year,
    offset: -40,
    publish: true,
  });
  const pupils = await participants(database, talking);
  for (const [index, participant] of pupils.entries()) if (index < 4) await shareSheet(database, participant, index);
  await advance(database, ole, talking, "startConversations");
  for (const [index, participant] of pupils.entries())
    await book(database, ole, talking, participant, index - 2, index % 2 === 0 ? "09:00" : "13:00");
  await writePlan(database, ole, pupils[0], { goals: t.goals[0], expectations: t.expectations, actions: [action(0)] }, true);
  await writePlan(database, ole, pupils[1], { goals: t.goalsHalfWritten, actions: [action(1, { how: "", who: "", byWhen: "" })] }, false);

  // Last year's round, closed: every plan signed and followed up, so this year's can be compared.
  const lastYear = await round(database, {
    leader: torben,
    kind: "MUS",
    title: t.title("MUS", year - 1, "Plejecenter Ærtebjerghave"),
    year: year - 1,
    offset: -400,
    publish: true,
  });
  const lastYears = await participants(database, lastYear);
  for (const [index, participant] of lastYears.entries()) await shareSheet(database, participant, index + 2);
  await advance(database, torben, lastYear, "startConversations");
  for (const [index, participant] of lastYears.entries()) {
    const planId = await writePlan(
      database,
      torben,
      participant,
      { goals: t.goals[index % t.goals.length], actions: [action(index)] },
      true,
    );
    await recordFollowUp(database, torben.actor, planId, { heldOn: fromToday(-200), note: t.followUpNote, actionStates: ["done"] });
  }
  await advance(database, torben, lastYear, "startWrapUp", "startFollowUp", "close");

  // This year's, in the wrap-up: every sheet shared and five plans signed, so the overview's figures show.
  const wrapping = await round(database, {
    leader: torben,
    kind: "MUS",
    title: t.title("MUS", year, "Plejecenter Ærtebjerghave"),
    year,
    offset: -90,
    publish: true,
  });
  const team = await participants(database, wrapping);
  for (const [index, participant] of team.entries()) await shareSheet(database, participant, index);
  await advance(database, torben, wrapping, "startConversations");
  for (const [index, participant] of team.slice(0, 5).entries())
    await writePlan(
      database,
      torben,
      participant,
      { goals: t.goals[(index + 1) % t.goals.length], actions: [action(index + 1), action(index + 2, { waitsForWrapUp: index === 0 })] },
      true,
    );
  await advance(database, torben, wrapping, "startWrapUp");

  // A LUS round for the leaders' leader, in preparation, one sheet shared.
  const lus = await round(database, {
    leader: bjoern,
    kind: "LUS",
    title: t.title("LUS", year, "Sundhed og Omsorg"),
    year,
    offset: -5,
    publish: true,
  });
  const leaders = await participants(database, lus);
  await shareSheet(database, leaders[0], 1);

  // The demo's past is not news: the invitations and calendar mail it queued are marked as sent
  // rather than printed on first start (demo mail goes to the server's log).
  await database.outgoingMail.updateMany({ where: { sentAt: null, to: { endsWith: `@${domain}` } }, data: { sentAt: new Date() } });
}
