import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { LeafletContent } from "@/lib/domain/rounds/leaflet-content";
import { da } from "@/lib/i18n/da";
import { pdfFont, registerPdfFonts } from "./fonts";

// The employee's information leaflet on A4, to print or hand out: the round's facts, the four steps,
// the themes, how to prepare, what happens in the conversation and who sees what. A pure function
// of its content (lib/domain/rounds/leaflet-content.ts), the same the page shows.

const styles = StyleSheet.create({
  page: { fontFamily: pdfFont, fontSize: 11, lineHeight: 1.45, padding: 48, color: "#0f172a" },
  muted: { color: "#475569", fontSize: 10 },
  title: { fontSize: 20, fontWeight: 700, lineHeight: 1.25, color: "#0f2b4d", marginTop: 4, marginBottom: 10 },
  intro: { fontSize: 12, marginBottom: 14 },
  facts: { borderWidth: 1, borderColor: "#1d4f8c", borderRadius: 4, padding: 10, backgroundColor: "#eef4fb", marginBottom: 6 },
  fact: { flexDirection: "row", gap: 8 },
  factLabel: { width: 150, fontWeight: 700 },
  h2: { fontSize: 14, fontWeight: 700, color: "#0f2b4d", marginTop: 14, marginBottom: 4 },
  item: { flexDirection: "row", gap: 6, marginBottom: 2 },
});

export function LeafletPdf({ content }: { content: LeafletContent }) {
  registerPdfFonts();
  const t = da.guidance.leaflet;
  return (
    <Document
      title={content.title}
      author={content.municipality}
      subject={content.roundTitle}
      language="da"
      creator={da.app.name}
      producer={da.app.name}
    >
      <Page size="A4" style={styles.page}>
        <Text style={styles.muted}>{da.common.dotted(content.municipality, content.roundTitle)}</Text>
        <Text style={styles.title}>{content.title}</Text>
        <Text style={styles.intro}>{content.intro}</Text>
        <Text style={[styles.h2, { marginTop: 0 }]}>{t.roundHeading}</Text>
        <View style={styles.facts}>
          {content.facts.map((fact) => (
            <View key={fact.label} style={styles.fact} wrap={false}>
              <Text style={styles.factLabel}>{fact.label}</Text>
              <Text style={{ flex: 1 }}>{fact.value}</Text>
            </View>
          ))}
        </View>
        {content.sections.map((section) => {
          const item = (text: string, index: number) => (
            <View key={text} style={styles.item} wrap={false}>
              <Text>{section.numbered ? da.guidance.conversation.number(index + 1) : da.plans.guidePdf.bullet}</Text>
              <Text style={{ flex: 1 }}>{text}</Text>
            </View>
          );
          return (
            <View key={section.heading}>
              {/* A heading never ends a page alone: it keeps its lead and first item with it. */}
              <View wrap={false}>
                <Text style={styles.h2}>{section.heading}</Text>
                {section.lead ? <Text>{section.lead}</Text> : null}
                {section.items.slice(0, 1).map(item)}
              </View>
              {section.items.slice(1).map((text, index) => item(text, index + 1))}
            </View>
          );
        })}
      </Page>
    </Document>
  );
}

export function leafletDocument(content: LeafletContent) {
  return <LeafletPdf content={content} />;
}
