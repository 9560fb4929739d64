import { da } from "@/lib/i18n/da";
import type { NoteField } from "./round-note-form";

const t = da.wrapUp.meeting;

/** The agenda's fields, with the round's themes and goals as hints where the source puts them. */
export function agendaFields(themes: string[], goals: string[]): NoteField[] {
  return [
    { key: "meetingDate", label: t.meetingDate, kind: "date" },
    { key: "status", label: t.items.status, hint: t.statusHint(themes.join(", ")), kind: "text", rows: 5 },
    {
      key: "decisions",
      label: t.items.decisions,
      hint: goals.length > 0 ? t.goalsHint(goals.join("; ")) : undefined,
      kind: "text",
      rows: 5,
    },
    { key: "discussion", label: t.items.discussion, kind: "text", rows: 5 },
    { key: "summary", label: t.items.summary, kind: "text", rows: 5 },
    { key: "followUpHow", label: t.followUpHow, kind: "text", rows: 3 },
  ];
}
