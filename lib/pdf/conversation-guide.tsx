import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { VitalisationDimension } from "@/lib/domain/rounds/question-banks";
import { da } from "@/lib/i18n/da";
import { pdfFont, registerPdfFonts } from "./fonts";

// The conversation guide on A3, landscape: to print and lay on the table between the two. The four
// dimensions side by side with their keywords, the round's questions, the prompts that make the
// talk concrete and the round-off; then what makes a good conversation (the six principles, what does not
// belong, the plan's 15 minutes, the evaluation). A pure function of its data.

export type GuidePdfData = {
  municipality: string;
  roundTitle: string;
  kind: "MUS" | "LUS";
  dimensions: { id: VitalisationDimension["id"]; name: string; definition: string; keywords: string[] }[];
  themes: { title: string; questions: string[] }[];
};

const styles = StyleSheet.create({
  // Large type: it is read from across a table.
  page: { fontFamily: pdfFont, fontSize: 14, lineHeight: 1.4, padding: 40, color: "#0f172a" },
  muted: { color: "#475569", fontSize: 12 },
  title: { fontSize: 32, fontWeight: 700, lineHeight: 1.2, marginTop: 4, marginBottom: 8 },
  lead: { fontSize: 15, marginBottom: 18, maxWidth: 1000 },
  columns: { flexDirection: "row", gap: 14 },
  column: { flex: 1, borderWidth: 1, borderColor: "#1d4f8c", borderRadius: 6, padding: 12 },
  h2: { fontSize: 21, fontWeight: 700, lineHeight: 1.2, color: "#0f2b4d", marginBottom: 6 },
  h3: { fontSize: 15, fontWeight: 700, marginTop: 10, marginBottom: 3 },
  bullet: { flexDirection: "row", gap: 4 },
  boxes: { flexDirection: "row", gap: 14, marginTop: 18 },
  // The dimension's three lines are read up close, after the keywords: a size smaller.
  lines: { fontSize: 12, marginTop: 4 },
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
      <Text style={styles.h3}>{t.organisationLabel}</Text>
      <Text>{lines.organisation}</Text>
      <Text style={styles.h3}>{t.personLabel(kind)}</Text>
      <Text>{lines.person}</Text>
      <Text style={styles.h3}>{t.developmentLabel}</Text>
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
  return (
    <Document
      title={t.title(data.roundTitle)}
      author={data.municipality}
      subject={t.subject}
      language="da"
      creator={da.app.name}
      producer={da.app.name}
    >
      <Page size="A3" orientation="landscape" style={styles.page}>
        <Text style={styles.muted}>{da.common.dotted(data.municipality, data.roundTitle)}</Text>
        <Text style={styles.title}>{g.guideHeading}</Text>
        <Text style={styles.lead}>{data.dimensions.length > 0 ? g.guideLead : g.guideLeadWithoutDimensions}</Text>
        {data.dimensions.length > 0 ? <Text style={[styles.muted, { marginBottom: 8 }]}>{da.guidance.dimensions.origin}</Text> : null}
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
      </Page>
      {/* The back of the sheet: how the two of them hold the conversation. */}
      <Page size="A3" orientation="landscape" style={styles.page}>
        <Text style={styles.muted}>{da.common.dotted(data.municipality, data.roundTitle)}</Text>
        <Text style={styles.title}>{da.guidance.conversation.heading}</Text>
        <Guidance kind={data.kind} />
      </Page>
    </Document>
  );
}

export function conversationGuideDocument(data: GuidePdfData) {
  return <ConversationGuidePdf data={data} />;
}
