import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { AnswerPart } from "@/lib/domain/sheets/layout";
import { da } from "@/lib/i18n/da";
import { pdfFont, registerPdfFonts } from "./fonts";
import { footerLabelPlace, withPageNumbers } from "./page-numbers";

// The preparation sheet on paper. A pure function of the sheet's data: no database, no request.
// Long answers flow on to the next page; nothing is cut off.

export type SheetPdfData = {
  municipality: string;
  roundTitle: string;
  person: { name: string; jobTitle: string | null };
  leaderName: string;
  conversation: string | null;
  /** Typed in by the leader from the employee's paper form: said on the first page. */
  registeredNote?: string | null;
  /** The four dimensions with their scores; none when the round's sheet has no scores. */
  dimensions: { name: string; score: number | null; comment: string }[];
  startWith: string | null;
  /** Each question's answer boxes, in the round's layout (two in Tønder's Skema 1, one reflection). */
  themes: { title: string; description: string; questions: { text: string; answers: { part: AnswerPart; value: string }[] }[] }[];
  otherCommon: string;
  otherIndividual: string;
};

/** The footer's line; its "Side 1 af 3" is stamped at the right end after layout (page-numbers.ts). */
const footer = { bottom: 24, right: 52, size: 8.5, lineHeight: 1.4, color: "#64748b" };

const styles = StyleSheet.create({
  page: {
    fontFamily: pdfFont,
    fontSize: 10.5,
    lineHeight: 1.4,
    paddingTop: 48,
    paddingBottom: 56,
    paddingHorizontal: 52,
    color: "#0f172a",
  },
  muted: { color: "#475569", fontSize: 9.5 },
  title: { fontSize: 18, fontWeight: 700, lineHeight: 1.2, marginBottom: 8 },
  h2: { fontSize: 13, fontWeight: 700, marginTop: 16, marginBottom: 6 },
  h3: { fontSize: 11.5, fontWeight: 700, marginTop: 10, marginBottom: 4 },
  label: { fontSize: 9, color: "#475569", marginTop: 4 },
  box: { borderWidth: 0.75, borderColor: "#94a3b8", borderRadius: 3, padding: 6, minHeight: 28, marginTop: 2 },
  row: { flexDirection: "row", gap: 8 },
  footer: {
    position: "absolute",
    bottom: footer.bottom,
    left: 52,
    right: footer.right,
    fontSize: footer.size,
    lineHeight: footer.lineHeight,
    color: footer.color,
    // Room at the right for the stamped "Side 10 af 12": a long name wraps before it, never under it.
    paddingRight: 64,
  },
});

function Answer({ label, value }: { label: string; value: string }) {
  return (
    <View>
      <Text style={styles.label}>{label}</Text>
      <View style={styles.box}>
        <Text>{value}</Text>
      </View>
    </View>
  );
}

function ThemeHeading({ title, description }: { title: string; description: string }) {
  return (
    <View>
      <Text style={styles.h3}>{title}</Text>
      {description ? <Text style={[styles.muted, { marginBottom: 4 }]}>{description}</Text> : null}
    </View>
  );
}

export function PreparationSheetPdf({ data }: { data: SheetPdfData }) {
  registerPdfFonts();
  const t = da.sheets.own;
  const p = da.sheets.pdf;
  return (
    <Document
      title={p.title(data.person.name, data.roundTitle)}
      author={data.municipality}
      subject={p.subject}
      language="da"
      creator={da.app.name}
      producer={da.app.name}
    >
      <Page size="A4" style={styles.page}>
        <Text style={styles.muted}>{data.municipality}</Text>
        <Text style={styles.title}>{p.heading}</Text>
        <Text>{p.who(data.person.name, data.person.jobTitle, data.roundTitle)}</Text>
        <Text style={styles.muted}>{p.leaderAndTime(data.leaderName, data.conversation)}</Text>
        {data.registeredNote ? <Text style={styles.muted}>{data.registeredNote}</Text> : null}

        {data.dimensions.length > 0 ? (
          <View>
            <Text style={styles.h2}>{t.dimensionsHeading}</Text>
            <Text style={styles.muted}>{t.dimensionsLead}</Text>
            {data.dimensions.map((dimension) => (
              // The score stays with the start of its comment; a comment longer than a page flows on.
              <View key={dimension.name}>
                <Text style={styles.h3} minPresenceAhead={48}>
                  {p.score(dimension.name, dimension.score)}
                </Text>
                <Answer label={da.sheets.view.comment(dimension.name)} value={dimension.comment} />
              </View>
            ))}
            <Answer label={t.startWith} value={data.startWith ?? ""} />
          </View>
        ) : null}

        <Text style={styles.h2}>{t.themesHeading}</Text>
        {data.themes.map((theme) => (
          <View key={theme.title}>
            {/* A theme's heading and help (the vitalisation template's keywords) stay together. */}
            <View wrap={false} minPresenceAhead={60}>
              <ThemeHeading title={theme.title} description={theme.description} />
            </View>
            {theme.questions.map((question, index) => (
              <View key={index} style={{ marginBottom: 6 }}>
                <Text style={{ fontWeight: 700 }} minPresenceAhead={60}>
                  {question.text}
                </Text>
                {question.answers.map((answer) => (
                  <Answer key={answer.part} label={t[answer.part]} value={answer.value} />
                ))}
              </View>
            ))}
          </View>
        ))}
        <Answer label={t.otherCommon} value={data.otherCommon} />
        <Answer label={t.otherIndividual} value={data.otherIndividual} />

        <Text style={styles.footer} fixed>
          {p.footer(data.person.name)}
        </Text>
      </Page>
    </Document>
  );
}

/** The document element, for renderToBuffer / renderToStream (route handlers are .ts, without JSX). */
export function preparationSheetDocument(data: SheetPdfData) {
  return <PreparationSheetPdf data={data} />;
}

/** The finished file, with its page numbers. */
export async function renderPreparationSheetPdf(data: SheetPdfData): Promise<Uint8Array> {
  return withPageNumbers(
    new Uint8Array(await renderToBuffer(preparationSheetDocument(data))),
    da.sheets.pdf.page,
    footerLabelPlace(footer),
  );
}
