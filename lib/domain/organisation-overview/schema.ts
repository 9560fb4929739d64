import { z } from "zod";

// The overview's address: ?enhed=<unit id> or ?enhed=kommune (the whole municipality, HR) and
// ?aar=<year>. Typed by anyone: a level that is not a unit id answers like one that does not exist;
// a year that is not a year shows the newest.

export const municipalityLevel = "kommune";

export const overviewQuery = z.object({
  enhed: z.union([z.literal(municipalityLevel), z.uuid()]).optional(),
  aar: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});

/** The level as the loader names it: "" for the municipality, a unit id, or undefined for the viewer's first level. */
export function levelOf(enhed: string | undefined): string | undefined {
  return enhed === municipalityLevel ? "" : enhed;
}

/** The address of a level and year (the picker's and the exports'). */
export function levelParam(id: string): string {
  return id === "" ? municipalityLevel : id;
}
