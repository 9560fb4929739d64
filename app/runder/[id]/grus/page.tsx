import type { Metadata } from "next";
import { MeetingForm } from "@/components/rounds/meeting-form";
import { ReadOnlyNote } from "@/components/wrap-up/read-only-note";
import { RoundNoteForm } from "@/components/wrap-up/round-note-form";
import { loadGrusGroups, loadRoundNotes, requireLeaderArea } from "@/lib/domain/wrap-up/loaders";
import { loadMeetings } from "@/lib/domain/rounds/meetings/loaders";
import { allowedActions } from "@/lib/domain/rounds/state-machine";
import { noteFields } from "@/lib/domain/wrap-up/schema";
import { da } from "@/lib/i18n/da";

export const metadata: Metadata = { title: da.wrapUp.grus.title };

const t = da.wrapUp.grus;

export default async function GrusPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { round, isLeader } = await requireLeaderArea(id);
  const groups = await loadGrusGroups(round.id);
  const meetings = await loadMeetings(
    round.id,
    "GRUS",
    groups.map((group) => group.id),
  );
  const notes = await loadRoundNotes(
    round.id,
    groups.map((group) => `grus:${group.id}`),
  );
  const editable = allowedActions(round.state).includes("editGrus");
  return (
    <div className="flex max-w-3xl flex-col gap-8">
      <div>
        <h2 className="text-2xl font-semibold text-brand-900">{t.title}</h2>
        <p className="mt-2 text-slate-700">{t.lead}</p>
      </div>
      {groups.length === 0 ? <p>{t.none}</p> : null}
      {groups.map((group, index) => {
        const note = notes.get(`grus:${group.id}`) ?? { fields: {}, revisions: {} };
        // The meeting's date is set in the calendar form above; the notes' own date field is shown
        // only where one was written before the meetings had a form, so nothing typed disappears.
        const fields = noteFields.grus
          .filter((key) => key !== "date" || (typeof note.fields.date === "string" && note.fields.date.trim() !== ""))
          .map((key) => ({
            key,
            label: t[key],
            kind: key === "date" ? ("date" as const) : key === "attendees" ? ("attendees" as const) : ("text" as const),
            rows: 5,
          }));
        return (
          <section
            key={group.id}
            aria-labelledby={`grus-${group.id}`}
            className="flex flex-col gap-4 rounded-md border border-slate-300 p-5"
          >
            <h3 id={`grus-${group.id}`} className="text-xl font-semibold text-brand-900">
              {t.group(group.name)}
            </h3>
            <MeetingForm
              roundId={round.id}
              kind="GRUS"
              groupId={group.id}
              groupName={group.name}
              meeting={meetings[index]}
              editable={isLeader && editable}
            />
            {editable ? (
              <RoundNoteForm
                roundId={round.id}
                kind="grus"
                groupId={group.id}
                idPrefix={`grus-${group.position}`}
                fields={fields}
                values={note.fields}
                revisions={note.revisions}
                members={group.members}
              />
            ) : (
              <ReadOnlyNote fields={fields} values={note.fields} members={group.members} />
            )}
          </section>
        );
      })}
    </div>
  );
}
