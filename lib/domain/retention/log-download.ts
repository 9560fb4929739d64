import "server-only";
import type { SessionActor } from "@/lib/auth/current";
import { authorize } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { csvCell } from "@/lib/domain/audit/access-report-csv";
import type { Download } from "@/lib/http/download";
import { da } from "@/lib/i18n/da";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { loadDeletionLog, type DeletionLogRun } from "./data";

/** Who started a run, as the log shows it. An erasure on request is always an administrator's. */
export function describeTrigger(run: Pick<DeletionLogRun, "trigger" | "actorName">): string {
  const t = da.retention.log;
  if (run.trigger === "erasure") return da.erasure.logTrigger(run.actorName ?? "");
  return run.trigger === "manual" && run.actorName ? t.manual(run.actorName) : t.schedule;
}

type LogLine = DeletionLogRun["counts"][number];

/** The rule a line was deleted under: a period and its cutoff, or the request (an erasure has no period). */
export function describeRule(run: Pick<DeletionLogRun, "trigger">, line: LogLine): string {
  return run.trigger === "erasure" ? da.erasure.logRule : da.retention.log.rule(line.months, formatDate(line.cutoff));
}

/** The deletion log as CSV (semicolons, byte-order mark: Danish Excel), one line per run and kind. */
export function deletionLogCsv(runs: DeletionLogRun[]): string {
  const t = da.retention.log.columns;
  const lines = runs.flatMap((run) =>
    run.counts.map((line) =>
      [
        formatDateTime(run.startedAt),
        describeTrigger(run),
        da.retention.kinds[line.kind].name,
        String(line.count),
        run.trigger === "erasure" ? da.erasure.logRule : da.retention.log.period(line.months),
        formatDate(line.cutoff),
      ]
        .map(csvCell)
        .join(";"),
    ),
  );
  return `\uFEFF${[[t.at, t.trigger, t.kind, t.count, t.rule, t.before].join(";"), ...lines].join("\r\n")}\r\n`;
}

export async function deletionLogDownload(actor: SessionActor): Promise<Download> {
  authorize(actor, "read", { kind: "organisation" });
  const runs = await loadDeletionLog(db(), actor.municipalityId, 10_000);
  return { fileName: "slettelog.csv", contentType: "text/csv; charset=utf-8", body: deletionLogCsv(runs) };
}
