import type { EmploymentType } from "@/lib/domain/people/employment";
import type { StoredRole } from "@/lib/access/policy";
import type { PlanContent } from "@/lib/domain/plans/doc";
import type { FollowUpState } from "@/lib/domain/plans/schema";

// Everything the app holds about one person, as one plain document: data.json is this object as
// JSON (stable English keys; timestamps as ISO instants, calendar dates as "YYYY-MM-DD"), and
// indhold.html is rendered from it, so the two always say the same. Only the person's own data:
// a round they led is not here (its sheets and plans are the participants' data), only the rounds
// they took part in, as the employee.

export type NamedPerson = { name: string; email: string | null };

/** A field of a field document (a preparation sheet, the leader's note): its stored key, what it is in words, its value. */
export type DocumentField = { key: string; label: string; value: string | number | null };

export type PlanVersionData = {
  number: number;
  createdAt: Date;
  signedAt: Date | null;
  filedAt: Date | null;
  approvals: { name: string; approvedAt: Date }[];
  employeeComment: string;
  content: PlanContent;
};

export type PlanData = {
  createdAt: Date;
  /** The plan as it stands in the editor now (a draft not yet approved, or the signed text). */
  current: PlanContent;
  versions: PlanVersionData[];
  followUps: { heldOn: string; note: string; actionStates: FollowUpState[]; createdAt: Date }[];
  followUpMeeting: { startsAt: Date; durationMinutes: number; location: string } | null;
  settlements: { versionNumber: number; actionNumber: number; decision: string; note: string; settledAt: Date }[];
};

/**
 * The leader's notes left out of the export: the municipality withholds them while the round is not
 * closed (its privacy settings), and says why. `notes`: how many of the leader's notes (the fields of
 * the leader's preparation about the person) were left out.
 */
export type WithheldNotes = { notes: number; reason: string };

export type ParticipationData = {
  round: { title: string; kind: "MUS" | "LUS"; year: number; state: string; leader: NamedPerson };
  conversation: { startsAt: Date; durationMinutes: number; location: string } | null;
  sheet: {
    state: "DRAFT" | "SUBMITTED";
    createdAt: Date;
    updatedAt: Date;
    submittedAt: Date | null;
    /** The leader who typed it in from the person's paper form, if one did. */
    registeredBy: string | null;
    fields: DocumentField[];
  } | null;
  /** A paper form the leader typed in beside the person's own sheet (lib/domain/sheets/paper.ts). */
  paperSheet: { registeredBy: string; updatedAt: Date; fields: DocumentField[] } | null;
  /** Null when there is none, or when it is withheld (then leaderNoteWithheld says so). */
  leaderNote: { createdAt: Date; updatedAt: Date; fields: DocumentField[] } | null;
  leaderNoteWithheld: WithheldNotes | null;
  plan: PlanData | null;
};

export type AccessLogEntry = {
  at: Date;
  /** Null: the system itself. */
  actor: (NamedPerson & { self: boolean }) | null;
  action: string;
  actionText: string;
  purpose: string | null;
  purposeText: string;
};

export type PersonalData = {
  generatedAt: Date;
  person: {
    id: string;
    name: string;
    email: string | null;
    jobTitle: string | null;
    municipality: string;
    unit: string | null;
    manager: NamedPerson | null;
    roles: StoredRole[];
    active: boolean;
    deactivatedAt: Date | null;
    createdAt: Date;
    employeeNumber: string | null;
    // The employment facts from the HR export (lib/domain/people/employment.ts); the start as "YYYY-MM-DD".
    employmentType: EmploymentType | null;
    employmentStart: string | null;
    birthYear: number | null;
    senior: boolean | null;
  };
  participations: ParticipationData[];
  mails: { subject: string; text: string; createdAt: Date; sentAt: Date | null }[];
  accessLog: AccessLogEntry[];
  /** What the person wrote as a round's union representative (tillidsrepræsentant). */
  unionRepComments: { round: string; section: "MATERIAL" | "WRAP_UP"; text: string; createdAt: Date }[];
  /**
   * The upward questionnaires (LUS) the person has answered: only that they did, about whom. What
   * they answered is stored without them (lib/domain/upward/), so it is nobody's to export.
   */
  upwardAnswered: { round: string; leader: string }[];
};
