// The kinds of personal data the retention job deletes, each with the event its period counts from
// and a default the municipality may change (Administration → Opbevaring og sletning). The
// defaults follow what the kinds are for: the sheet is preparation for one conversation; its four
// scores draw next year's comparison; the plan's draft and edit log are how it was written, not
// what was agreed; the signed plan's record is the personnel folder once it is filed there.

export const retentionKinds = [
  "SHEET_TEXTS",
  "SHEET_SCORES",
  "PLAN_DRAFTS",
  "SIGNED_PLANS",
  "DEACTIVATED_PEOPLE",
  "MAIL",
  "SESSIONS",
  "AUDIT_EVENTS",
] as const;

export type RetentionKind = (typeof retentionKinds)[number];

export const defaultMonths: Record<RetentionKind, number> = {
  SHEET_TEXTS: 6,
  SHEET_SCORES: 24,
  PLAN_DRAFTS: 1,
  SIGNED_PLANS: 3,
  DEACTIVATED_PEOPLE: 12,
  MAIL: 3,
  SESSIONS: 1,
  AUDIT_EVENTS: 60,
};

/** The shortest and longest period an administrator may set, in months. Zero would delete at the event itself. */
export const monthsRange = { min: 1, max: 120 } as const;

/**
 * The audit log is how a person learns who read their data, and how a complaint is looked into:
 * it is kept a year at least. The database refuses to delete a younger audit row whatever the app
 * asks (audit_prune), so this is the form's limit, not the only one.
 */
export const auditMinimumMonths = 12;

/** The range for one kind. */
export function monthsRangeOf(kind: RetentionKind): { min: number; max: number } {
  return kind === "AUDIT_EVENTS" ? { min: auditMinimumMonths, max: monthsRange.max } : monthsRange;
}

/** One line: its period, whether that is the default, and a minimum the municipality marked as binding (null: none). */
export type RetentionPolicy = { kind: RetentionKind; months: number; isDefault: boolean; minimumMonths: number | null }[];

export type StoredRule = { kind: RetentionKind; months: number; minimumMonths: number | null };

/** The municipality's rules over the defaults, in the order above. */
export function effectivePolicy(rules: StoredRule[]): RetentionPolicy {
  return retentionKinds.map((kind) => {
    const rule = rules.find((candidate) => candidate.kind === kind);
    const months = rule?.months ?? defaultMonths[kind];
    return { kind, months, isDefault: months === defaultMonths[kind], minimumMonths: rule?.minimumMonths ?? null };
  });
}

/** `months` calendar months before `now` (the 31st into a shorter month lands on its last day). */
export function monthsBefore(now: Date, months: number): Date {
  const cutoff = new Date(now);
  const day = cutoff.getUTCDate();
  cutoff.setUTCDate(1);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0)).getUTCDate();
  cutoff.setUTCDate(Math.min(day, lastDay));
  return cutoff;
}
