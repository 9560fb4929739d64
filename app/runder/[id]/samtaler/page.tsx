import type { Metadata } from "next";
import { ConversationForm } from "@/components/rounds/conversation-form";
import { instantToCopenhagen } from "@/lib/calendar/local-time";
import { loadParticipants, requireRound } from "@/lib/domain/rounds/loaders";
import { allowedActions } from "@/lib/domain/rounds/state-machine";
import { formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.rounds.conversations.title };

export default async function ConversationsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { round } = await requireRound(id, "update");
  const participants = await loadParticipants(round.id);
  const editable = allowedActions(round.state).includes("scheduleConversation");
  const t = da.rounds.conversations;
  return (
    <>
      <h2 className="text-2xl font-semibold text-brand-900">{t.title}</h2>
      <p className="mb-6 mt-2 max-w-3xl text-slate-700">{editable ? t.lead : t.notYet}</p>
      <ul className="flex flex-col gap-6">
        {participants.map((participant) => {
          const booking = participant.conversation;
          return (
            <li key={participant.id} className="rounded-md border border-slate-300 p-4">
              <h3 className="text-lg font-semibold text-brand-900">{participant.person.name}</h3>
              <p className="mb-3 text-slate-700">
                {booking ? t.booked(formatDateTime(booking.startsAt), booking.durationMinutes, booking.location) : t.notBooked}
              </p>
              {participant.person.email === null ? <p className="mb-3 font-medium text-slate-900">{t.noEmail}</p> : null}
              {editable ? (
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
            </li>
          );
        })}
      </ul>
    </>
  );
}
