import "server-only";
import type { Database } from "@/lib/db-client";
import { loadOrganisationRows, type OrganisationRows } from "./data";
import { buildYearPicture, type YearPicture } from "./picture";

// The municipality's rows and each year's picture, shared by every viewer in this process for up
// to a minute. Reading them costs a few seconds of database work on a city of 40,000 (five grouped
// statements over every round, sheet and plan), which no page can pay per request. One load at a
// time per municipality; when a minute has passed, the next request starts a fresh load and is
// answered from the last one meanwhile, so only the very first request waits. The figures are thus
// at most a minute or two old. Every viewer is served the same picture, so their pages are still
// subsets of one figure-set (tree-anonymity.ts).

const freshMs = 60_000;

type Loaded = { rows: OrganisationRows; pictures: Map<string, YearPicture>; at: number };
type Entry = { current: Promise<Loaded>; refreshing: Promise<Loaded> | null };

const state = globalThis as unknown as { organisationOverviewCache?: Map<string, Entry> };

function load(database: Database, municipalityId: string, now: Date): Promise<Loaded> {
  return loadOrganisationRows(database, municipalityId, now).then((rows) => ({ rows, pictures: new Map(), at: now.getTime() }));
}

export type MunicipalityPicture = { rows: OrganisationRows; picture: (year: number, threshold: number) => YearPicture };

export async function municipalityPicture(database: Database, municipalityId: string, now = new Date()): Promise<MunicipalityPicture> {
  const cache = (state.organisationOverviewCache ??= new Map());
  let entry = cache.get(municipalityId);
  if (!entry) {
    entry = { current: load(database, municipalityId, now), refreshing: null };
    cache.set(municipalityId, entry);
    // A failed load is not kept: the next request tries again.
    entry.current.catch(() => cache.delete(municipalityId));
  }
  const loaded = await entry.current;
  if (now.getTime() - loaded.at > freshMs && !entry.refreshing) {
    const refreshing = load(database, municipalityId, now);
    entry.refreshing = refreshing;
    refreshing.then(
      () => {
        entry.current = refreshing;
        entry.refreshing = null;
      },
      () => (entry.refreshing = null),
    );
  }
  return {
    rows: loaded.rows,
    picture: (year, threshold) => {
      const key = `${year}|${threshold}`;
      let picture = loaded.pictures.get(key);
      if (!picture) loaded.pictures.set(key, (picture = buildYearPicture(loaded.rows, year, threshold)));
      return picture;
    },
  };
}
