import type { Metadata } from "next";
import { AbsenceForm } from "@/components/rounds/absence-form";
import { ConversationForm } from "@/components/rounds/conversation-form";
import { instantToCopenhagen } from "@/lib/calendar/local-time";
import { loadParticipants, requireRound } from "@/lib/domain/rounds/loaders";
import { allowedActions, participantMay, wrapUpBegun } from "@/lib/domain/rounds/state-machine";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.rounds.conversations.title };

export default async function ConversationsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { round } = await requireRound(id, "update");
  const participants = await loadParticipants(round.id);
  const editable = allowedActions(round.state).includes("scheduleConversation");
  const absenceEditable = allowedActions(round.state).includes("editAbsence");
  const t = da.rounds.conversations;
  const a = da.rounds.absence;
  const l = da.paper.letters;
  // Who gets the invitation on paper and who by mail (people marked "not this round" get neither).
  const invited = participants.filter((participant) => participant.absence === null);
  const onPaper = invited.filter(
    (participant) =>
      participant.person.email === null && participant.person.restrictedAt === null && participant.person.anonymisedAt === null,
  );
  const lettersHref = `/runder/${round.id}/papir/invitationer`;
  return (
    <>
      <h2 className="text-2xl font-semibold text-brand-900">{t.title}</h2>
      <p className="mb-6 mt-2 max-w-3xl text-slate-700">
        {editable ? t.lead : round.state === "PLANNING" ? t.notYet : t.afterConversations}
      </p>
      {onPaper.length > 0 && round.state !== "PLANNING" && round.state !== "CLOSED" ? (
        <section aria-labelledby="letters-heading" className="mb-6 max-w-3xl rounded-md border border-slate-300 bg-slate-50 p-4">
          <h3 id="letters-heading" className="text-lg font-semibold text-brand-900">
            {l.sectionHeading}
          </h3>
          <p className="mt-1 text-slate-700">{l.lead(onPaper.length)}</p>
          <p className="mt-1 text-slate-700">{l.mailed(invited.length - onPaper.length)}</p>
          <p className="mt-2">
            <a href={lettersHref} className="font-medium text-brand-700 underline underline-offset-4">
              {l.all(onPaper.length)}
            </a>
          </p>
        </section>
      ) : null}
      <ul className="flex flex-col gap-6">
        {participants.map((participant) => {
          const booking = participant.conversation;
          return (
            <li key={participant.id} className="rounded-md border border-slate-300 p-4">
              <h3 className="text-lg font-semibold text-brand-900">{participant.person.name}</h3>
              <p className="mb-3 text-slate-700">
                {booking ? t.booked(formatDateTime(booking.startsAt), booking.durationMinutes, booking.location) : t.notBooked}
              </p>
              {participant.person.email === null ? (
                <p className="mb-3 font-medium text-slate-900">
                  {t.noEmail}{" "}
                  {onPaper.includes(participant) ? (
                    <a
                      href={`${lettersHref}?deltager=${participant.id}`}
                      className="font-medium text-brand-700 underline underline-offset-4"
                    >
                      {l.one(participant.person.name)}
                    </a>
                  ) : null}
                </p>
              ) : null}
              {participant.absence && participant.absentSince ? (
                <p className="mb-3 font-medium text-slate-900">
                  {a.standing(a.reasons[participant.absence], formatDate(participant.absentSince))}
                </p>
              ) : null}
              {participant.catchUpAt ? <p className="mb-3 text-sm font-medium text-brand-800">{a.catchUpBadge}</p> : null}
              {!participant.absence && participantMay(round.state, "scheduleConversation", participant) ? (
                <ConversationForm
                  roundId={round.id}
                  participantId={participant.id}
                  name={participant.person.name}
                  booked={
                    booking
                      ? { ...instantToCopenhagen(booking.startsAt), durationMinutes: booking.durationMinutes, location: booking.location }
                      : null
                  }
                />
              ) : null}
              {absenceEditable &&
              participant.absence !== "NEW_LEADER" &&
              (participant.absence || participant.catchUpAt || !wrapUpBegun(round.state)) &&
              (participant.absence || !participant.conversationBegun) ? (
                <AbsenceForm
                  roundId={round.id}
                  participantId={participant.id}
                  name={participant.person.name}
                  absent={participant.absence !== null}
                  catchUp={wrapUpBegun(round.state)}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
