import { expect, test } from "@playwright/test";
import { freePort } from "../support/postgres";
import { startAppServer, type AppServer } from "./support/app-server";
import { sql } from "./support/database";
import { newWorld, type World } from "./support/world";

// A page render only reads. Every table gets a statement trigger for the length of this spec that
// notes each INSERT, UPDATE and DELETE; then every page the leader, a participant, HR and the
// administrator open is asked for as a browser's first load asks (the document, no script run),
// and nothing may have been written. Two writes are a page's by design and are left out: the audit
// log (reading someone's personal content is recorded) and the session's last activity. The app
// runs on a server of its own without the job loop, whose mail and reminders would write meanwhile.
// The pages are those of an organisation of its own with the demo's rounds in every phase (planning,
// preparation, conversations with plans half written and signed, the wrap-up, a closed round, LUS).

const owner = process.env.TEST_OWNER_DATABASE_URL!;
const allowed = ["AuditEvent", "AuthSession", "_prisma_migrations"];

let app: AppServer;
let world: World;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await newWorld("reads-only", { rounds: true });
  // Its connections carry a name of their own, so writes by the suite's other server (its jobs) are told apart.
  const database = new URL(process.env.DATABASE_URL!);
  database.searchParams.set("application_name", "reads-only-spec");
  app = await startAppServer(await freePort(), { JOBS_INTERVAL_SECONDS: "0", DATABASE_URL: database.toString() });
  await sql(
    `create table if not exists zz_page_writes (at timestamptz default clock_timestamp(), client text, relation text, operation text, query text);
     create or replace function zz_note_write() returns trigger language plpgsql security definer as $$
       begin insert into zz_page_writes (client, relation, operation, query) values (current_setting('application_name'), tg_table_name, tg_op, left(current_query(), 300)); return null; end $$;`,
    [],
    owner,
  );
  const tables = (
    await sql(`select tablename from pg_tables where schemaname = 'public' and tablename <> 'zz_page_writes'`, [], owner)
  ).rows.map((row) => row.tablename as string);
  for (const table of tables.filter((name) => !allowed.includes(name))) {
    await sql(
      `create trigger zz_note_write after insert or update or delete on "${table}" for each statement execute function zz_note_write()`,
      [],
      owner,
    );
  }
});

test.afterAll(async () => {
  // The triggers first: whatever happens to the server, no later spec may run with them.
  try {
    const tables = (
      await sql(`select event_object_table as name from information_schema.triggers where trigger_name = 'zz_note_write'`, [], owner)
    ).rows.map((row) => row.name as string);
    for (const table of new Set(tables)) await sql(`drop trigger zz_note_write on "${table}"`, [], owner);
    await sql(`drop function if exists zz_note_write() cascade; drop table if exists zz_page_writes`, [], owner);
  } finally {
    await app?.stop();
  }
});

test("opening the pages writes nothing but the audit log and the session's last activity", async ({ playwright }) => {
  test.setTimeout(180_000);
  // Every round and participant of the organisation, each page of each.
  const inWorld = `join "Municipality" k on k.id = r."municipalityId" and k.name = $1`;
  const rounds = (await sql(`select r.id, l.email from "Round" r join "Person" l on l.id = r."leaderId" ${inWorld}`, [world.municipality]))
    .rows as { id: string; email: string }[];
  const participants = (
    await sql(
      `select p.id, p."roundId", e.email from "RoundParticipant" p join "Person" e on e.id = p."personId" join "Round" r on r.id = p."roundId" ${inWorld}`,
      [world.municipality],
    )
  ).rows as { id: string; roundId: string; email: string }[];
  const roundPages = [
    "",
    "/opstart",
    "/deltagere",
    "/spoergsmaal",
    "/materiale",
    "/samtaler",
    "/deltagerforberedelse",
    "/grus",
    "/overblik",
    "/opsamling",
    "/opfoelgning",
  ];
  const visits: { who: string; paths: string[] }[] = [];
  for (const leader of new Set(rounds.map((round) => round.email))) {
    const own = rounds.filter((round) => round.email === leader);
    visits.push({
      who: leader,
      paths: [
        "/",
        "/runder",
        ...own.flatMap((round) => [
          ...roundPages.map((page) => `/runder/${round.id}${page}`),
          ...participants
            .filter((participant) => participant.roundId === round.id)
            .flatMap((participant) => [
              `/runder/${round.id}/samtale/${participant.id}`,
              `/runder/${round.id}/deltagerforberedelse/${participant.id}`,
            ]),
        ]),
      ],
    });
  }
  // Two participants of each round: a participant's pages look different in every phase.
  const sample = rounds.flatMap((round) => participants.filter((participant) => participant.roundId === round.id).slice(0, 2));
  for (const participant of sample) {
    visits.push({
      who: participant.email,
      paths: ["/", "/mine-data", `/runder/${participant.roundId}/forberedelse`, `/runder/${participant.roundId}/samtale/${participant.id}`],
    });
  }
  visits.push({ who: world.email("birgitte.dalsgaard"), paths: ["/", "/hr"] });
  visits.push({
    who: world.email("peter.jaeger"),
    paths: ["/", "/admin", "/admin/personer", "/admin/enheder", "/admin/skabeloner", "/admin/log", "/admin/import"],
  });

  const sessions = [];
  for (const visit of visits) {
    const cookie = { ...(await world.sessionCookie(visit.who)), expires: -1, secure: false };
    const request = await playwright.request.newContext({ storageState: { cookies: [cookie], origins: [] } });
    sessions.push({ ...visit, request });
  }
  await sql(`delete from zz_page_writes`, [], owner);

  let pages = 0;
  for (const { who, paths, request } of sessions) {
    for (const path of paths) {
      const response = await request.get(`${app.url}${path}`, { maxRedirects: 0 });
      expect(response.status(), `${who} ${path}`).toBeLessThan(500);
      pages += 1;
    }
    await request.dispose();
  }
  expect(pages).toBeGreaterThan(40);
  // The filter below is by this server's connection name: it must have reached Postgres.
  const named = await sql(`select count(*)::int as n from pg_stat_activity where application_name = 'reads-only-spec'`, [], owner);
  expect(named.rows[0].n).toBeGreaterThan(0);
  const writes = (
    await sql(`select relation, operation, query from zz_page_writes where client = 'reads-only-spec' order by at`, [], owner)
  ).rows;
  expect(writes).toEqual([]);
});
