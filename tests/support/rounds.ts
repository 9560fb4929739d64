import type { Actor } from "../../lib/access/policy";
import type { Database } from "../../lib/db-client";
import { saveKickoff } from "../../lib/domain/rounds/mutations/details";
import { createRound } from "../../lib/domain/rounds/mutations/create";
import { publishRound } from "../../lib/domain/rounds/mutations/publish";
import { loadTemplates } from "../../lib/domain/templates/data";

// Rounds as the integration tests need them: planned and published in a few calls.

export async function actorFor(database: Database, email: string): Promise<Actor> {
  const person = await database.person.findUniqueOrThrow({ where: { email }, include: { roles: true } });
  return { id: person.id, active: true, roles: person.roles.map((role) => role.role) };
}

export async function publishedRound(
  database: Database,
  leader: Actor,
  options: {
    year?: number;
    kind?: "MUS" | "LUS";
    publish?: boolean;
    municipalityId?: string;
    template?: "kombineret" | "toender" | "vitalisering";
  } = {},
) {
  const { year = 2027, kind = "MUS", publish = true, template: key = "kombineret" } = options;
  const municipalityId = options.municipalityId ?? (await database.municipality.findFirstOrThrow()).id;
  const template = (await loadTemplates(database, municipalityId)).find((candidate) => candidate.key === key)!;
  const { id } = await createRound(database, {
    actor: leader,
    municipalityId,
    values: {
      kind,
      templateId: template.id,
      title: `${kind} ${year}`,
      year,
      focus: "",
      kickoffDate: `${year}-01-12`,
      conversationsFrom: `${year}-02-01`,
      conversationsTo: `${year}-03-31`,
      wrapUpDate: `${year}-04-20`,
      followUpDate: `${year}-10-01`,
    },
  });
  const { version } = await saveKickoff(
    database,
    { actor: leader, roundId: id, version: 1 },
    { kickoffNotes: "", coreTask: "Kerneopgaven", developmentGoals: [] },
  );
  if (publish) await publishRound(database, { actor: leader, roundId: id, version });
  return id;
}

export async function participantOf(database: Database, roundId: string, email: string) {
  return database.roundParticipant.findFirstOrThrow({
    where: { roundId, person: { email } },
    include: { group: { include: { questions: true } } },
  });
}

export const demoEmail = (local: string) => `${local}@vesteraa.example`;

/** The usual setting: Mette's published MUS round with Åse Kirkegaard as participant. */
export async function aaseInMettesRound(database: Database) {
  const mette = await actorFor(database, demoEmail("mette.soendergaard"));
  const aase = await actorFor(database, demoEmail("aase.kirkegaard"));
  const roundId = await publishedRound(database, mette);
  const participant = await participantOf(database, roundId, demoEmail("aase.kirkegaard"));
  return { mette, aase, roundId, participant };
}
