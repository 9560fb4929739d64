import type { Metadata } from "next";
import { AskedToAdd } from "@/components/manager-change/asked-to-add";
import { ParticipantsForm } from "@/components/rounds/participants-form";
import { loadInvitable, loadParticipants, loadQuestionSets, requireRound } from "@/lib/domain/rounds/loaders";
import { db } from "@/lib/db";
import { loadParticipantRules } from "@/lib/domain/rounds/participant-defaults";
import { loadAskedToAdd } from "@/lib/domain/rounds/manager-change/loaders";
import { allowedActions } from "@/lib/domain/rounds/state-machine";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.rounds.participants.title };

export default async function ParticipantsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, round } = await requireRound(id, "update");
  const [participants, invitable, { groups }, rules, asked] = await Promise.all([
    loadParticipants(round.id),
    loadInvitable(round),
    loadQuestionSets(round.id),
    loadParticipantRules(db(), round.municipalityId),
    // People who got this leader mid-round and wait to be added (lib/domain/rounds/manager-change/).
    loadAskedToAdd(actor),
  ]);
  const editable = allowedActions(round.state).includes("editParticipants");
  const t = da.rounds.participants;
  return (
    <>
      <h2 className="text-2xl font-semibold text-brand-900">{t.title}</h2>
      <p className="mb-6 mt-2 max-w-3xl text-slate-700">
        {editable ? t.lead[round.kind] : da.rounds.state.notNow(da.rounds.state.names[round.state])}
      </p>
      <div className="mb-8">
        <AskedToAdd asked={asked} />
      </div>
      {editable ? (
        <ParticipantsForm
          roundId={round.id}
          kind={round.kind}
          groups={groups.map(({ id: groupId, name }) => ({ id: groupId, name }))}
          invitable={invitable}
          seniorAge={rules.seniorConversationAge}
          rows={participants.map((participant) => ({
            participantId: participant.id,
            personId: participant.person.id,
            name: participant.person.name,
            jobTitle: participant.person.jobTitle,
            noEmail: participant.person.email === null,
            groupId: participant.groupId,
            offerSeniorConversation: participant.offerSeniorConversation,
            offerTalentDevelopment: participant.offerTalentDevelopment,
          }))}
        />
      ) : (
        <ul className="list-disc pl-6">
          {participants.map((participant) => (
            <li key={participant.id}>
              {participant.person.email === null ? da.common.dotted(participant.person.name, t.noEmail) : participant.person.name}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
