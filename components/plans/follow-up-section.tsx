import { instantToCopenhagen } from "@/lib/calendar/local-time";
import type { PlanContent } from "@/lib/domain/plans/doc";
import type { FollowUpState } from "@/lib/domain/plans/schema";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";
import { FollowUpForm, MiniMusForm } from "./follow-up-forms";

type FollowUp = { id: string; heldOn: Date; note: string; actionStates: FollowUpState[]; versionNumber: number; author: string };

/** After sign-off: follow-up notes (mini-MUS), where each action stands, and the mini-MUS booking. */
export function FollowUpSection({
  planId,
  kind,
  signed,
  followUps,
  meeting,
}: {
  planId: string;
  kind: "MUS" | "LUS";
  signed: { number: number; content: PlanContent | null } | null;
  followUps: FollowUp[];
  meeting: { startsAt: Date; durationMinutes: number; location: string } | null;
}) {
  const t = da.plans.followUp;
  const mini = t.miniName[kind];
  const actions = signed?.content?.actions.map((action) => action.what.split("\n")[0].slice(0, 80)) ?? [];
  const last = followUps.find((entry) => entry.versionNumber === signed?.number);
  return (
    <section
      id="opfoelgning"
      aria-labelledby="follow-up-heading"
      className="flex scroll-mt-4 flex-col gap-5 rounded-md border border-slate-300 p-5"
    >
      <h3 id="follow-up-heading" className="text-xl font-semibold text-brand-900">
        {t.heading}
      </h3>
      {!signed ? (
        <p className="text-slate-700">{t.notYet}</p>
      ) : (
        <>
          <p className="text-slate-700">
            {t.lead(mini)} {t.basedOn(signed.number)}
          </p>
          <div className="flex flex-col gap-3">
            <h4 className="text-lg font-semibold">{t.bookHeading(mini)}</h4>
            {meeting ? (
              <p className="font-medium text-green-800">
                {t.booked(mini, formatDateTime(meeting.startsAt), meeting.durationMinutes, meeting.location)}
              </p>
            ) : null}
            <MiniMusForm
              planId={planId}
              booked={
                meeting
                  ? { ...instantToCopenhagen(meeting.startsAt), durationMinutes: meeting.durationMinutes, location: meeting.location }
                  : null
              }
            />
          </div>
          {signed.content ? (
            <FollowUpForm
              planId={planId}
              actions={actions}
              lastStates={last?.actionStates ?? []}
              today={instantToCopenhagen(new Date()).date}
            />
          ) : (
            <p role="note" className="font-medium text-red-700">
              {da.plans.signOff.unreadable}
            </p>
          )}
        </>
      )}
      <div className="flex flex-col gap-3">
        <h4 className="text-lg font-semibold">{t.history}</h4>
        {followUps.length === 0 ? <p className="text-slate-700">{t.none}</p> : null}
        <ul className="flex flex-col gap-4">
          {followUps.map((entry) => (
            <li key={entry.id} className="border-l-4 border-slate-200 pl-4">
              <p className="font-medium">
                {t.entry(formatDate(entry.heldOn), entry.author)} · {da.plans.signOff.version(entry.versionNumber)}
              </p>
              <ul className="text-sm text-slate-700">
                {entry.actionStates.map((state, index) => (
                  <li key={index}>
                    {t.actionState(index + 1, "")}: {t.states[state]}
                  </li>
                ))}
              </ul>
              {entry.note ? <p className="mt-1 whitespace-pre-line">{entry.note}</p> : null}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
