"use client";

import { createContext, useContext } from "react";
import { da } from "@/lib/i18n/da";
import type { PresenceEntry } from "./use-plan-doc";

// Who else has the plan open, and where they are typing: a line at the top of the plan and a
// note under the label of the field the other party is in.

/** Field id → the names of the others typing there. */
export const FieldPresence = createContext<ReadonlyMap<string, string[]>>(new Map());

export function fieldPresence(entries: PresenceEntry[], names: Record<string, string>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const entry of entries) {
    if (!entry.field) continue;
    const name = names[entry.person] ?? "";
    map.set(entry.field, [...new Set([...(map.get(entry.field) ?? []), name])]);
  }
  return map;
}

/** Under a field's label: "Ida Holm skriver her". */
export function TypingHere({ id }: { id: string }) {
  const names = useContext(FieldPresence).get(id);
  if (!names || names.length === 0) return null;
  return (
    <p className="flex items-center gap-2 text-sm font-medium text-violet-800" data-presence={id}>
      <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full bg-violet-700" />
      {names.map((name) => da.plans.presence.typingIn(name)).join(", ")}
    </p>
  );
}

const labelOf = (id: string) => (typeof document === "undefined" ? "" : (document.querySelector(`label[for="${id}"]`)?.textContent ?? ""));

export function PresenceBar({ entries, names, self }: { entries: PresenceEntry[]; names: Record<string, string>; self: string }) {
  const t = da.plans.presence;
  const others = new Map<string, string | null>();
  for (const entry of entries)
    if (entry.person !== self && (!others.has(entry.person) || entry.field)) others.set(entry.person, entry.field);
  if (others.size === 0) return <p className="text-slate-700">{t.alone}</p>;
  return (
    <p className="text-slate-900">
      <span className="font-medium">{t.here}</span>{" "}
      {[...others.entries()]
        .map(([person, field]) => (field && labelOf(field) ? t.inField(names[person] ?? "", labelOf(field)) : (names[person] ?? "")))
        .join(", ")}
    </p>
  );
}
