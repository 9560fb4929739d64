import "server-only";
import { can, type Actor } from "@/lib/access/policy";
import { AccessDenied } from "@/lib/auth/guard";
import type { Database } from "@/lib/db-client";
import { wrapUpBegun } from "@/lib/domain/rounds/state-machine";
import { municipalityPicture } from "./cache";
import { loadJointActions, loadViewerParticipation, type JointActionRow } from "./data";
import {
  municipalityNode,
  nodeFigures,
  roundYears,
  subtreeOf,
  viewerVisibility,
  type Measure,
  type NodeFigures,
  type YearPicture,
} from "./picture";
import { loadScope, type Scope } from "./scope";
import { buildTree } from "./tree-anonymity";

// One viewer's organisation overview: a level (a unit, or the whole municipality for HR) and a
// year, with the units just below it, the same level's figures in every year, and the wrap-ups'
// joint actions. Access is decided here, once, through the policy; every figure is cut from the
// municipality's picture of that year (picture.ts), so two viewers never see differently
// suppressed versions of the same figures.

export type Level = { id: string; name: string; depth: number; parentId: string | null };
export type OverviewRow = {
  id: string;
  name: string;
  /** The unit's parent this year differs from today's: it has moved since (names, null: at the top). */
  moved: { from: string | null; to: string | null } | null;
  /** Under this level in that year's tree, but outside the viewer's units today: named, never shown. */
  outsideScope: boolean;
  figures: NodeFigures | null;
};
export type HistoryChange = { unit: string; countedThen: boolean; parentThen: string | null; parentNow: string | null };
export type OrganisationOverview = {
  threshold: number;
  years: number[];
  year: number | null;
  /** Every level the viewer may open. */
  levels: Level[];
  /**
   * What the picker offers: the viewer's top levels, the way down to this level, the levels beside it
   * and just below it (a city has thousands of units; the progress table's names lead further down).
   */
  picker: Level[];
  level: Level | null;
  rows: OverviewRow[];
  /** The level in every year; `changes`: units counted under it that year but not today, or the reverse. */
  history: { year: number; figures: NodeFigures; changes: HistoryChange[] }[];
  /** Some figures are hidden for this viewer because their own answers are among them. */
  ownAnswersHidden: boolean;
  jointActions: { roundId: string; title: string; unit: string; actions: JointActionRow[] }[];
};

/** The levels the viewer may pick, today's tree depth first, each unit once. */
function levelsFor(scope: Scope, units: { id: string; name: string; parentId: string | null }[], municipality: string): Level[] {
  const tree = buildTree(units);
  const names = new Map(units.map((unit) => [unit.id, unit.name]));
  const collator = new Intl.Collator("da-DK");
  const inScope = (id: string) => scope.wholeMunicipality || scope.areaUnits.has(id) || scope.coveredUnits.has(id);
  const levels: Level[] = scope.wholeMunicipality ? [{ id: municipalityNode, name: municipality, depth: 0, parentId: null }] : [];
  const visit = (id: string, depth: number, shownParent: string | null) => {
    const shown = id !== municipalityNode && inScope(id);
    if (shown) levels.push({ id, name: names.get(id)!, depth, parentId: shownParent });
    const children = [...tree.children.get(id)!].sort((a, b) => collator.compare(names.get(a)!, names.get(b)!));
    const below = shown ? id : scope.wholeMunicipality ? municipalityNode : shownParent;
    for (const child of children) visit(child, shown || scope.wholeMunicipality ? depth + 1 : depth, below);
  };
  visit(municipalityNode, 0, null);
  return levels;
}

function pickerFor(levels: Level[], level: Level): Level[] {
  const byId = new Map(levels.map((candidate) => [candidate.id, candidate]));
  const way = new Set<string>();
  for (let at: Level | undefined = level; at; at = at.parentId === null ? undefined : byId.get(at.parentId)) way.add(at.id);
  const tops = new Set(
    levels.filter((candidate) => candidate.parentId === null || candidate.parentId === municipalityNode).map((candidate) => candidate.id),
  );
  return levels.filter(
    (candidate) =>
      tops.has(candidate.id) || way.has(candidate.id) || candidate.parentId === level.id || candidate.parentId === level.parentId,
  );
}

export async function loadOrganisationOverview(
  database: Database,
  actor: Actor,
  municipality: { id: string; name: string },
  asked: { unitId?: string; year?: number },
  threshold: number,
  now = new Date(),
  access: "read" | "export" = "read",
): Promise<OrganisationOverview> {
  const [scope, municipalityFigures, participation] = await Promise.all([
    loadScope(database, actor),
    municipalityPicture(database, municipality.id, now),
    loadViewerParticipation(database, municipality.id, actor.id),
  ]);
  const { rows } = municipalityFigures;
  const levels = levelsFor(scope, rows.units, municipality.name);
  const level = asked.unitId === undefined ? levels[0] : levels.find((candidate) => candidate.id === asked.unitId);
  const facts = (id: string) => ({
    wholeMunicipality: id === municipalityNode,
    areaChief: scope.areaUnits.has(id),
    committeeCovers: scope.coveredUnits.has(id),
  });
  // A level the viewer may not see answers exactly like one that does not exist.
  if (!level || !can(actor, access, { kind: "organisationOverview", ...facts(level.id) })) throw new AccessDenied();
  const years = roundYears(rows);
  const empty = {
    threshold,
    years,
    levels,
    picker: pickerFor(levels, level),
    level,
    rows: [],
    history: [],
    ownAnswersHidden: false,
    jointActions: [],
  };
  if (years.length === 0) return { ...empty, year: null };
  const year = asked.year !== undefined && years.includes(asked.year) ? asked.year : years[0];

  const names = new Map(rows.units.map((unit) => [unit.id, unit.name]));
  const inLevels = new Set(levels.map((candidate) => candidate.id));
  const rawProgress = (id: string) => can(actor, "read", { kind: "organisationProgress", areaChief: scope.areaUnits.has(id) });
  let ownAnswersHidden = false;
  const seen = (picture: YearPicture, ids: string[]) => {
    const viewerUnits = new Set(participation.filter((row) => row.year === picture.year).map((row) => row.unitId));
    const visibility = viewerVisibility(picture, threshold, viewerUnits);
    const measures = [...picture.visible.keys()] as Measure[];
    if (ids.some((id) => measures.some((measure) => picture.visible.get(measure)!.has(id) && !visibility.get(measure)!.has(id))))
      ownAnswersHidden = true;
    return visibility;
  };

  const picture = municipalityFigures.picture(year, threshold);
  const childIds = picture.tree.children.get(level.id) ?? [];
  const visibility = seen(picture, [level.id, ...childIds]);
  const moves = new Map(picture.moves.map((move) => [move.unitId, move]));
  const nameOf = (id: string | null) => (id === null ? null : (names.get(id) ?? null));
  const rowOf = (id: string, name: string): OverviewRow => {
    const move = moves.get(id);
    const outsideScope = !inLevels.has(id);
    return {
      id,
      name,
      moved: move ? { from: nameOf(move.from), to: nameOf(move.to) } : null,
      outsideScope,
      figures: outsideScope ? null : nodeFigures(picture, id, visibility, { rawProgress: rawProgress(id) }),
    };
  };
  const collator = new Intl.Collator("da-DK");
  const overviewRows = [
    rowOf(level.id, level.name),
    ...childIds.map((id) => rowOf(id, names.get(id)!)).sort((a, b) => collator.compare(a.name, b.name)),
  ];

  // Year over year the level is matched by its id; the units counted under it may differ from
  // today's when the tree changed, and the page names them rather than hiding the change.
  const today = subtreeOf(buildTree(rows.units), level.id);
  const currentParent = new Map(rows.units.map((unit) => [unit.id, unit.parentId]));
  const history = [...years]
    .sort((a, b) => a - b)
    .map((other) => {
      const otherPicture = municipalityFigures.picture(other, threshold);
      const otherVisibility = other === year ? visibility : seen(otherPicture, [level.id]);
      const then = subtreeOf(otherPicture.tree, level.id);
      const changes = [...new Set([...then, ...today])]
        .filter((id) => id !== municipalityNode && then.has(id) !== today.has(id) && otherPicture.moves.some((move) => move.unitId === id))
        .map((id) => ({
          unit: names.get(id)!,
          countedThen: then.has(id),
          parentThen: nameOf(otherPicture.parentOf.get(id) ?? null),
          parentNow: nameOf(currentParent.get(id) ?? null),
        }))
        .sort((a, b) => collator.compare(a.unit, b.unit));
      return {
        year: other,
        figures: nodeFigures(otherPicture, level.id, otherVisibility, { rawProgress: rawProgress(level.id) }),
        changes,
      };
    });

  // The wrap-ups of the units on the page themselves (not the whole tree below a level: a city's
  // municipality level would list thousands), from the wrap-up on, when they are shared.
  const shownUnits = new Set(overviewRows.filter((row) => !row.outsideScope).map((row) => row.id));
  const wrapUps = picture.rounds.filter((round) => shownUnits.has(round.unitId) && wrapUpBegun(round.state));
  const actions = await loadJointActions(
    database,
    wrapUps.map((round) => round.id),
  );
  const jointActions = wrapUps
    .map((round) => ({
      roundId: round.id,
      title: round.title,
      unit: names.get(round.unitId)!,
      actions: actions.filter((action) => action.roundId === round.id),
    }))
    .filter((round) => round.actions.length > 0)
    .sort((a, b) => collator.compare(a.unit, b.unit) || collator.compare(a.title, b.title));

  return { ...empty, year, rows: overviewRows, history, ownAnswersHidden, jointActions };
}
