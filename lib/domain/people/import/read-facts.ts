import { da } from "@/lib/i18n/da";
import {
  parseBirthYear,
  parseEmploymentStart,
  parseEmploymentType,
  parseSeniorFlag,
  type EmploymentFacts,
  type Parsed,
} from "../employment";
import type { ColumnKey } from "./columns";
import type { RowError } from "./read-rows";

/**
 * A row's employment facts. A column the file does not have stays `undefined` (the stored fact is
 * kept); an empty cell in a column it has is `null` (the HR system no longer gives it, so it is cleared).
 */
export function readEmploymentFacts(
  cell: (key: ColumnKey) => string | undefined,
  line: number,
  errors: RowError[],
  now: Date,
): EmploymentFacts {
  const read = <T>(key: ColumnKey, parse: (raw: string) => Parsed<T>): T | null | undefined => {
    const raw = cell(key);
    if (raw === undefined) return undefined;
    if (raw === "") return null;
    const parsed = parse(raw);
    if (parsed.ok) return parsed.value;
    errors.push({ line, message: parsed.message });
    return null;
  };
  return {
    employmentType: read("employmentType", (raw) => {
      const type = parseEmploymentType(raw);
      return type ? { ok: true, value: type } : { ok: false, message: da.employment.errors.unknownType(raw.slice(0, 40)) };
    }),
    employmentStart: read("employmentStart", (raw) => parseEmploymentStart(raw, now)),
    birthYear: read("birthYear", (raw) => parseBirthYear(raw, now)),
    senior: read("senior", parseSeniorFlag),
  };
}
