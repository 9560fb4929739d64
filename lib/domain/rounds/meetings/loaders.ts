import "server-only";
import { instantToCopenhagen } from "@/lib/calendar/local-time";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";
import { meetingPeople } from "./data";
import type { MeetingInput, MeetingKind } from "./schema";

// The meeting forms' reads. The page has already asked the policy (requireRound / requireLeaderArea).

export type MeetingView = {
  groupId: string | null;
  values: MeetingInput | null;
  cancelled: boolean;
  // Where the meeting stands, in Danish, dates as Danes write them.
  summary: string;
  // Those it concerns who have no e-mail address: the leader tells them on paper.
  withoutEmail: string[];
};

export async function loadMeetings(roundId: string, kind: MeetingKind, groupIds: (string | null)[]): Promise<MeetingView[]> {
  const rows = await db().roundMeeting.findMany({ where: { roundId, kind } });
  return Promise.all(
    groupIds.map(async (groupId) => {
      const row = rows.find((candidate) => candidate.groupId === groupId);
      const people = await meetingPeople(db(), roundId, kind, groupId);
      const withoutEmail = people.attendees.filter((person) => person.email === null).map((person) => person.name);
      if (!row) return { groupId, values: null, cancelled: false, summary: da.meetings.notSet, withoutEmail };
      const { date, time } = instantToCopenhagen(row.startsAt);
      return {
        groupId,
        values: { date, time, durationMinutes: row.durationMinutes, location: row.location },
        cancelled: row.cancelledAt !== null,
        summary: row.cancelledAt ? da.meetings.cancelledState : da.meetings.set(formatDateTime(row.startsAt), row.location),
        withoutEmail,
      };
    }),
  );
}

export type CommonMeeting = {
  kind: MeetingKind;
  group: string | null;
  startsAt: Date;
  durationMinutes: number;
  location: string;
  cancelled: boolean;
};

/**
 * The round's common meetings as its readers see them on the material page: the kick-off, the
 * wrap-up and the GRUS of `groupId` (a participant's own group), or every group's GRUS when
 * `groupId` is null (the leader, the committee, the union representative). One query.
 */
export async function loadCommonMeetings(roundId: string, groupId: string | null): Promise<CommonMeeting[]> {
  const rows = await db().roundMeeting.findMany({
    where: { roundId, ...(groupId ? { OR: [{ groupId: null }, { groupId }] } : {}) },
    orderBy: { startsAt: "asc" },
    select: { kind: true, startsAt: true, durationMinutes: true, location: true, cancelledAt: true, group: { select: { name: true } } },
  });
  return rows.map((row) => ({
    kind: row.kind,
    group: row.group?.name ?? null,
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    location: row.location,
    cancelled: row.cancelledAt !== null,
  }));
}
