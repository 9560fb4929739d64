import { Document, Page, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { AnswerPart } from "@/lib/domain/sheets/layout";
import { da } from "@/lib/i18n/da";
import { registerPdfFonts } from "./fonts";
import { footerLabelPlace, withPageNumbers } from "./page-numbers";
import { FillLines, RuledBox, ScaleBoxes, TickChoices, blankFooter, blankStyles as styles } from "./writing-space";

// Skema 1 on paper, blank: a group's preparation sheet as the round has it, to fill in by hand.
// The same parts as the sheet on screen (the four dimensions with a score and a comment, where to
// start, the two answers to every question, "andet fælles" and "andet individuelt"), with ruled
// space instead of fields. A question and its writing space stay together; a long sheet flows on
// over as many pages as it takes. A pure function of its data.

export type BlankSheetPdfData = {
  municipality: string;
  roundTitle: string;
  group: string;
  coreTask: string;
  developmentGoals: string[];
  /** The dimensions to score; none when the sheet has no scores. */
  dimensions: { name: string; definition: string }[];
  /** The boxes under each question, in the round's answer layout (sheets/layout.ts). */
  answerParts: AnswerPart[];
  themes: { title: string; description: string; questions: { text: string; prioritised: boolean }[] }[];
};

export function BlankSheetPdf({ data }: { data: BlankSheetPdfData }) {
  registerPdfFonts();
  const t = da.sheets.own;
  const p = da.paper.sheet;
  return (
    <Document
      title={p.title(data.group, data.roundTitle)}
      author={data.municipality}
      subject={p.subject}
      language="da"
      creator={da.app.name}
      producer={da.app.name}
    >
      <Page size="A4" style={styles.page}>
        <Text style={styles.muted}>{data.municipality}</Text>
        <Text style={styles.title}>{p.heading}</Text>
        <Text>{p.forGroup(data.group, data.roundTitle)}</Text>
        <FillLines labels={[da.paper.common.name, da.paper.common.date]} widths={[3, 1]} />
        <Text style={[styles.muted, { marginTop: 10 }]}>{p.lead}</Text>

        {data.coreTask.trim() !== "" ? (
          <View>
            <Text style={styles.h3}>{p.coreTask}</Text>
            <Text>{data.coreTask}</Text>
          </View>
        ) : null}
        {data.developmentGoals.length > 0 ? (
          <View>
            <Text style={styles.h3}>{p.goals}</Text>
            {data.developmentGoals.map((goal, index) => (
              <Text key={index}>{da.paper.common.bulleted(goal)}</Text>
            ))}
          </View>
        ) : null}

        {data.dimensions.length > 0 ? (
          <View>
            <Text style={styles.h2} minPresenceAhead={120}>
              {t.dimensionsHeading}
            </Text>
            <Text style={styles.muted}>{p.scale}</Text>
            {data.dimensions.map((dimension) => (
              <View key={dimension.name} wrap={false} style={{ marginTop: 8 }}>
                <Text style={styles.h3}>{dimension.name}</Text>
                <Text style={[styles.muted, { marginBottom: 4 }]}>{dimension.definition}</Text>
                <ScaleBoxes />
                <RuledBox label={p.comment} lines={2} />
              </View>
            ))}
            <View wrap={false}>
              <Text style={styles.label}>{t.startWith}</Text>
              <TickChoices choices={[...data.dimensions.map((dimension) => dimension.name), t.startWithNone]} />
            </View>
          </View>
        ) : null}

        <Text style={styles.h2} minPresenceAhead={160}>
          {t.themesHeading}
        </Text>
        {data.themes.map((theme) => {
          const heading = (
            <View>
              <Text style={styles.h3}>{theme.title}</Text>
              {theme.description ? <Text style={styles.muted}>{theme.description}</Text> : null}
            </View>
          );
          return (
            <View key={theme.title}>
              {theme.questions.length === 0 ? heading : null}
              {theme.questions.map((question, index) => (
                // A question never stands at the foot of a page without the space to answer it, and a
                // theme's heading and help (the vitalisation template's keywords) go with its first question.
                <View key={index} wrap={false}>
                  {index === 0 ? heading : null}
                  <View style={{ marginTop: 8 }}>
                    <Text style={{ fontWeight: 700 }}>
                      {question.prioritised ? da.common.dotted(question.text, t.prioritised) : question.text}
                    </Text>
                    <View style={{ flexDirection: "row", gap: 10 }}>
                      {data.answerParts.map((part) => (
                        <View key={part} style={{ flex: 1 }}>
                          <RuledBox label={t[part]} lines={data.answerParts.length === 1 ? 6 : 4} />
                        </View>
                      ))}
                    </View>
                  </View>
                </View>
              ))}
            </View>
          );
        })}
        <RuledBox label={t.otherCommon} lines={4} />
        <RuledBox label={t.otherIndividual} lines={4} />

        <Text style={styles.footer} fixed>
          {da.common.dotted(p.footer(data.group), data.roundTitle)}
        </Text>
      </Page>
    </Document>
  );
}

/** The document element, for renderToBuffer (route handlers are .ts, without JSX). */
export function blankSheetDocument(data: BlankSheetPdfData) {
  return <BlankSheetPdf data={data} />;
}

/** The finished file, with its page numbers. */
export async function renderBlankSheetPdf(data: BlankSheetPdfData): Promise<Uint8Array> {
  return withPageNumbers(
    new Uint8Array(await renderToBuffer(blankSheetDocument(data))),
    da.paper.common.page,
    footerLabelPlace(blankFooter),
  );
}
