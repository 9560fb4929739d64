import { da } from "@/lib/i18n/da";
import { formatDateTime } from "@/lib/i18n/format";

type ReportEvent = { at: Date; action: string; purpose: string | null; actor: { id: string; name: string; email: string | null } | null };

/**
 * One CSV cell. A value a spreadsheet would read as a formula (a person's name can start with
 * "=", "+", "-" or "@", or with a tab or carriage return before one) is prefixed with an
 * apostrophe, so opening the report runs nothing; quotes, separators and line breaks are quoted.
 */
export function csvCell(raw: string): string {
  const value = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[";\n\r\t]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function describeAction(action: string): string {
  return (da.audit.actions as Record<string, string>)[action] ?? action;
}

export function describePurpose(purpose: string | null): string {
  return purpose ? ((da.audit.purposes as Record<string, string>)[purpose] ?? purpose) : "";
}

/** Semicolon-separated with a byte-order mark, so Danish Excel opens it with æ, ø and å intact. */
export function accessReportCsv(events: ReportEvent[], subjectId: string): string {
  const t = da.audit.myData;
  const lines = events.map((event) =>
    [
      formatDateTime(event.at),
      event.actor ? (event.actor.id === subjectId ? t.you : event.actor.name) : da.admin.log.system,
      event.actor?.email ?? "",
      describeAction(event.action),
      describePurpose(event.purpose),
    ]
      .map(csvCell)
      .join(";"),
  );
  return `\uFEFF${[t.csvHeader.join(";"), ...lines].join("\r\n")}\r\n`;
}
