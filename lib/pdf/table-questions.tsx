import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { da } from "@/lib/i18n/da";
import { registerPdfFonts } from "./fonts";
import { footerLabelPlace, withPageNumbers } from "./page-numbers";
import { FillLines, RuledBox, blankFooter, blankStyles } from "./writing-space";

// Skema 2 and 3 (Tønder Kulturen: leveregler; organisatorisk læring and samskabelse) to lay on the
// table during the conversation: each form on a page of its own, its questions in a column in
// large type with room beside each for notes by hand. The questions come from the question banks
// the leader picks from; this template only lays them out.

export type TableQuestionsPdfData = {
  municipality: string;
  roundTitle: string;
  forms: { title: string; lead: string; questions: string[] }[];
};

const styles = StyleSheet.create({
  // Larger type than the sheet: it is read across a table.
  page: { ...blankStyles.page, fontSize: 12 },
  title: { fontSize: 18, fontWeight: 700, lineHeight: 1.25, marginTop: 2, marginBottom: 4, color: "#0f2b4d" },
  lead: { fontSize: 14, fontWeight: 700, marginTop: 14, marginBottom: 6 },
  header: { flexDirection: "row", gap: 12, borderBottomWidth: 1, borderBottomColor: "#1d4f8c", paddingBottom: 3 },
  headerCell: { fontSize: 9, color: "#334155", fontWeight: 700 },
  row: { flexDirection: "row", gap: 12, paddingVertical: 8, borderBottomWidth: 0.5, borderBottomColor: "#cbd5e1" },
  question: { flex: 1, fontSize: 12.5, paddingTop: 2 },
  notes: { flex: 1 },
});

export function TableQuestionsPdf({ data }: { data: TableQuestionsPdfData }) {
  registerPdfFonts();
  const t = da.paper.tables;
  return (
    <Document
      title={t.title(data.roundTitle)}
      author={data.municipality}
      subject={t.subject}
      language="da"
      creator={da.app.name}
      producer={da.app.name}
    >
      {data.forms.map((form) => (
        <Page key={form.title} size="A4" style={styles.page}>
          <Text style={blankStyles.muted}>{da.common.dotted(data.municipality, data.roundTitle)}</Text>
          <Text style={styles.title}>{form.title}</Text>
          <FillLines labels={[da.paper.common.name, da.paper.common.date]} widths={[3, 1]} />
          <Text style={[blankStyles.muted, { marginTop: 10 }]}>{t.lead}</Text>
          <Text style={styles.lead}>{form.lead}</Text>
          <View style={styles.header}>
            <Text style={[styles.headerCell, { flex: 1 }]}>{t.question}</Text>
            <Text style={[styles.headerCell, { flex: 1 }]}>{t.notes}</Text>
          </View>
          {form.questions.map((question) => (
            <View key={question} style={styles.row} wrap={false}>
              <Text style={styles.question}>{question}</Text>
              <View style={styles.notes}>
                <RuledBox lines={3} />
              </View>
            </View>
          ))}
          <Text style={blankStyles.footer} fixed>
            {da.common.dotted(form.title, data.roundTitle)}
          </Text>
        </Page>
      ))}
    </Document>
  );
}

export function tableQuestionsDocument(data: TableQuestionsPdfData) {
  return <TableQuestionsPdf data={data} />;
}

/** The finished file, with its page numbers. */
export async function renderTableQuestionsPdf(data: TableQuestionsPdfData): Promise<Uint8Array> {
  return withPageNumbers(
    new Uint8Array(await renderToBuffer(tableQuestionsDocument(data))),
    da.paper.common.page,
    footerLabelPlace(blankFooter),
  );
}
