import type { FieldMap } from "@/lib/domain/sheets/fields";
import { dateOnly } from "@/lib/domain/rounds/dates";
import { formatDate } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";
import type { NoteField } from "./round-note-form";

/** A round document as text, for readers and for a phase where it can no longer change. */
export function ReadOnlyNote({
  fields,
  values,
  members = [],
}: {
  fields: NoteField[];
  values: FieldMap;
  members?: { id: string; name: string }[];
}) {
  const shown = (field: NoteField) => {
    const value = typeof values[field.key] === "string" ? (values[field.key] as string) : "";
    if (!value) return da.wrapUp.meeting.empty;
    if (field.kind === "date") return formatDate(dateOnly(value));
    if (field.kind === "attendees")
      return members
        .filter((member) => value.split(",").includes(member.id))
        .map((member) => member.name)
        .join(", ");
    return value;
  };
  return (
    <dl className="flex flex-col gap-4">
      {fields.map((field) => (
        <div key={field.key}>
          <dt className="font-medium">{field.label}</dt>
          <dd className="whitespace-pre-line">{shown(field)}</dd>
        </div>
      ))}
    </dl>
  );
}
