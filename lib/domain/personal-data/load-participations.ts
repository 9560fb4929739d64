import "server-only";
import * as Y from "yjs";
import type { Database } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { planContent } from "@/lib/domain/plans/doc";
import { readActionStates } from "@/lib/domain/plans/stored/read-action-states";
import { readPlanContent } from "@/lib/domain/plans/stored/read-content";
import { readFieldMap } from "@/lib/domain/sheets/stored-fields";
import { labelledFields } from "./field-labels";
import type { ParticipationData, PlanData, WithheldNotes } from "./shape";

// The rounds a person took part in (as the employee, or in LUS as the leader being talked with),
// each with what is held about them there: the booking, their sheet, the leader's note about them
// and their plan. Never a round they led: those sheets and plans are the participants' data.
// The leader's note in a round not yet closed is left out here, never read past this function, when
// the municipality withholds it (`withholding`); the export then says how many notes and why.

const calendarDay = (date: Date) => date.toISOString().slice(0, 10);

const planSelect = {
  createdAt: true,
  state: true,
  versions: {
    orderBy: { number: "asc" },
    select: {
      number: true,
      content: true,
      createdAt: true,
      signedAt: true,
      filedAt: true,
      employeeComment: true,
      approvals: { orderBy: { approvedAt: "asc" }, select: { personId: true, approvedAt: true } },
    },
  },
  followUps: { orderBy: { heldOn: "asc" }, select: { heldOn: true, note: true, actionStates: true, createdAt: true } },
  meeting: { select: { startsAt: true, durationMinutes: true, location: true } },
  settlements: {
    orderBy: { settledAt: "asc" },
    select: { versionNumber: true, actionIndex: true, decision: true, note: true, settledAt: true },
  },
} satisfies Prisma.PlanSelect;

function findParticipations(database: Database, personId: string) {
  return database.roundParticipant.findMany({
    where: { personId },
    orderBy: [{ round: { year: "asc" } }, { createdAt: "asc" }],
    select: {
      round: {
        select: {
          title: true,
          kind: true,
          year: true,
          state: true,
          leader: { select: { id: true, name: true, email: true } },
          themes: { select: { questions: { select: { id: true, text: true } } } },
        },
      },
      conversation: { select: { startsAt: true, durationMinutes: true, location: true } },
      sheet: {
        select: {
          state: true,
          fields: true,
          createdAt: true,
          updatedAt: true,
          submittedAt: true,
          registeredBy: { select: { name: true } },
        },
      },
      paperSheet: { select: { fields: true, updatedAt: true, registeredBy: { select: { name: true } } } },
      // Every leader's notes about the person: a round handed over holds the old leader's and the new one's.
      leaderNotes: { select: { fields: true, createdAt: true, updatedAt: true }, orderBy: { createdAt: "asc" } },
      plan: { select: planSelect },
    },
  });
}

type PlanRow = NonNullable<Awaited<ReturnType<typeof findParticipations>>[number]["plan"]>;

function currentContent(state: Uint8Array) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return planContent(doc);
}

function toPlan(plan: PlanRow, names: ReadonlyMap<string, string>): PlanData {
  return {
    createdAt: plan.createdAt,
    current: currentContent(plan.state),
    versions: plan.versions.map((version) => ({
      number: version.number,
      createdAt: version.createdAt,
      signedAt: version.signedAt,
      filedAt: version.filedAt,
      approvals: version.approvals.map((approval) => ({ name: names.get(approval.personId) ?? "", approvedAt: approval.approvedAt })),
      employeeComment: version.employeeComment,
      content: readPlanContent(version.content),
    })),
    followUps: plan.followUps.map((followUp) => ({
      heldOn: calendarDay(followUp.heldOn),
      note: followUp.note,
      actionStates: readActionStates(followUp.actionStates),
      createdAt: followUp.createdAt,
    })),
    followUpMeeting: plan.meeting,
    settlements: plan.settlements.map((settlement) => ({
      versionNumber: settlement.versionNumber,
      actionNumber: settlement.actionIndex + 1,
      decision: settlement.decision,
      note: settlement.note,
      settledAt: settlement.settledAt,
    })),
  };
}

type NoteRow = Awaited<ReturnType<typeof findParticipations>>[number]["leaderNotes"][number];

function toLeaderNote(
  notes: NoteRow[],
  roundState: string,
  questions: ReadonlyMap<string, string>,
  withholding: { reason: string } | null,
): Pick<ParticipationData, "leaderNote" | "leaderNoteWithheld"> {
  if (notes.length === 0) return { leaderNote: null, leaderNoteWithheld: null };
  const fields = notes.flatMap((note) => labelledFields(readFieldMap(note.fields), questions));
  const note = {
    createdAt: notes[0].createdAt,
    updatedAt: new Date(Math.max(...notes.map((each) => each.updatedAt.getTime()))),
  };
  if (withholding && roundState !== "CLOSED") {
    const withheld: WithheldNotes | null = fields.length ? { notes: fields.length, reason: withholding.reason } : null;
    return { leaderNote: null, leaderNoteWithheld: withheld };
  }
  return { leaderNote: { createdAt: note.createdAt, updatedAt: note.updatedAt, fields }, leaderNoteWithheld: null };
}

export async function loadParticipations(
  database: Database,
  person: { id: string; name: string },
  withholding: { reason: string } | null,
): Promise<ParticipationData[]> {
  const rows = await findParticipations(database, person.id);
  return rows.map(({ round, conversation, sheet, paperSheet, leaderNotes, plan }) => {
    const questions = new Map(round.themes.flatMap((theme) => theme.questions.map((question) => [question.id, question.text] as const)));
    const names = new Map([
      [person.id, person.name],
      [round.leader.id, round.leader.name],
    ]);
    return {
      round: {
        title: round.title,
        kind: round.kind,
        year: round.year,
        state: round.state,
        leader: { name: round.leader.name, email: round.leader.email },
      },
      conversation,
      sheet: sheet
        ? {
            state: sheet.state,
            createdAt: sheet.createdAt,
            updatedAt: sheet.updatedAt,
            submittedAt: sheet.submittedAt,
            registeredBy: sheet.registeredBy?.name ?? null,
            fields: labelledFields(readFieldMap(sheet.fields), questions),
          }
        : null,
      paperSheet: paperSheet
        ? {
            registeredBy: paperSheet.registeredBy.name,
            updatedAt: paperSheet.updatedAt,
            fields: labelledFields(readFieldMap(paperSheet.fields), questions),
          }
        : null,
      ...toLeaderNote(leaderNotes, round.state, questions, withholding),
      plan: plan ? toPlan(plan, names) : null,
    };
  });
}
