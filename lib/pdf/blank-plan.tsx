import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { da } from "@/lib/i18n/da";
import { registerPdfFonts } from "./fonts";
import { footerLabelPlace, withPageNumbers } from "./page-numbers";
import { FillLines, RuledBox, SignatureLines, TickChoices, blankFooter, blankStyles as styles } from "./writing-space";

// The competence development plan on paper, blank: the same sections as the plan the two write on
// screen and the PDF filed from it (plan.tsx), with ruled space to write in by hand during the
// conversation and a line for each party's signature. A pure function of its data.

export type BlankPlanPdfData = {
  municipality: string;
  unit: string;
  round: { title: string; kind: "MUS" | "LUS" };
  leaderName: string;
  /** The four dimensions' names, to tick the one the conversation starts with; none in a round without them. */
  dimensions: string[];
  /** How many practice actions to leave room for ("hellere lidt, men godt": 1–2). */
  actions: number;
};

const local = StyleSheet.create({
  facts: { borderWidth: 0.75, borderColor: "#94a3b8", borderRadius: 3, paddingHorizontal: 8, paddingBottom: 8, marginTop: 4 },
  action: { borderLeftWidth: 2, borderLeftColor: "#1d4f8c", paddingLeft: 8, marginTop: 12 },
});

export function BlankPlanPdf({ data }: { data: BlankPlanPdfData }) {
  registerPdfFonts();
  const t = da.plans.pdf;
  const e = da.plans.editor;
  const p = da.paper.plan;
  const kind = data.round.kind;
  return (
    <Document
      title={p.title(data.round.title, kind)}
      author={data.municipality}
      subject={p.subject(kind)}
      language="da"
      creator={da.app.name}
      producer={da.app.name}
    >
      <Page size="A4" style={styles.page}>
        <Text style={styles.muted}>{da.common.dotted(data.municipality, data.unit)}</Text>
        <Text style={styles.title}>{t.heading(kind)}</Text>
        <Text>{p.round(data.round.title, kind)}</Text>
        <View style={local.facts}>
          <FillLines labels={[p.party(kind, "participant")]} />
          <FillLines labels={[p.party(kind, "leader")]} values={[data.leaderName]} />
          <FillLines labels={[p.conversationDate]} />
        </View>
        <Text style={[styles.muted, { marginTop: 8 }]}>{p.lead(kind)}</Text>

        <Text style={styles.h2} minPresenceAhead={100}>
          {e.expectationsHeading}
        </Text>
        <Text style={styles.muted}>{data.dimensions.length > 0 ? e.expectationsLead : e.expectationsLeadWithoutDimensions}</Text>
        {data.dimensions.length > 0 ? (
          <View>
            <Text style={styles.label}>{e.startWith}</Text>
            <TickChoices choices={data.dimensions} />
          </View>
        ) : null}
        <RuledBox label={e.expectations} lines={3} />

        <Text style={styles.h2} minPresenceAhead={140}>
          {e.goals}
        </Text>
        <RuledBox label={e.goalsHint} lines={5} />
        <View wrap={false}>
          <Text style={styles.label}>{e.motivated(kind)}</Text>
          <TickChoices choices={[e.motivation.yes, e.motivation.no, e.motivation.unclear]} />
        </View>

        <Text style={styles.h2} minPresenceAhead={120}>
          {e.actionsHeading}
        </Text>
        <Text style={styles.muted}>{e.actionsHint}</Text>
        {Array.from({ length: data.actions }, (_, index) => (
          // An action may go on over a page break (kept whole, the second left a page of its own
          // and the signatures one more); its title stays with its first box.
          <View key={index} style={local.action}>
            <Text style={{ fontWeight: 700 }} minPresenceAhead={80}>
              {e.action(index + 1)}
            </Text>
            <RuledBox label={e.what} lines={2} />
            <RuledBox label={e.how} lines={3} />
            <RuledBox label={e.support} lines={2} />
            <View style={{ flexDirection: "row", gap: 10 }} wrap={false}>
              <View style={{ flex: 1 }}>
                <RuledBox label={e.who} lines={1} />
              </View>
              <View style={{ flex: 1 }}>
                <RuledBox label={e.byWhen} lines={1} />
              </View>
            </View>
            <RuledBox label={e.theme} lines={1} />
            <View wrap={false}>
              <Text style={styles.label}>{e.form}</Text>
              <TickChoices choices={Object.values(e.forms)} />
              <View style={{ marginTop: 6 }}>
                <TickChoices choices={[e.waitsForWrapUp]} />
              </View>
            </View>
            <RuledBox label={e.subtasks} lines={3} />
          </View>
        ))}

        <View wrap={false}>
          <Text style={styles.h2}>{t.followUp}</Text>
          <FillLines labels={[e.followUpDate]} />
          <RuledBox label={da.paper.common.labelled(e.evaluation, e.evaluationHint)} lines={3} />
        </View>

        <View wrap={false}>
          <Text style={styles.h2}>{p.signaturesHeading}</Text>
          <Text style={styles.muted}>{p.signaturesLead}</Text>
          <SignatureLines labels={[p.signature(kind, "participant"), p.signature(kind, "leader")]} />
        </View>

        <Text style={styles.footer} fixed>
          {da.common.dotted(p.footer(kind), data.round.title)}
        </Text>
      </Page>
    </Document>
  );
}

export function blankPlanDocument(data: BlankPlanPdfData) {
  return <BlankPlanPdf data={data} />;
}

/** The finished file, with its page numbers. */
export async function renderBlankPlanPdf(data: BlankPlanPdfData): Promise<Uint8Array> {
  return withPageNumbers(
    new Uint8Array(await renderToBuffer(blankPlanDocument(data))),
    da.paper.common.page,
    footerLabelPlace(blankFooter),
  );
}
