import pg from "pg";
import { sealingStalledAfterSeconds, verifyAuditLog, type SealCheck, type SealProblem } from "../audit/verify";
import { CliError } from "../cli-error";
import { withDatabaseTarget } from "./database-target";
import { runCli } from "./run";

// `npm run audit:verify`: recomputes the audit log's hash chain and says, seal by seal, whether it
// holds. A broken seal names the ids between which rows were removed, changed or inserted late,
// and the command exits 1. It also says how old the oldest unsealed row is, and warns when sealing
// has stopped. On the embedded database, stop `npm start` first (one process opens it).

const explanation: Record<SealProblem, (check: SealCheck) => string> = {
  "rows-removed": (check) =>
    `${check.sealedCount - check.foundCount} row(s) removed (${check.foundCount} found, ${check.sealedCount} sealed)`,
  "rows-added": (check) =>
    `${check.foundCount - check.sealedCount} row(s) inserted after sealing (${check.foundCount} found, ${check.sealedCount} sealed)`,
  "rows-changed": (check) => `row(s) changed, or as many removed as inserted late (${check.foundCount} found, as sealed)`,
  "seal-missing": (check) => `the seal before it is missing: it continues from id ${check.afterId}, which no remaining seal ends at`,
};

function describe(check: SealCheck): string {
  const range = `ids ${BigInt(check.afterId) + 1n}–${check.upToId}`;
  if (check.problem === null && check.pruned)
    return `  deleted seal ${check.sealId} (${range}, ${check.sealedCount} rows, sealed ${check.sealedAt}): past its retention period`;
  if (check.problem === null) return `  ok      seal ${check.sealId} (${range}, ${check.sealedCount} rows, sealed ${check.sealedAt})`;
  return `  BROKEN  seal ${check.sealId} (${range}, sealed ${check.sealedAt}): ${explanation[check.problem](check)}`;
}

runCli(async () => {
  await withDatabaseTarget(async ({ url }) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("begin isolation level repeatable read read only");
      const report = await verifyAuditLog(
        async <Row>(text: string, values: unknown[] = []) => (await client.query(text, values)).rows as Row[],
      ).catch((error: unknown) => {
        if ((error as { code?: string }).code === "42P01")
          throw new CliError("This database has no audit seals table yet. Apply the migrations first: npm run db:migrate");
        throw error;
      });
      await client.query("commit");

      for (const check of report.seals) console.log(describe(check));
      const broken = report.seals.filter((check) => check.problem !== null);
      console.log(
        `${report.rows} audit rows, ${report.seals.length} seals, ${report.unsealedRows} row(s) after the last seal not sealed yet.`,
      );
      if (report.oldestUnsealedSeconds !== null) {
        console.log(`The oldest row not sealed yet was written ${report.oldestUnsealedSeconds} s ago.`);
        // A warning, not a failure: nothing that is sealed is wrong, but new rows are left uncovered.
        if (report.oldestUnsealedSeconds > sealingStalledAfterSeconds) {
          console.log(
            `WARNING  sealing has stopped: rows older than ${sealingStalledAfterSeconds} s are not sealed. Check that the background jobs run (JOBS_INTERVAL_SECONDS) and that no transaction stays open for long.`,
          );
        }
      }
      if (report.headHash) console.log(`Latest seal hash: ${report.headHash} (keep it elsewhere to detect a rewritten chain later).`);
      if (broken.length > 0) {
        throw new CliError(
          `The audit log does not match ${broken.length} of its ${report.seals.length} seals; see the BROKEN lines above.`,
        );
      }
      console.log(report.seals.length === 0 ? "No seals yet: nothing to verify." : "Every seal holds.");
    } finally {
      await client.end();
    }
  });
});
