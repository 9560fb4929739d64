import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { VitalisationDimension } from "@/lib/domain/rounds/question-banks";
import { da } from "@/lib/i18n/da";
import { pdfFont, registerPdfFonts } from "./fonts";

// The conversation guide on A3, landscape, printed on both sides and laid on the table between the
// two. The front: the four dimensions side by side with their keywords and Aarhus's three lines. The
// back: the round's questions, the prompts that make the talk concrete, the round-off, and what
// makes a good conversation (the six principles, what does not belong, the plan's 15 minutes, the
// evaluation). A round without dimensions has its questions on the front. A pure function of its data.

export type GuidePdfData = {
  municipality: string;
  roundTitle: string;
  kind: "MUS" | "LUS";
  dimensions: { id: VitalisationDimension["id"]; name: string; definition: string; keywords: string[] }[];
  themes: { title: string; questions: string[] }[];
};

const styles = StyleSheet.create({
  // Large type: it is read from across a table.
  page: { fontFamily: pdfFont, fontSize: 14, lineHeight: 1.4, padding: 32, color: "#0f172a" },
  muted: { color: "#475569", fontSize: 12 },
  title: { fontSize: 30, fontWeight: 700, lineHeight: 1.2, marginTop: 2, marginBottom: 4 },
  lead: { fontSize: 15, marginBottom: 8, maxWidth: 1000 },
  columns: { flexDirection: "row", gap: 14 },
  // The front holds four dimensions with their keywords and three lines each: a point smaller.
  column: { flex: 1, borderWidth: 1, borderColor: "#1d4f8c", borderRadius: 6, padding: 10, fontSize: 13, lineHeight: 1.3 },
  h2: { fontSize: 21, fontWeight: 700, lineHeight: 1.2, color: "#0f2b4d", marginBottom: 6 },
  h3: { fontSize: 15, fontWeight: 700, marginTop: 10, marginBottom: 3 },
  bullet: { flexDirection: "row", gap: 4 },
  boxes: { flexDirection: "row", gap: 14, marginTop: 18 },
  // The dimension's three lines are read up close, after the keywords: a size smaller.
  lines: { fontSize: 11, lineHeight: 1.3, marginTop: 2 },
  lineLabel: { fontSize: 12, fontWeight: 700, marginTop: 8, marginBottom: 1 },
  box: { flex: 1, borderWidth: 1, borderColor: "#94a3b8", borderRadius: 6, padding: 12, backgroundColor: "#eef4fb" },
});

function Bullets({ items }: { items: string[] }) {
  return (
    <View>
      {items.map((item) => (
        <View key={item} style={styles.bullet} wrap={false}>
          <Text>{da.plans.guidePdf.bullet}</Text>
          <Text style={{ flex: 1 }}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

function DimensionLines({ id, kind }: { id: VitalisationDimension["id"]; kind: "MUS" | "LUS" }) {
  const t = da.guidance.dimensions;
  const lines = t.lines(kind)[id];
  return (
    <View style={styles.lines}>
      <Text style={styles.lineLabel}>{t.organisationLabel}</Text>
      <Text>{lines.organisation}</Text>
      <Text style={styles.lineLabel}>{t.personLabel(kind)}</Text>
      <Text>{lines.person}</Text>
      <Text style={styles.lineLabel}>{t.developmentLabel}</Text>
      <Text>{lines.development}</Text>
    </View>
  );
}

function Guidance({ kind }: { kind: "MUS" | "LUS" }) {
  const t = da.guidance.conversation;
  return (
    <View style={styles.boxes} wrap={false}>
      <View style={[styles.box, { flex: 2, backgroundColor: "#ffffff" }]}>
        <Text style={styles.h2}>{t.principlesHeading}</Text>
        {t.principles(kind).map((principle, index) => (
          <View key={principle} style={styles.bullet}>
            <Text>{t.number(index + 1)}</Text>
            <Text style={{ flex: 1 }}>{principle}</Text>
          </View>
        ))}
        <Text style={styles.h3}>{t.notPartHeading}</Text>
        <Text>{t.notPart(kind)}</Text>
      </View>
      <View style={styles.box}>
        <Text style={styles.h2}>{t.planHeading}</Text>
        <Bullets items={[t.planTime(kind), t.littleButGood, t.broad]} />
        <Text style={[styles.h2, { marginTop: 12 }]}>{t.evaluationHeading}</Text>
        <Text>{t.evaluation(kind)}</Text>
      </View>
    </View>
  );
}

export function ConversationGuidePdf({ data }: { data: GuidePdfData }) {
  registerPdfFonts();
  const t = da.plans.guidePdf;
  const g = da.plans.guide;
  const front = data.dimensions.length > 0;
  const questions = (
    <View style={styles.boxes}>
      <View style={[styles.box, { flex: 2 }]}>
        <Text style={styles.h2}>{g.roundQuestions}</Text>
        {data.themes.map((theme) => (
          <View key={theme.title}>
            <Text style={styles.h3}>{theme.title}</Text>
            <Bullets items={theme.questions} />
          </View>
        ))}
      </View>
      <View style={styles.box}>
        <Text style={styles.h2}>{g.promptsHeading}</Text>
        <Bullets items={[...g.prompts]} />
        <Text style={[styles.h2, { marginTop: 12 }]}>{g.roundOffHeading}</Text>
        <Text>{g.roundOff}</Text>
      </View>
    </View>
  );
  return (
    <Document
      title={t.title(data.roundTitle)}
      author={data.municipality}
      subject={t.subject(data.kind)}
      language="da"
      creator={da.app.name}
      producer={da.app.name}
    >
      <Page size="A3" orientation="landscape" style={styles.page}>
        <Text style={styles.muted}>{da.common.dotted(data.municipality, data.roundTitle)}</Text>
        <Text style={styles.title}>{g.guideHeading}</Text>
        <Text style={styles.lead}>{data.dimensions.length > 0 ? g.guideLead : g.guideLeadWithoutDimensions}</Text>
        {data.dimensions.length > 0 ? <Text style={[styles.muted, { marginBottom: 8 }]}>{da.guidance.dimensions.origin}</Text> : null}
        {front ? null : (
          <>
            {questions}
            <Guidance kind={data.kind} />
          </>
        )}
        <View style={styles.columns}>
          {data.dimensions.map((dimension) => (
            <View key={dimension.name} style={styles.column}>
              <Text style={styles.h2}>{dimension.name}</Text>
              <Text>{dimension.definition}</Text>
              <Text style={styles.h3}>{g.keywords}</Text>
              <Bullets items={dimension.keywords} />
              <DimensionLines id={dimension.id} kind={data.kind} />
            </View>
          ))}
        </View>
      </Page>
      {/* The back of the sheet: the round's questions and how the two of them hold the conversation. */}
      {front ? (
        <Page size="A3" orientation="landscape" style={styles.page}>
          <Text style={styles.muted}>{da.common.dotted(data.municipality, data.roundTitle)}</Text>
          {questions}
          <Guidance kind={data.kind} />
        </Page>
      ) : null}
    </Document>
  );
}

export function conversationGuideDocument(data: GuidePdfData) {
  return <ConversationGuidePdf data={data} />;
}
