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
};

/** The shortest and longest period an administrator may set, in months. Zero would delete at the event itself. */
export const monthsRange = { min: 1, max: 120 } as const;

export type RetentionPolicy = { kind: RetentionKind; months: number; isDefault: boolean }[];

/** The municipality's rules over the defaults, in the order above. */
export function effectivePolicy(rules: { kind: RetentionKind; months: number }[]): RetentionPolicy {
  return retentionKinds.map((kind) => {
    const rule = rules.find((candidate) => candidate.kind === kind);
    return { kind, months: rule?.months ?? defaultMonths[kind], isDefault: !rule };
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
