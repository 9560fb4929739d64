import { Document, Page, Rect, StyleSheet, Svg, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { da } from "@/lib/i18n/da";
import { pdfFont, registerPdfFonts } from "./fonts";
import { footerLabelPlace, withPageNumbers } from "./page-numbers";

// The organisation's overview on A4 for the MED committee's meeting: one level and year, the units
// below it, the four dimensions as bar charts, motivation, themes and forms, and the level year by
// year. A pure function of its data: every number in it was cut by the loader (anonymity included),
// and a hidden figure arrives as null and is printed as "Vises ikke".

export type ReportFigure = { mean: string; n: number } | null;
export type OrganisationReportData = {
  municipality: string;
  level: string;
  year: number;
  made: string;
  threshold: string;
  notes: string[];
  progressHeadings: string[];
  /** The level first, then the units below it. */
  units: {
    name: string;
    note: string | null;
    /** Set for a unit outside the viewer's units today: why it has no figures. */
    message: string | null;
    progress: string[] | null;
    dimensions: ReportFigure[];
    motivation: string[] | null;
  }[];
  dimensionNames: string[];
  motivationHeadings: string[];
  /** The level's distribution per dimension (count per score 1–10), null when hidden. */
  distributions: { name: string; counts: number[] | null }[];
  bars: { caption: string; rows: { name: string; count: number }[] }[];
  history: { year: number; values: string[] }[];
  historyHeadings: string[];
};

const t = da.organisationOverview;
const footer = { bottom: 24, right: 40, size: 8, lineHeight: 1.4, color: "#475569" };
const brand = "#1d4f8c";

const styles = StyleSheet.create({
  page: { fontFamily: pdfFont, fontSize: 9, lineHeight: 1.35, paddingTop: 40, paddingBottom: 56, paddingHorizontal: 40, color: "#0f172a" },
  muted: { color: "#475569" },
  title: { fontSize: 18, fontWeight: 700, lineHeight: 1.25, color: "#0f2b4d", marginTop: 2, marginBottom: 4 },
  h2: { fontSize: 12, fontWeight: 700, color: "#0f2b4d", marginTop: 14, marginBottom: 4 },
  note: { borderWidth: 1, borderColor: "#b45309", padding: 6, marginTop: 6 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: "#cbd5e1", paddingVertical: 2 },
  head: { fontWeight: 700 },
  name: { width: 150, paddingRight: 4 },
  cell: { flex: 1, textAlign: "right", paddingRight: 4 },
  footer: { position: "absolute", bottom: footer.bottom, left: 40, right: footer.right, fontSize: footer.size, color: footer.color },
});

function Table({
  first = t.unit,
  headings,
  rows,
  boldFirst = true,
}: {
  first?: string;
  /** The first row is the level's total (not in the year-by-year table). */
  boldFirst?: boolean;
  headings: string[];
  /** values null: hidden, said by `message` (or the anonymity rule's words). */
  rows: { name: string; note?: string | null; message?: string | null; values: string[] | null }[];
}) {
  return (
    <View>
      <View style={[styles.row, styles.head]} fixed>
        <Text style={styles.name}>{first}</Text>
        {headings.map((heading) => (
          <Text key={heading} style={styles.cell}>
            {heading}
          </Text>
        ))}
      </View>
      {rows.map((row, index) => (
        <View key={`${row.name}-${index}`} style={styles.row} wrap={false}>
          <View style={styles.name}>
            <Text style={index === 0 && boldFirst ? styles.head : {}}>{row.name}</Text>
            {row.note ? <Text style={styles.muted}>{row.note}</Text> : null}
          </View>
          {row.values ? (
            row.values.map((value, column) => (
              <Text key={column} style={styles.cell}>
                {value}
              </Text>
            ))
          ) : (
            <Text style={[styles.cell, { textAlign: "left" }]}>{row.message ?? t.hiddenLong}</Text>
          )}
        </View>
      ))}
    </View>
  );
}

/** Counts for the scores 1–10 as columns, the count above each and the score beneath. */
function Distribution({ name, counts }: { name: string; counts: number[] | null }) {
  const width = 240;
  const height = 70;
  const max = Math.max(1, ...(counts ?? []));
  return (
    <View style={{ width: 250, marginBottom: 8 }} wrap={false}>
      <Text style={styles.head}>{name}</Text>
      {counts ? (
        <>
          <View style={{ flexDirection: "row", width }}>
            {counts.map((count, score) => (
              <Text key={score} style={{ width: width / 10, textAlign: "center", fontSize: 7 }}>
                {count > 0 ? String(count) : ""}
              </Text>
            ))}
          </View>
          <Svg width={width} height={height}>
            {counts.map((count, score) => {
              const h = (height * count) / max;
              return <Rect key={score} x={score * (width / 10) + 3} y={height - h} width={width / 10 - 6} height={h} fill={brand} />;
            })}
          </Svg>
          <View style={{ flexDirection: "row", width }}>
            {counts.map((_, score) => (
              <Text key={score} style={{ width: width / 10, textAlign: "center", fontSize: 7 }}>
                {String(score + 1)}
              </Text>
            ))}
          </View>
        </>
      ) : (
        <Text>{t.hiddenLong}</Text>
      )}
    </View>
  );
}

/** Horizontal bars with the count beside each. */
function Bars({ caption, rows }: { caption: string; rows: { name: string; count: number }[] }) {
  const width = 200;
  const max = Math.max(1, ...rows.map((row) => row.count));
  return (
    <View style={{ marginBottom: 8 }} wrap={false}>
      <Text style={styles.head}>{caption}</Text>
      {rows.map((row) => (
        <View key={row.name} style={{ flexDirection: "row", alignItems: "center", marginTop: 2 }}>
          <Text style={{ width: 190, paddingRight: 6 }}>{row.name}</Text>
          <Svg width={width} height={9}>
            <Rect x={0} y={0} width={Math.max(row.count > 0 ? 1 : 0, (width * row.count) / max)} height={9} fill={brand} />
          </Svg>
          <Text style={{ marginLeft: 4 }}>{String(row.count)}</Text>
        </View>
      ))}
    </View>
  );
}

export function OrganisationReportPdf({ data }: { data: OrganisationReportData }) {
  registerPdfFonts();
  const figure = (value: ReportFigure) => (value ? t.meanWithN(value.mean, value.n) : t.hidden);
  return (
    <Document
      title={t.pdf.title}
      author={data.municipality}
      subject={t.pdf.subtitle(data.level, data.year)}
      language="da"
      creator={da.app.name}
      producer={da.app.name}
    >
      <Page size="A4" orientation="landscape" style={styles.page}>
        <Text style={styles.muted}>{data.municipality}</Text>
        <Text style={styles.title}>{t.pdf.title}</Text>
        <Text>{t.pdf.subtitle(data.level, data.year)}</Text>
        <Text style={styles.muted}>{data.threshold}</Text>
        {data.notes.map((note) => (
          <Text key={note} style={styles.note}>
            {note}
          </Text>
        ))}

        <Text style={styles.h2}>{t.progressHeading}</Text>
        <Table
          headings={data.progressHeadings}
          rows={data.units.map((unit) => ({ name: unit.name, note: unit.note, message: unit.message, values: unit.progress }))}
        />

        <Text style={styles.h2}>{t.vitalisationHeading}</Text>
        <Table
          headings={data.dimensionNames}
          rows={data.units.map((unit) => ({
            name: unit.name,
            note: unit.note,
            message: unit.message,
            values: unit.dimensions.every((value) => value === null) ? null : unit.dimensions.map(figure),
          }))}
        />
        <View style={{ flexDirection: "row", flexWrap: "wrap", gap: 12, marginTop: 8 }}>
          {data.distributions.map((distribution) => (
            <Distribution
              key={distribution.name}
              name={t.distributionCaption(distribution.name, data.level)}
              counts={distribution.counts}
            />
          ))}
        </View>

        <Text style={styles.h2}>{t.motivationHeading}</Text>
        <Table
          headings={data.motivationHeadings}
          rows={data.units.map((unit) => ({ name: unit.name, note: unit.note, message: unit.message, values: unit.motivation }))}
        />

        <Text style={styles.h2}>{t.themesHeading}</Text>
        {data.bars.length === 0 ? (
          <Text>{t.hiddenLong}</Text>
        ) : (
          data.bars.map((bars) => <Bars key={bars.caption} caption={bars.caption} rows={bars.rows} />)
        )}

        <Text style={styles.h2}>{t.historyHeading}</Text>
        <Table
          first={t.year}
          boldFirst={false}
          headings={data.historyHeadings}
          rows={data.history.map((entry) => ({ name: String(entry.year), values: entry.values }))}
        />

        <Text style={styles.footer} fixed>
          {da.common.dotted(t.pdf.made(data.made), t.pdf.subtitle(data.level, data.year))}
        </Text>
      </Page>
    </Document>
  );
}

/** The finished file, with its page numbers. */
export async function renderOrganisationReport(data: OrganisationReportData): Promise<Uint8Array> {
  const document = <OrganisationReportPdf data={data} />;
  return withPageNumbers(new Uint8Array(await renderToBuffer(document)), t.pdf.page, footerLabelPlace(footer));
}
