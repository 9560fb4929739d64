import { copenhagenToInstant, instantToCopenhagen } from "@/lib/calendar/local-time";
import { isoDay } from "@/lib/domain/rounds/dates";

// When the upward questionnaire takes answers and when its results may be read. Pure.
// - Open from the round's publication to the end of the last day (midnight, Danish time).
// - Someone who opened the questionnaire before midnight may still send it during a grace period
//   (their answer is kept if they started in time; started.ts proves when they did).
// - Results are shown only after the grace period: from then on no answer can arrive, so reading
//   the figures before and after one more answer (differencing over time) is impossible.

export const graceHours = 12;

/** The first instant after the last day. */
export function closesAt(closesOn: Date): Date {
  const next = new Date(closesOn.getTime() + 24 * 60 * 60 * 1000);
  return copenhagenToInstant(isoDay(next), "00:00");
}

/** From when the figures are shown: after the last answer that could still arrive. */
export function resultsFrom(closesOn: Date): Date {
  return new Date(closesAt(closesOn).getTime() + graceHours * 60 * 60 * 1000);
}

export type WindowPhase = "notOpen" | "open" | "grace" | "closed";

export function windowPhase(survey: { openedAt: Date | null; closesOn: Date }, now: Date): WindowPhase {
  if (!survey.openedAt || now < survey.openedAt) return "notOpen";
  if (now < closesAt(survey.closesOn)) return "open";
  if (now < resultsFrom(survey.closesOn)) return "grace";
  return "closed";
}

/** Today's date in Denmark, as the earliest allowed last day. */
export function danishToday(now: Date): string {
  return instantToCopenhagen(now).date;
}

/**
 * The anonymity threshold for a questionnaire: the one the employees were told when it opened, or
 * today's when that is larger (a threshold lowered later never applies to answers already given).
 */
export function surveyThreshold(survey: { threshold: number | null }, current: number): number {
  return Math.max(survey.threshold ?? current, current);
}

/**
 * The latest last day for conversations from `conversationsFrom` (ISO days): two days before, so the
 * results (the morning after the last day plus the grace period) are ready before the first
 * conversation, not at noon on its day.
 */
export function latestLastDay(conversationsFrom: string): string {
  return isoDay(new Date(new Date(`${conversationsFrom}T00:00:00Z`).getTime() - 2 * 24 * 60 * 60 * 1000));
}
