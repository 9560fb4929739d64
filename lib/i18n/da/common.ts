// Small compositions used across screens, so punctuation and word order live in the dictionary too.
export const common = {
  personWithEmail: (name: string, email: string | null) => (email ? `${name} (${email})` : name),
  labelWithCount: (label: string, count: number) => `${label} (${count})`,
  joinList: (items: string[]) => items.join(", "),
  /** "a", "a og b", "a, b og c". */
  andList: (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`),
  dotted: (...parts: string[]) => parts.filter(Boolean).join(" · "),
  /** `who`: the person's address, or their employee number when they have none. */
  changeLine: (name: string, who: string | null, changes: string[]) => `${who ? `${name} (${who})` : name}: ${changes.join(", ")}`,
  unitOption: (name: string, kind: string) => `${name} (${kind.toLowerCase()})`,
  unitSummary: (kind: string, people: string) => `${kind} · ${people}`,
  dateRange: (from: string, to: string) => `fra ${from} til ${to}`,
  roundMeta: (kind: string, year: number, unit: string, state: string, leader?: string) =>
    `${kind} ${year} · ${unit}${leader ? ` · Leder: ${leader}` : ""} · Fase: ${state}`,
  separator: "·",
  /** What a date field shows before anything is typed: the shape Danes write a date in. */
  datePlaceholder: "dd-mm-åååå",
  /** Danish genitive of a name: "Mettes", but "Jonas'" (a name ending in s, x or z takes an apostrophe only). */
  possessive: (name: string) => (/[sxz]$/i.test(name) ? `${name}'` : `${name}s`),
} as const;
