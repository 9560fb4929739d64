import { parseDanishDate } from "@/lib/dates/danish";
import { da } from "@/lib/i18n/da";

export { parseDanishDate };

// The employment facts an HR export gives, read as Danish HR systems and people write them. Pure
// and isomorphic: the CSV import reads cells with it, the person form validates with it.

export const employmentTypes = ["PERMANENT", "FIXED_TERM", "HOURLY", "TRAINEE"] as const;
export type EmploymentType = (typeof employmentTypes)[number];

const squash = (value: string) => value.toLowerCase().replace(/[\s\-_'’.,/()]/g, "");

// What KMD Opus, Silkeborg Data and hand-made spreadsheets call each kind, squashed as above.
const typeAliases: Record<EmploymentType, string[]> = {
  PERMANENT: [
    "fastansat",
    "fast",
    "fastansættelse",
    "månedslønnet",
    "månedsløn",
    "månedslønnetfastansat",
    "tjenestemand",
    "tjenestemandsansat",
    "overenskomstansat",
    "permanent",
    "monthly",
  ],
  FIXED_TERM: [
    "tidsbegrænset",
    "tidsbegrænsetansat",
    "tidsbegrænsetansættelse",
    "midlertidig",
    "midlertidigtansat",
    "midlertidigansat",
    "vikariat",
    "månedslønnetvikar",
    "projektansat",
    "fixedterm",
    "temporary",
  ],
  HOURLY: ["timelønnet", "timelønnetvikar", "timeløn", "timevikar", "tilkaldevikar", "afløser", "hourly", "hourlysubstitute", "hourlypaid"],
  TRAINEE: ["elev", "lærling", "praktikant", "trainee", "apprentice"],
};

/** The type a cell names, or null when it names none of them (empty cells are the caller's concern). */
export function parseEmploymentType(raw: string): EmploymentType | null {
  const key = squash(raw);
  return employmentTypes.find((type) => typeAliases[type].includes(key)) ?? null;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const t = da.employment.errors;
/** Employment starts from this date on; earlier is a typing error. */
export const earliestEmploymentStart = "1950-01-01";

/** An employment start date: a real date from 1950 up to a year ahead (HR exports list coming hires). */
export function parseEmploymentStart(raw: string, now: Date): Parsed<string> {
  const date = parseDanishDate(raw);
  if (date === null) return { ok: false, message: t.badDate(raw.trim().slice(0, 40)) };
  const latest = `${now.getUTCFullYear() + 1}-12-31`;
  if (date < earliestEmploymentStart || date > latest)
    return { ok: false, message: t.startOutOfRange(raw.trim(), 1950, now.getUTCFullYear() + 1) };
  return { ok: true, value: date };
}

/** The youngest and oldest birth years the app takes, for a given day. */
export function birthYearRange(now: Date): { from: number; to: number } {
  return { from: 1920, to: now.getUTCFullYear() - 13 };
}

// Day, month and two-digit year, then four digits: the shape of a CPR number, with or without the dash.
const cprShape = /^\d{6}-?\d{4}$/;

/**
 * A birth year, or a full date of birth of which only the year is kept (data minimisation: the
 * app never stores the day). A CPR number is refused without repeating it in the message.
 */
export function parseBirthYear(raw: string, now: Date): Parsed<number> {
  const value = raw.trim();
  if (cprShape.test(value)) return { ok: false, message: t.cprNumber };
  const year = /^\d{4}$/.test(value) ? Number(value) : Number(parseDanishDate(value)?.slice(0, 4) ?? Number.NaN);
  if (Number.isNaN(year)) return { ok: false, message: t.badBirthYear(value.slice(0, 40)) };
  const { from, to } = birthYearRange(now);
  if (year < from || year > to) return { ok: false, message: t.birthYearOutOfRange(year, from, to) };
  return { ok: true, value: year };
}

const yes = new Set(["ja", "j", "x", "1", "yes", "y", "true", "sand", "senior"]);
const no = new Set(["nej", "n", "0", "no", "false", "falsk"]);

/** HR's own senior flag, for exports that give it instead of a birth year. */
export function parseSeniorFlag(raw: string): Parsed<boolean> {
  const key = squash(raw);
  if (yes.has(key)) return { ok: true, value: true };
  if (no.has(key)) return { ok: true, value: false };
  return { ok: false, message: t.badSenior(raw.trim().slice(0, 40)) };
}

/** The facts as stored, with `undefined` for a column the file does not have (the stored value stays). */
export type EmploymentFacts = {
  employmentType?: EmploymentType | null;
  employmentStart?: string | null;
  birthYear?: number | null;
  senior?: boolean | null;
};

/** Stored facts, every one known (null for none). */
export type StoredEmploymentFacts = Required<EmploymentFacts>;

/** Whether the file's facts would change the stored ones; a column the file lacks changes nothing. */
export function employmentFactsChange(stored: StoredEmploymentFacts, file: EmploymentFacts): boolean {
  return (Object.keys(file) as (keyof EmploymentFacts)[]).some((key) => file[key] !== undefined && file[key] !== stored[key]);
}

/** The person form's strings ("" for not given) as stored facts; a field the form did not send is left out. */
export function employmentFactsFromForm(values: {
  employmentType?: EmploymentType | "";
  employmentStart?: string;
  birthYear?: string;
  senior?: "" | "yes" | "no";
}): EmploymentFacts {
  const facts: EmploymentFacts = {};
  if (values.employmentType !== undefined) facts.employmentType = values.employmentType || null;
  if (values.employmentStart !== undefined) facts.employmentStart = values.employmentStart ? parseDanishDate(values.employmentStart) : null;
  if (values.birthYear !== undefined) facts.birthYear = values.birthYear ? Number(values.birthYear.trim()) : null;
  if (values.senior !== undefined) facts.senior = values.senior === "" ? null : values.senior === "yes";
  return facts;
}
