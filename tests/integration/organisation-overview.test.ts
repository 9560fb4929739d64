import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/policy";
import { AccessDenied } from "@/lib/auth/guard";
import type { Database } from "@/lib/db-client";
import { loadOrganisationOverview, type OrganisationOverview } from "@/lib/domain/organisation-overview/loaders";
import { mayOpenOrganisationOverview } from "@/lib/domain/organisation-overview/scope";
import { resetDatabase, testDatabase } from "../support/database";

// The organisation's overview against real Postgres, read as someone trying to single a person out
// would: every level each viewer may open, both years, and the differences between them.
//
// Today:  Børn og Unge ─ Skole Nord (8), Skole Syd (7), Lille Børnehave (3)
//         Ældre ─ Plejecenter (12), Hjemmepleje (5, one of them HR's Hanne)
// 2025:   Lille Børnehave (4) was under Ældre; it moved to Børn og Unge before 2026's rounds.

const database = testDatabase();
const k = 5;
let ids: Record<string, string> = {};
let actors: Record<string, Actor> = {};
let municipality = { id: "", name: "Hele Testkommune" };

async function one<Row>(query: Promise<Row[]>): Promise<Row> {
  return (await query)[0];
}

async function person(db: Database, name: string, unitId: string, managerId: string | null) {
  return (
    await one(
      db.$queryRaw<{ id: string }[]>`insert into "Person" (id, "municipalityId", name, email, "unitId", "managerId", "updatedAt")
        values (gen_random_uuid(), ${municipality.id}::uuid, ${name}, ${`${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}@test.example`}, ${unitId}::uuid, ${managerId}::uuid, now()) returning id`,
    )
  ).id;
}

/** A round of `unitId` in `year` with the given participants, each with a shared sheet and a signed plan. */
async function round(
  db: Database,
  unitId: string,
  leaderId: string,
  year: number,
  state: string,
  participants: string[],
  scoreBase: number,
) {
  const { id } = await one(
    db.$queryRaw<
      { id: string }[]
    >`insert into "Round" (id, "municipalityId", "unitId", "leaderId", kind, year, title, state, "templateName", "kickoffDate", "conversationsFrom", "conversationsTo", "wrapUpDate", "followUpDate", "updatedAt", "wrapUpStartedAt")
      values (gen_random_uuid(), ${municipality.id}::uuid, ${unitId}::uuid, ${leaderId}::uuid, 'MUS', ${year}, ${`MUS ${year}`}, ${state}::"RoundState", 'Test',
        ${`${year}-01-10`}::date, ${`${year}-02-01`}::date, ${`${year}-03-31`}::date, ${`${year}-04-20`}::date, ${`${year}-10-01`}::date, now(),
        -- The wrap-up began after the sheets and plans below were written, as in a real round.
        case when ${state} in ('WRAP_UP', 'FOLLOW_UP', 'CLOSED') then now() + interval '1 day' end) returning id`,
  );
  const group = await one(
    db.$queryRaw<
      { id: string }[]
    >`insert into "RoundGroup" (id, "roundId", position, name) values (gen_random_uuid(), ${id}::uuid, 0, 'Alle') returning id`,
  );
  for (const [index, personId] of participants.entries()) {
    const participant = await one(
      db.$queryRaw<
        { id: string }[]
      >`insert into "RoundParticipant" (id, "roundId", "personId", "groupId") values (gen_random_uuid(), ${id}::uuid, ${personId}::uuid, ${group.id}::uuid) returning id`,
    );
    const score = 1 + ((scoreBase + index) % 10);
    await db.$executeRaw`insert into "PreparationSheet" (id, "participantId", state, fields, "submittedAt", "updatedAt")
      values (gen_random_uuid(), ${participant.id}::uuid, 'SUBMITTED', ${JSON.stringify({ "score.mestring": score, "score.mening": score, "score.samhoerighed": score, "score.autonomi": score })}::jsonb, now(), now())`;
    const plan = await one(
      db.$queryRaw<
        { id: string }[]
      >`insert into "Plan" (id, "participantId", state, "updatedAt") values (gen_random_uuid(), ${participant.id}::uuid, '\\x00'::bytea, now()) returning id`,
    );
    const content = {
      motivated: index % 2 === 0 ? "yes" : "no",
      actions: [{ what: "Kursus i konfliktløsning", theme: "Faglighed i opgaveløsningen", form: "education" }],
    };
    await db.$executeRaw`insert into "PlanVersion" (id, "planId", number, content, "contentHash", "signedAt")
      values (gen_random_uuid(), ${plan.id}::uuid, 1, ${JSON.stringify(content)}::jsonb, 'x', now())`;
  }
  return id;
}

async function unit(db: Database, name: string, parentId: string | null) {
  return (
    await one(
      db.$queryRaw<{ id: string }[]>`insert into "Unit" (id, "municipalityId", "parentId", kind, name, "updatedAt")
        values (gen_random_uuid(), ${municipality.id}::uuid, ${parentId}::uuid, ${parentId ? "UNIT" : "AREA"}::"UnitKind", ${name}, now()) returning id`,
    )
  ).id;
}

async function staff(db: Database, prefix: string, unitId: string, leaderId: string, n: number) {
  const people: string[] = [];
  for (let index = 0; index < n; index += 1) people.push(await person(db, `${prefix} ${index + 1}`, unitId, leaderId));
  return people;
}

beforeEach(async () => {
  await resetDatabase();
  const db = database;
  municipality = {
    id: (
      await one(
        db.$queryRaw<{ id: string }[]>`insert into "Municipality" (id, name) values (gen_random_uuid(), 'Testkommune') returning id`,
      )
    ).id,
    name: "Hele Testkommune",
  };
  const children = await unit(db, "Børn og Unge", null);
  const elderly = await unit(db, "Ældre", null);
  const north = await unit(db, "Skole Nord", children);
  const south = await unit(db, "Skole Syd", children);
  const small = await unit(db, "Lille Børnehave", elderly);
  const home = await unit(db, "Plejecenter", elderly);
  const care = await unit(db, "Hjemmepleje", elderly);
  const director = await person(db, "Direktør", children, null);
  const chief = await person(db, "Anne Områdechef", children, director);
  const elderlyChief = await person(db, "Erik Områdechef", elderly, director);
  const leaders: Record<string, string> = {};
  for (const [key, unitId, chiefId] of [
    ["north", north, chief],
    ["south", south, chief],
    ["small", small, elderlyChief],
    ["home", home, elderlyChief],
    ["care", care, elderlyChief],
  ] as const)
    leaders[key] = await person(db, `Leder ${key}`, unitId, chiefId);
  const hr = await person(db, "Hanne HR", care, leaders.care);
  await db.$executeRaw`insert into "RoleAssignment" (id, "personId", role) values (gen_random_uuid(), ${hr}::uuid, 'HR')`;
  const member = await person(db, "Mads MED", home, leaders.home);
  await db.$executeRaw`insert into "RoleAssignment" (id, "personId", role) values (gen_random_uuid(), ${member}::uuid, 'COMMITTEE_MEMBER')`;
  const committee = await one(
    db.$queryRaw<
      { id: string }[]
    >`insert into "MedCommittee" (id, "municipalityId", name, "updatedAt") values (gen_random_uuid(), ${municipality.id}::uuid, 'MED Ældre', now()) returning id`,
  );
  await db.$executeRaw`insert into "MedCommitteeUnit" ("committeeId", "unitId") values (${committee.id}::uuid, ${elderly}::uuid)`;
  await db.$executeRaw`insert into "MedCommitteeMember" ("committeeId", "personId") values (${committee.id}::uuid, ${member}::uuid)`;
  const employee = await person(db, "Eva Ansat", north, leaders.north);

  const northStaff = [employee, ...(await staff(db, "Nord", north, leaders.north, 7))];
  const southStaff = await staff(db, "Syd", south, leaders.south, 7);
  const smallStaff = await staff(db, "Lille", small, leaders.small, 4);
  const homeStaff = [member, ...(await staff(db, "Pleje", home, leaders.home, 11))];
  const careStaff = [hr, ...(await staff(db, "Hjemme", care, leaders.care, 4))];

  // 2025, with the small kindergarten still under Ældre (the trigger records its parent then).
  await round(db, north, leaders.north, 2025, "CLOSED", northStaff.slice(0, 6), 2);
  await round(db, south, leaders.south, 2025, "CLOSED", southStaff.slice(0, 6), 4);
  await round(db, small, leaders.small, 2025, "CLOSED", smallStaff, 6);
  await round(db, home, leaders.home, 2025, "CLOSED", homeStaff, 1);
  await round(db, care, leaders.care, 2025, "CLOSED", careStaff, 3);
  // The reorganisation, then 2026's rounds.
  await db.$executeRaw`update "Unit" set "parentId" = ${children}::uuid where id = ${small}::uuid`;
  await round(db, north, leaders.north, 2026, "WRAP_UP", northStaff, 5);
  await round(db, south, leaders.south, 2026, "WRAP_UP", southStaff, 7);
  await round(db, small, leaders.small, 2026, "WRAP_UP", smallStaff.slice(0, 3), 1);
  await round(db, home, leaders.home, 2026, "FOLLOW_UP", homeStaff, 8);
  const careRound = await round(db, care, leaders.care, 2026, "WRAP_UP", careStaff, 2);
  await db.$executeRaw`insert into "JointAction" (id, "roundId", position, what, "dueDate", who, "followUpHow", status, "updatedAt")
    values (gen_random_uuid(), ${careRound}::uuid, 0, 'Fælles kursus i forflytning', '2026-09-01', 'Leder care', 'På personalemødet', 'OPEN', now())`;

  ids = { children, elderly, north, south, small, home, care };
  const actor = (id: string, roles: Actor["roles"] = []): Actor => ({ id, active: true, roles });
  actors = {
    hr: actor(hr, ["HR"]),
    chief: actor(chief),
    member: actor(member, ["COMMITTEE_MEMBER"]),
    employee: actor(employee),
    director: actor(director),
  };
});

const load = (who: string, unitId?: string, year?: number) =>
  loadOrganisationOverview(database, actors[who], municipality, { unitId, year }, k);

/** Every level a viewer can open, in a year. */
async function everyPage(who: string, year: number): Promise<OrganisationOverview[]> {
  const first = await load(who, undefined, year);
  return Promise.all(first.levels.map((level) => load(who, level.id, year)));
}

/** Dimension n's per node id, as shown on the pages (null: hidden). */
function shownCounts(pages: OrganisationOverview[]) {
  const shown = new Map<string, number>();
  for (const page of pages)
    for (const row of page.rows) {
      const figure = row.figures?.dimensions[0].figure;
      if (figure) {
        if (shown.has(row.id)) expect(shown.get(row.id), `the same figure on every page (${row.name})`).toBe(figure.n);
        shown.set(row.id, figure.n);
      }
    }
  return shown;
}

describe("the organisation's overview", () => {
  it("folds a unit too small into its area and hides a sibling, so the area minus the shown units never isolates it", async () => {
    const page = await load("chief", ids.children, 2026);
    const byName = new Map(page.rows.map((row) => [row.name, row]));
    expect(page.rows[0].figures!.dimensions[0].figure!.n).toBe(18);
    expect(byName.get("Lille Børnehave")!.figures!.dimensions[0].figure).toBeNull();
    // 18 − 8 (Nord) − 7 (Syd) would be the kindergarten's 3: Syd is hidden too.
    expect(byName.get("Skole Syd")!.figures!.dimensions[0].figure).toBeNull();
    expect(byName.get("Skole Nord")!.figures!.dimensions[0].figure!.n).toBe(8);
    expect(byName.get("Lille Børnehave")!.figures!.plans).toBeNull();
    // Progress counts are not answers: the chief sees them for the small unit, as its leader's leader.
    expect(byName.get("Lille Børnehave")!.figures!.progress!.participants).toBe(3);
  });

  it("lets no viewer isolate fewer than the threshold by differencing levels, in either year", async () => {
    for (const year of [2025, 2026])
      for (const who of ["hr", "chief", "member"]) {
        const pages = await everyPage(who, year);
        const shown = shownCounts(pages);
        // A shown level minus its shown units: for every level, nothing or at least k.
        for (const page of pages) {
          const [level, ...below] = page.rows;
          if (!level.figures?.dimensions[0].figure) continue;
          const rest = below.reduce((sum, row) => sum - (shown.get(row.id) ?? 0), level.figures.dimensions[0].figure.n);
          expect(rest === 0 || rest >= k, `${who} ${year} ${level.name}: ${rest}`).toBe(true);
        }
      }
  });

  it("places a year's rounds in that year's tree and says which unit moved", async () => {
    const earlier = await load("hr", ids.elderly, 2025);
    const kindergarten = earlier.rows.find((row) => row.name === "Lille Børnehave")!;
    expect(kindergarten.moved).toEqual({ from: "Ældre", to: "Børn og Unge" });
    // Ældre in 2025: 12 + 5 + 4 people, the kindergarten's 4 folded in and hidden alone.
    expect(earlier.rows[0].figures!.dimensions[0].figure!.n).toBe(21);
    expect(kindergarten.figures!.dimensions[0].figure).toBeNull();
    const later = await load("hr", ids.children, 2026);
    expect(later.rows.find((row) => row.name === "Lille Børnehave")!.moved).toBeNull();
    // Year over year for the same unit, matched by its id across the move.
    const history = (await load("chief", ids.small, 2026)).history.map((entry) => [entry.year, entry.figures.progress?.participants]);
    expect(history).toEqual([
      [2025, 4],
      [2026, 3],
    ]);
    // Year over year at the area's level: the kindergarten counted elsewhere in 2025, and the page says so.
    const area = await load("chief", ids.children, 2026);
    expect(area.history.map((entry) => [entry.year, entry.figures.progress?.participants, entry.changes])).toEqual([
      [2025, 12, [{ unit: "Lille Børnehave", countedThen: false, parentThen: "Ældre", parentNow: "Børn og Unge" }]],
      [2026, 18, []],
    ]);
    const elderly = await load("hr", ids.elderly, 2026);
    expect(elderly.history[0].changes).toEqual([
      { unit: "Lille Børnehave", countedThen: true, parentThen: "Ældre", parentNow: "Børn og Unge" },
    ]);
  });

  it("hides from an HR person who took part the figures their own answer could be subtracted from", async () => {
    const hr = await load("hr", ids.elderly, 2026);
    const member = await load("member", ids.elderly, 2026);
    const care = (page: OrganisationOverview) => page.rows.find((row) => row.name === "Hjemmepleje")!.figures!.dimensions[0].figure;
    expect(care(member)?.n).toBe(5);
    expect(care(hr)).toBeNull();
    expect(hr.ownAnswersHidden).toBe(true);
    expect(member.ownAnswersHidden).toBe(false);
  });

  it("shows each viewer only their own levels and refuses the rest as if they did not exist", async () => {
    expect((await load("hr")).levels.map((level) => level.name)).toEqual([
      "Hele Testkommune",
      "Børn og Unge",
      "Lille Børnehave",
      "Skole Nord",
      "Skole Syd",
      "Ældre",
      "Hjemmepleje",
      "Plejecenter",
    ]);
    expect((await load("chief")).levels.map((level) => level.name)).toEqual(["Børn og Unge", "Lille Børnehave", "Skole Nord", "Skole Syd"]);
    expect((await load("member")).levels.map((level) => level.name)).toEqual(["Ældre", "Hjemmepleje", "Plejecenter"]);
    await expect(load("chief", ids.elderly)).rejects.toBeInstanceOf(AccessDenied);
    await expect(load("chief", "")).rejects.toBeInstanceOf(AccessDenied);
    await expect(load("member", "")).rejects.toBeInstanceOf(AccessDenied);
    await expect(load("employee")).rejects.toBeInstanceOf(AccessDenied);
    expect(await mayOpenOrganisationOverview(database, actors.employee)).toBe(false);
    for (const who of ["hr", "chief", "member", "director"])
      expect(await mayOpenOrganisationOverview(database, actors[who]), who).toBe(true);
  });

  it("lists the wrap-ups' joint actions with their state, never who", async () => {
    const page = await load("member", ids.elderly, 2026);
    expect(page.jointActions.map((round) => [round.unit, round.actions.map((action) => [action.what, action.status])])).toEqual([
      ["Hjemmepleje", [["Fælles kursus i forflytning", "OPEN"]]],
    ]);
    expect(JSON.stringify(page.jointActions)).not.toContain("Leder care");
  });
});

describe("the organisation's exports", () => {
  it("writes the CSV as Danish Excel reads it, with hidden figures said in words", async () => {
    const { organisationCsv } = await import("@/lib/domain/organisation-overview/exports");
    const csv = organisationCsv(await load("chief", ids.children, 2026));
    expect(csv.startsWith("\uFEFFÅr;Niveau;Enhed;")).toBe(true);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 4);
    const syd = lines.find((line) => line.includes(";Skole Syd;"))!.split(";");
    expect(syd.slice(11, 13)).toEqual(["vises ikke", "vises ikke"]);
    const total = lines[1].split(";");
    expect(total[2]).toBe("Børn og Unge");
    expect(total[12]).toBe("18");
    expect(total[11]).toMatch(/^\d+,\d$/);
  });

  it("renders the PDF report with the same figures, and nothing the page hides", async () => {
    const { reportData } = await import("@/lib/domain/organisation-overview/exports");
    const { renderOrganisationReport } = await import("@/lib/pdf/organisation-report");
    const data = reportData(await load("member", ids.elderly, 2025), "Hele Testkommune", new Date("2026-11-30T12:00:00Z"));
    const pdf = await renderOrganisationReport(data);
    const { writeFileSync } = await import("node:fs");
    const { execFileSync } = await import("node:child_process");
    writeFileSync("/tmp/orgview-report.pdf", pdf);
    const text = execFileSync("pdftotext", ["/tmp/orgview-report.pdf", "-"]).toString().replace(/\s+/g, " ");
    expect(text).toContain("Organisationens overblik");
    expect(text).toContain("Ældre · 2025");
    expect(text).toContain("Lille Børnehave er flyttet fra Ældre til Børn og Unge");
    expect(text).toContain("Udskrevet 30. november 2026");
    expect(text).toMatch(/Side 1 af \d/);
    // Plejecenter is shown; Hjemmepleje (5) is hidden that year, as on the page, so Ældre minus Plejecenter is 9.
    expect(text).toContain("5,0 (12)");
    expect(text).toContain(
      "Hjemmepleje Vises ikke (for få til at bevare anonymiteten, eller ikke alle årets runder er nået til den fælles opsamling)",
    );
  });
});

describe("the overview's sums in SQL", () => {
  it("read every stored plan shape as readPlanContent does (motivation, theme, form)", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const { readPlanContent } = await import("@/lib/domain/plans/stored/read-content");
    const { loadOrganisationRows } = await import("@/lib/domain/organisation-overview/data");
    const folder = "tests/fixtures/stored-documents";
    const stored = readdirSync(folder)
      .filter((file) => file.startsWith("plan-content-"))
      .map((file) => JSON.parse(readFileSync(`${folder}/${file}`, "utf8")).stored as unknown);
    expect(stored.length).toBeGreaterThanOrEqual(4);
    const archive = await unit(database, "Arkiv", null);
    const leader = await person(database, "Arkivleder", archive, null);
    const people = await staff(database, "Arkiv", archive, leader, stored.length);
    const roundId = await round(database, archive, leader, 2024, "CLOSED", people, 1);
    // Replace each participant's signed content with one stored shape.
    const versions = await database.$queryRaw<{ id: string }[]>`
      select v.id from "PlanVersion" v join "Plan" pl on pl.id = v."planId" join "RoundParticipant" p on p.id = pl."participantId"
      where p."roundId" = ${roundId}::uuid order by v.id`;
    for (const [index, version] of versions.entries())
      await database.$executeRaw`update "PlanVersion" set content = ${JSON.stringify(stored[index])}::jsonb where id = ${version.id}::uuid`;

    const rows = await loadOrganisationRows(database, municipality.id);
    const mine = <Row extends { unitId: string; year: number }>(list: Row[]) =>
      list.filter((row) => row.unitId === archive && row.year === 2024);
    const read = stored.map(readPlanContent);
    const motivation = new Map<string, number>();
    for (const plan of read) motivation.set(plan.motivated, (motivation.get(plan.motivated) ?? 0) + 1);
    expect(new Map(mine(rows.motivation).map((row) => [row.motivated, row.plans]))).toEqual(motivation);
    const actions = new Map<string, number>();
    for (const action of read.flatMap((plan) => plan.actions).filter((action) => action.what.trim() !== "")) {
      const key = `${action.theme}|${action.form}`;
      actions.set(key, (actions.get(key) ?? 0) + 1);
    }
    expect(new Map(mine(rows.actions).map((row) => [`${row.theme}|${row.form}`, row.actions]))).toEqual(actions);
  });
});

describe("the figures over the year", () => {
  const mestring = async (year: number) => {
    const { loadOrganisationRows } = await import("@/lib/domain/organisation-overview/data");
    const { buildYearPicture } = await import("@/lib/domain/organisation-overview/picture");
    const picture = buildYearPicture(await loadOrganisationRows(database, municipality.id), year, k);
    const shown = picture.visible.get("mestring")!;
    const n = (id: string) =>
      shown.has(id)
        ? picture.sums
            .get(id)!
            .scores.get("mestring")!
            .reduce((sum, count) => sum + count, 0)
        : null;
    return { n, motivatedYes: (id: string) => (picture.visible.get("plans")!.has(id) ? picture.sums.get(id)!.motivated.yes : null) };
  };
  const leader = async (name: string) => (await database.person.findFirstOrThrow({ where: { name } })).id;

  it("keeps an area's figures back while one of its rounds has not reached the wrap-up", async () => {
    expect((await mestring(2026)).n(ids.children)).toBe(18);
    await round(database, ids.north, await leader("Leder north"), 2026, "CONVERSATIONS", [], 1);
    const waiting = await mestring(2026);
    expect(waiting.n(ids.children)).toBeNull();
    expect(waiting.n(ids.north)).toBeNull();
    // Another area's figures do not wait for it.
    expect(waiting.n(ids.elderly)).toBe(17);
  });

  it("counts a round created after its area was released in none of the year's figures, and freezes each plan at the wrap-up", async () => {
    const before = await mestring(2026);
    expect(before.n(ids.children)).toBe(18);
    // One more person in Skole Nord, in a round of their own begun after the area's figures were out.
    const newcomer = await person(database, "Nina Nyansat", ids.north, await leader("Leder north"));
    const newRound = await round(database, ids.north, await leader("Leder north"), 2026, "WRAP_UP", [newcomer], 3);
    // Created two days on, when the year's other rounds (in their wrap-up from tomorrow) had long been released.
    await database.$executeRaw`update "Round" set "createdAt" = now() + interval '2 days' where id = ${newRound}::uuid`;
    // A plan signed again at the follow-up, with its motivation changed.
    const [version] = await database.$queryRaw<{ planId: string; content: unknown }[]>`
      select v."planId", v.content from "PlanVersion" v join "Plan" p on p.id = v."planId" join "RoundParticipant" rp on rp.id = p."participantId"
      join "Round" r on r.id = rp."roundId" where r."unitId" = ${ids.north}::uuid and r.year = 2026 and v.content ->> 'motivated' = 'yes' limit 1`;
    await database.$executeRaw`insert into "PlanVersion" (id, "planId", number, content, "contentHash", "signedAt")
      values (gen_random_uuid(), ${version.planId}::uuid, 2, ${JSON.stringify({ ...(version.content as object), motivated: "no" })}::jsonb, 'y', now() + interval '3 days')`;
    const after = await mestring(2026);
    expect(after.n(ids.children)).toBe(18);
    expect(after.n(ids.north)).toBe(before.n(ids.north));
    expect(after.motivatedYes(ids.children)).toBe(before.motivatedYes(ids.children));
  });
});

describe("the municipality's figures shared for a minute", () => {
  it("loads once, answers from the last load while a fresh one runs, then serves the fresh one", async () => {
    const { municipalityPicture } = await import("@/lib/domain/organisation-overview/cache");
    const start = new Date("2026-11-30T12:00:00Z");
    const first = await municipalityPicture(database, municipality.id, start);
    const count = (rows: typeof first.rows) => rows.rounds.filter((row) => row.year === 2026).length;
    expect(count(first.rows)).toBe(5);
    await round(
      database,
      ids.north,
      (await database.person.findFirstOrThrow({ where: { name: "Leder north" } })).id,
      2026,
      "WRAP_UP",
      [],
      1,
    );
    expect(count((await municipalityPicture(database, municipality.id, new Date(start.getTime() + 30_000))).rows)).toBe(5);
    // Past the minute: this request still gets the last load, and starts a fresh one.
    expect(count((await municipalityPicture(database, municipality.id, new Date(start.getTime() + 61_000))).rows)).toBe(5);
    await expect
      .poll(async () => count((await municipalityPicture(database, municipality.id, new Date(start.getTime() + 62_000))).rows))
      .toBe(6);
  });
});

describe("the level picker", () => {
  it("offers the top levels, the way down, the levels beside and just below: not every unit of a city", async () => {
    const names = (page: OrganisationOverview) => page.picker.map((level) => level.name);
    expect(names(await load("hr"))).toEqual(["Hele Testkommune", "Børn og Unge", "Ældre"]);
    expect(names(await load("hr", ids.north))).toEqual([
      "Hele Testkommune",
      "Børn og Unge",
      "Lille Børnehave",
      "Skole Nord",
      "Skole Syd",
      "Ældre",
    ]);
  });
});
