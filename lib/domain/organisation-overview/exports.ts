import "server-only";
import type { SessionActor } from "@/lib/auth/current";
import { db } from "@/lib/db";
import { csvCell } from "@/lib/domain/audit/access-report-csv";
import { loadMunicipalityName } from "@/lib/domain/organisation/municipality";
import { env } from "@/lib/env";
import type { Download } from "@/lib/http/download";
import { da } from "@/lib/i18n/da";
import { formatDate, formatDecimal, formatNumber } from "@/lib/i18n/format";
import { renderOrganisationReport, type OrganisationReportData } from "@/lib/pdf/organisation-report";
import { loadOrganisationOverview, type OrganisationOverview, type OverviewRow } from "./loaders";

// The organisation's figures for the MED committee's meeting: a CSV for a spreadsheet and a PDF
// report to print. Both are cut from the same overview the page shows (loaders.ts decides access,
// asked with "export", and anonymity), so a download never holds a figure the page hides.

const t = da.organisationOverview;
const progressKeys = ["rounds", "participants", "sheetsShared", "conversationsHeld", "plansSigned", "plansFiled", "followedUp"] as const;
const motivationKeys = ["yes", "no", "unclear", "unanswered"] as const;

async function exportedOverview(actor: SessionActor, municipalityId: string, asked: { unitId?: string; year?: number }) {
  const name = t.municipality((await loadMunicipalityName()) ?? "");
  const overview = await loadOrganisationOverview(
    db(),
    actor,
    { id: municipalityId, name },
    asked,
    env().OVERVIEW_MIN_PEOPLE,
    new Date(),
    "export",
  );
  return { overview, municipality: name };
}

const noteOf = (row: OverviewRow) => (row.outsideScope ? t.outsideScope : row.moved ? t.movedShort(row.moved.from, row.moved.to) : null);

/** Semicolon-separated with a byte-order mark and decimal commas, as Danish Excel reads it (like the other exports). */
export function organisationCsv(overview: OrganisationOverview): string {
  const hidden = t.csv.hidden;
  const lines = overview.rows.map((row, index) => {
    const figures = row.figures;
    const progress = figures?.progress ? progressKeys.map((key) => String(figures.progress![key])) : progressKeys.map(() => hidden);
    const dimensions = (figures?.dimensions ?? [null, null, null, null]).flatMap((dimension) =>
      dimension?.figure ? [formatDecimal(dimension.figure.mean), String(dimension.figure.n)] : [hidden, hidden],
    );
    const motivation = figures?.plans
      ? motivationKeys.map((key) => String(figures.plans!.motivated[key]))
      : motivationKeys.map(() => hidden);
    return [
      String(overview.year),
      index === 0 ? t.csv.level : t.csv.child,
      row.name,
      noteOf(row) ?? "",
      ...progress,
      ...dimensions,
      ...motivation,
    ]
      .map(csvCell)
      .join(";");
  });
  return `\uFEFF${[t.csv.headings.map(csvCell).join(";"), ...lines].join("\r\n")}\r\n`;
}

export async function organisationCsvDownload(
  actor: SessionActor,
  municipalityId: string,
  asked: { unitId?: string; year?: number },
): Promise<Download> {
  const { overview } = await exportedOverview(actor, municipalityId, asked);
  return {
    fileName: `${t.pdf.title} ${overview.level?.name ?? ""} ${overview.year ?? ""}.csv`,
    contentType: "text/csv; charset=utf-8",
    body: organisationCsv(overview),
  };
}

/** The report's data: strings and numbers only, as the pure renderer takes them. */
export function reportData(overview: OrganisationOverview, municipality: string, made: Date): OrganisationReportData {
  const top = overview.rows[0]?.figures ?? null;
  const dimensionNames = top?.dimensions.map((dimension) => dimension.name) ?? [];
  const notes = [
    ...(overview.ownAnswersHidden ? [t.ownAnswers] : []),
    ...overview.rows.filter((row) => row.moved).map((row) => t.moved(row.name, row.moved!.from, row.moved!.to)),
    ...overview.history.flatMap((entry) => entry.changes.map((change) => t.historyChange({ ...change, year: entry.year }))),
  ];
  return {
    municipality,
    level: overview.level?.name ?? "",
    year: overview.year ?? 0,
    made: formatDate(made),
    threshold: t.threshold(overview.threshold),
    notes,
    progressHeadings: progressKeys.map((key) => t.progress[key]),
    units: overview.rows.map((row, index) => ({
      name: index === 0 ? t.levelRow(row.name) : row.name,
      note: row.moved ? t.movedShort(row.moved.from, row.moved.to) : null,
      message: row.outsideScope ? t.outsideScope : null,
      progress: row.figures?.progress ? progressKeys.map((key) => formatNumber(row.figures!.progress![key])) : null,
      dimensions: (row.figures?.dimensions ?? []).map((dimension) =>
        dimension.figure ? { mean: formatDecimal(dimension.figure.mean), n: dimension.figure.n } : null,
      ),
      motivation: row.figures?.plans
        ? [formatNumber(row.figures.plans.n), ...motivationKeys.map((key) => formatNumber(row.figures!.plans!.motivated[key]))]
        : null,
    })),
    dimensionNames,
    motivationHeadings: [t.plans, ...motivationKeys.map((key) => da.wrapUp.overview.motivation[key])],
    distributions: (top?.dimensions ?? []).map((dimension) => ({ name: dimension.name, counts: dimension.figure?.counts ?? null })),
    bars: top?.plans
      ? [
          {
            caption: t.themesCaption,
            rows: top.plans.themes.slice(0, 10).map((row) => ({ name: row.theme || t.noTheme, count: row.count })),
          },
          {
            caption: t.formsCaption,
            rows: top.plans.forms.map((row) => ({ name: row.form ? da.plans.editor.forms[row.form] : t.noForm, count: row.count })),
          },
        ]
      : [],
    historyHeadings: [t.progress.participants, t.progress.sheetsShared, t.progress.plansSigned, ...dimensionNames, t.motivatedYes],
    history: overview.history.map(({ year, figures }) => ({
      year,
      values: [
        ...(figures.progress
          ? [figures.progress.participants, figures.progress.sheetsShared, figures.progress.plansSigned].map(formatNumber)
          : [t.progressFolded, "", ""]),
        ...figures.dimensions.map((dimension) =>
          dimension.figure ? t.meanWithN(formatDecimal(dimension.figure.mean), dimension.figure.n) : t.hidden,
        ),
        figures.plans ? `${formatNumber(figures.plans.motivated.yes)} / ${formatNumber(figures.plans.n)}` : t.hidden,
      ],
    })),
  };
}

export async function organisationReportDownload(
  actor: SessionActor,
  municipalityId: string,
  asked: { unitId?: string; year?: number },
): Promise<Download> {
  const { overview, municipality } = await exportedOverview(actor, municipalityId, asked);
  return {
    fileName: `${t.pdf.title} ${overview.level?.name ?? ""} ${overview.year ?? ""}.pdf`,
    contentType: "application/pdf",
    body: await renderOrganisationReport(reportData(overview, municipality, new Date())),
  };
}
