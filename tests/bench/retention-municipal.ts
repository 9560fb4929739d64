import pg from "pg";
import { startBenchDatabase } from "./support/bench-database";
import { copenhagen, seedMunicipality } from "./support/municipality-seed";

// The retention job over a municipality at a large city's size with ten years of rounds (40,000
// people, 2,500 units; nine closed years with every sheet shared and every plan signed and filed,
// this year's in the conversations, and an audit log of 200,000 rows a year, sealed), run once as
// the daily job would on its first day; with a million mails in the outbox and a session per person a
// year. Measured:
// the run's time and rows per second, and what a user's autosave on this year's round waits
// meanwhile (an UPDATE of a sheet every 20 ms, its latency against the same probe with the job
// idle). The floor: the same deletions as one set-based statement per table in one transaction
// (rolled back), what Postgres alone needs for the work without batches, locks skipped or logging.
// `npm run bench:retention` (its own throwaway Postgres; BENCH_YEARS, default 10).

const years = Number(process.env.BENCH_YEARS ?? 10);
const current = new Date().getUTCFullYear();
const size = { ...copenhagen, years: Array.from({ length: years }, (_, index) => current - years + 1 + index) };

const bench = await startBenchDatabase();
const { createPrismaClient } = await import("../../lib/db-client");
const { runRetention, dueForDeletion } = await import("../../lib/domain/retention/run");

const seconds = (from: number) => (performance.now() - from) / 1000;
const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];

/** Autosaves on this year's sheets every 20 ms until stopped; each one's latency in ms. */
function autosaveProbe(url: string, participantIds: string[]) {
  const client = new pg.Client({ connectionString: url });
  const latencies: number[] = [];
  let running = true;
  const done = (async () => {
    await client.connect();
    for (let index = 0; running; index += 1) {
      const started = performance.now();
      await client.query(
        `update "PreparationSheet" set fields = jsonb_set(fields, '{otherCommon}', to_jsonb($2::text)), "updatedAt" = now() where "participantId" = $1`,
        [participantIds[index % participantIds.length], `Autosave ${index}`],
      );
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await client.end();
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return { count: latencies.length, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), max: Math.max(...latencies) };
    },
  };
}

try {
  let started = performance.now();
  const seeded = await seedMunicipality(bench.url, size);
  const sql = new pg.Client({ connectionString: bench.url });
  await sql.connect();
  // Each closed round closed at the end of its year, its signed plans filed a month later, and the
  // leader's own notes on every participant of the closed years.
  await sql.query(`update "Round" set "closedAt" = make_timestamp(year, 12, 31, 12, 0, 0) where state = 'CLOSED'`);
  await sql.query(
    `update "PlanVersion" v set "filedAt" = r."closedAt" + interval '1 month' from "Plan" pl join "RoundParticipant" p on p.id = pl."participantId"
     join "Round" r on r.id = p."roundId" where v."planId" = pl.id and v."signedAt" is not null and r.state = 'CLOSED'`,
  );
  await sql.query(
    `insert into "LeaderNote" (id, "participantId", "authorId", fields, "updatedAt")
     select gen_random_uuid(), p.id, r."leaderId", '{"note.mestring": "Tryg i rollen, vil gerne mere ansvar."}', now()
     from "RoundParticipant" p join "Round" r on r.id = p."roundId" where r.state = 'CLOSED'`,
  );
  // The audit log: BENCH_AUDIT_PER_YEAR rows a year (default 200,000) spread evenly over the ten
  // years in id order, sealed in ranges of 5,000 as the sealer does (the seals' hashes are not
  // computed here: audit_prune checks the ranges and the rows' age, not the hashes).
  const auditPerYear = Number(process.env.BENCH_AUDIT_PER_YEAR ?? 200_000);
  const auditRows = auditPerYear * years;
  await sql.query(
    `insert into "AuditEvent" (at, action, "resourceKind", "resourceId", purpose)
     select make_timestamp(${current - years + 1}, 1, 1, 0, 0, 0) + (g::float8 / ${auditRows}) * make_interval(years => ${years}),
            'sheet.update', 'sheet', 'sheet-' || g, 'autosave'
     from generate_series(1, ${auditRows}) g`,
  );
  await sql.query(
    `insert into "AuditSeal" ("afterId", "upToId", count, hash)
     select lo - 1, least(lo + 4999, hi), least(lo + 4999, hi) - lo + 1, sha256(lo::text::bytea)
     from (select min(id) as first, max(id) as hi from "AuditEvent") bounds, generate_series(bounds.first, bounds.hi, 5000) lo`,
  );
  // The outbox: BENCH_MAIL mails (default 1,000,000) to the municipality's people over the ten
  // years, one in ten given up on; and one session a person a year, each ended a day later.
  const mails = Number(process.env.BENCH_MAIL ?? 1_000_000);
  await sql.query(
    `with people as (select email, row_number() over (order by id) as n from "Person"), total as (select count(*) as n from people),
     moments as (select g, make_timestamp(${current - years + 1}, 1, 1, 0, 0, 0) + (g::float8 / ${mails}) * make_interval(years => ${years}) as at
                 from generate_series(1, ${mails}) g)
     insert into "OutgoingMail" ("to", subject, text, "createdAt", "nextAttemptAt", "sentAt", "deadAt", attempts)
     select people.email, 'Invitation til MUS', 'Kære kollega, du er inviteret til din samtale.', m.at, m.at,
            case when m.g % 10 = 0 then null else m.at end, case when m.g % 10 = 0 then m.at end, 1
     from moments m join people on people.n = 1 + m.g % (select n from total)`,
  );
  await sql.query(
    `insert into "AuthSession" (id, "personId", provider, "createdAt", "lastSeenAt", "endedAt", "endReason")
     select gen_random_uuid(), person.id, 'email', at, at, at + interval '1 day', 'signOut'
     from "Person" person, generate_series(0, ${years - 1}) y,
       lateral (select make_timestamp(${current - years + 1} + y, 3, 1, 9, 0, 0) as at) moment`,
  );
  await sql.query(`vacuum analyze`);
  const counts = (
    await sql.query(`select (select count(*) from "PreparationSheet")::int as sheets, (select count(*) from "Plan")::int as plans,
    (select count(*) from "PlanVersion")::int as versions, (select count(*) from "LeaderNote")::int as notes, (select count(*) from "Round")::int as rounds,
    (select count(*) from "AuditEvent")::int as "auditRows", (select count(*) from "AuditSeal")::int as seals,
    (select count(*) from "OutgoingMail")::int as mails, (select count(*) from "AuthSession")::int as sessions`)
  ).rows[0];
  console.log(`seeded ${size.people} people, ${years} years in ${seconds(started).toFixed(1)} s:`, counts);

  const database = createPrismaClient(bench.url, 4);
  const due = await dueForDeletion(database, seeded.municipalityId);
  const dueRows = due.reduce((sum, line) => sum + line.count, 0);
  console.log("due:", Object.fromEntries(due.map((line) => [line.kind, line.count])), `(${dueRows} rows)`);

  const probeIds = seeded.employees.slice(0, 500).map((employee) => employee.participantId);
  const idleProbe = autosaveProbe(bench.url, probeIds);
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  const idle = await idleProbe.stop();

  // The floor, on the same rows: one statement per table, one transaction, rolled back.
  const closed = `select p.id from "RoundParticipant" p join "Round" r on r.id = p."roundId" where r.state = 'CLOSED' and r."closedAt" < now() - interval '24 months'`;
  const filed = `select pl.id from "Plan" pl join "PlanVersion" v on v."planId" = pl.id and v."latestSigned" where pl."participantId" in (select p.id from "RoundParticipant" p join "Round" r on r.id = p."roundId" where r.state = 'CLOSED' and r."closedAt" < now() - interval '3 months') and v."filedAt" < now() - interval '3 months'`;
  started = performance.now();
  const closedFor = (months: number) =>
    `select p.id from "RoundParticipant" p join "Round" r on r.id = p."roundId" where r.state = 'CLOSED' and r."closedAt" < now() - interval '${months} months'`;
  const scoresOnly = (column: string) =>
    `(select coalesce(jsonb_object_agg(k, v), '{}'::jsonb) from jsonb_each(s.${column}) e(k, v) where k like 'score.%')`;
  await sql.query("begin");
  await sql.query(
    `update "PreparationSheet" s set fields = ${scoresOnly("fields")}, revisions = ${scoresOnly("revisions")}
     from "RoundParticipant" p join "Round" r on r.id = p."roundId"
     where p.id = s."participantId" and r.state = 'CLOSED' and r."closedAt" < now() - interval '6 months' and r."closedAt" >= now() - interval '24 months'`,
  );
  await sql.query(`update "Plan" set state = '\\x0000'::bytea where "participantId" in (${closedFor(1)})`);
  await sql.query(
    `delete from "LeaderNote" where "participantId" in (select p.id from "RoundParticipant" p join "Round" r on r.id = p."roundId" where r.state = 'CLOSED' and r."closedAt" < now() - interval '6 months')`,
  );
  await sql.query(`delete from "PreparationSheet" where "participantId" in (${closed})`);
  await sql.query(`create temporary table doomed as ${filed}`);
  for (const table of ["PlanApproval", "PlanPdf"])
    await sql.query(`delete from "${table}" where "versionId" in (select id from "PlanVersion" where "planId" in (select id from doomed))`);
  for (const table of ["WrapUpSettlement", "PlanFollowUp", "FollowUpMeeting", "PlanVersion", "PlanUpdate", "Plan"])
    await sql.query(`delete from "${table}" where ${table === "Plan" ? "id" : `"planId"`} in (select id from doomed)`);
  await sql.query(`delete from "OutgoingMail" where "sentAt" < now() - interval '3 months' or "deadAt" < now() - interval '3 months'`);
  await sql.query(`delete from "AuthSession" where coalesce("endedAt", "lastSeenAt") < now() - interval '1 month'`);
  // The audit log's rows older than five years, passing the append-only trigger as a superuser may.
  await sql.query(`set local session_replication_role = replica`);
  await sql.query(`delete from "AuditEvent" where at < timezone('UTC', now()) - interval '60 months'`);
  await sql.query("rollback");
  const floor = seconds(started);

  const busyProbe = autosaveProbe(bench.url, probeIds);
  started = performance.now();
  const outcome = await runRetention(database, seeded.municipalityId, { trigger: "schedule" });
  const runSeconds = seconds(started);
  const busy = await busyProbe.stop();
  if (outcome.status !== "done") throw new Error("the lease was taken");
  const deleted = outcome.counts.reduce((sum, line) => sum + line.count, 0);
  console.log("deleted:", Object.fromEntries(outcome.counts.map((line) => [line.kind, line.count])));
  console.log(`run: ${runSeconds.toFixed(1)} s for ${deleted} rows = ${Math.round(deleted / runSeconds)} rows/s`);
  console.log(`floor (set-based, one transaction, rolled back): ${floor.toFixed(1)} s; run / floor = ${(runSeconds / floor).toFixed(2)}`);
  const show = (probe: typeof idle) =>
    `${probe.count} autosaves, p50 ${probe.p50.toFixed(1)} ms, p99 ${probe.p99.toFixed(1)} ms, longest ${probe.max.toFixed(1)} ms`;
  console.log(`autosave while idle:      ${show(idle)}`);
  console.log(
    `autosave during the run:  ${show(busy)}  (p99 ${(busy.p99 / idle.p99).toFixed(2)}x, longest ${(busy.max / idle.max).toFixed(2)}x idle)`,
  );
  const again = await dueForDeletion(database, seeded.municipalityId);
  console.log(`due after the run: ${again.reduce((sum, line) => sum + line.count, 0)} rows`);
  await sql.end();
  await database.$disconnect();
} finally {
  bench.stop();
}
