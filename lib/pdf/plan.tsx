import { Document, Page, Select, StyleSheet, Text, TextInput, View, renderToBuffer } from "@react-pdf/renderer";
import type { DevelopmentForm, Motivation, PlanContent } from "@/lib/domain/plans/doc";
import { vitalisationDimensions } from "@/lib/domain/rounds/question-banks";
import { toDanishDate } from "@/lib/dates/danish";
import { da } from "@/lib/i18n/da";
import { withFieldAppearances } from "./field-appearances";
import { fieldFontSize, fieldHeight, fieldInnerWidth, fieldLines } from "./field-text";
import { footerLabelPlace } from "./page-numbers";
import { pdfFont, registerPdfFonts } from "./fonts";

// The signed plan as the PDF filed in the personnel folder. A pure function of its data. Every
// value is also a real form field (AcroForm), so the plan can be amended in a PDF reader. A field
// is as tall as its text needs; a text too long for one page is printed in full as flowing text
// (on as many pages as it takes) and its field follows it, so a field never hides text.

export type PlanPdfData = {
  municipality: string;
  unit: string;
  round: { title: string; kind: "MUS" | "LUS" };
  employee: { name: string; jobTitle: string | null };
  leader: { name: string; jobTitle: string | null };
  conversation: string | null;
  version: { number: number; signedAt: string | null; approvals: { name: string; at: string; onPaperBy?: string | null }[] };
  /** What this municipality files: the whole plan as the minutes, or the concrete agreements only. */
  scope: "FULL" | "AGREEMENTS";
  content: PlanContent;
  employeeComment: string;
  filed: string | null;
  /**
   * Set only for a round whose sheet has no dimensions (the Tønder concept): its plan asks no
   * dimension to start with. Absent otherwise, so the data, and the hash that says whether a stored
   * PDF is current (plans/pdf/stored.ts), of every plan from before stay as they were.
   */
  noDimensions?: true;
};

// Field boxes have an explicit width, so the lines their text needs are known while the page is
// laid out (field-text.ts lays them out the same way when the field is drawn).
const pageWidth = 595.28; // A4 in points, as react-pdf has it
const pagePadding = 52;
const contentWidth = pageWidth - 2 * pagePadding;
const actionIndent = 2 + 8; // the action's left border and padding (styles.action)
const actionWidth = contentWidth - actionIndent;
const maxFieldLines = 40;
/** A field whose text is printed in full above it shows this many lines: the first ones and "…". */
const previewLines = 6;

/** The footer's line; its "Side 1 af 3" is stamped at the right end after layout (page-numbers.ts). */
const footer = { bottom: 24, right: pagePadding, size: 8, lineHeight: 1.4, color: "#64748b" };

const styles = StyleSheet.create({
  page: {
    fontFamily: pdfFont,
    fontSize: 10,
    lineHeight: 1.4,
    paddingTop: 44,
    paddingBottom: 56,
    paddingHorizontal: pagePadding,
    color: "#0f172a",
  },
  muted: { color: "#475569", fontSize: 9 },
  title: { fontSize: 18, fontWeight: 700, lineHeight: 1.2, marginTop: 2, marginBottom: 10 },
  h2: { fontSize: 13, fontWeight: 700, marginTop: 14, marginBottom: 4 },
  label: { fontSize: 9, color: "#334155", marginTop: 6, marginBottom: 2 },
  facts: { borderWidth: 0.75, borderColor: "#94a3b8", borderRadius: 3, padding: 8, marginBottom: 4 },
  factRow: { flexDirection: "row" },
  factKey: { width: 120, color: "#475569" },
  field: { borderWidth: 0.75, borderColor: "#94a3b8", borderRadius: 2, fontSize: 10 },
  longText: { borderWidth: 0.75, borderColor: "#94a3b8", borderRadius: 2, padding: 4 },
  action: { borderLeftWidth: 2, borderLeftColor: "#1d4f8c", paddingLeft: 8, marginTop: 10 },
  checkRow: { flexDirection: "row", alignItems: "center", gap: 6, marginTop: 6 },
  footer: {
    position: "absolute",
    bottom: footer.bottom,
    left: pagePadding,
    right: footer.right,
    fontSize: footer.size,
    lineHeight: footer.lineHeight,
    color: footer.color,
    flexDirection: "row",
    justifyContent: "space-between",
    // Room at the right for the stamped "Side 10 af 12": a long name wraps before it, never under it.
    paddingRight: 64,
  },
});

/** The lines a value is drawn in, in a field box of this width. */
function linesOf(value: string, width: number): string[] {
  return fieldLines(value, fieldInnerWidth(width));
}

/** A long text's field shows its first lines and an ellipsis; the field's value is still all of it. */
const shownLines = (lines: string[]) => (lines.length > maxFieldLines ? [...lines.slice(0, previewLines - 1), "…"] : lines);

function Field({
  name,
  label,
  value,
  width = contentWidth,
  minLines = 2,
}: {
  name: string;
  label: string;
  value: string;
  width?: number;
  minLines?: number;
}) {
  const lines = linesOf(value, width).length;
  const box = (height: number) => ({ ...styles.field, width, height: fieldHeight(height) });
  if (lines <= maxFieldLines) {
    return (
      <View wrap={false}>
        <Text style={styles.label}>{label}</Text>
        <TextInput
          name={name}
          value={value}
          defaultValue={value}
          multiline
          fontSize={fieldFontSize}
          style={box(Math.max(minLines, lines))}
        />
      </View>
    );
  }
  return (
    <View>
      <Text style={styles.label} minPresenceAhead={40}>
        {label}
      </Text>
      <View style={styles.longText}>
        <Text>{value}</Text>
      </View>
      <View wrap={false}>
        <Text style={styles.label}>{da.plans.pdf.longField}</Text>
        <TextInput name={name} value={value} defaultValue={value} multiline fontSize={fieldFontSize} style={box(previewLines)} />
      </View>
    </View>
  );
}

function Fact({ name, value }: { name: string; value: string }) {
  return (
    <View style={styles.factRow}>
      <Text style={styles.factKey}>{name}</Text>
      <Text style={{ flex: 1 }}>{value}</Text>
    </View>
  );
}

export function PlanPdf({ data }: { data: PlanPdfData }) {
  registerPdfFonts();
  const t = da.plans.pdf;
  const e = da.plans.editor;
  const full = data.scope === "FULL";
  const person = (party: { name: string; jobTitle: string | null }) => (party.jobTitle ? `${party.name}, ${party.jobTitle}` : party.name);
  const startWith = vitalisationDimensions.find((dimension) => dimension.id === data.content.startWith)?.name ?? "";
  return (
    <Document
      title={t.title(data.employee.name, data.round.title, data.version.number, data.round.kind)}
      author={data.municipality}
      subject={t.subject(data.round.kind)}
      keywords={t.keywords}
      language="da"
      creator={da.app.name}
      producer={da.app.name}
    >
      <Page size="A4" style={styles.page}>
        <Text style={styles.muted}>{da.common.dotted(data.municipality, data.unit)}</Text>
        <Text style={styles.title}>{full ? t.heading(data.round.kind) : t.headingAgreements(data.round.kind)}</Text>
        <View style={styles.facts}>
          <Fact name={t.round} value={`${data.round.title} (${data.round.kind})`} />
          <Fact name={t.employee(data.round.kind)} value={person(data.employee)} />
          <Fact name={t.leader(data.round.kind)} value={person(data.leader)} />
          <Fact name={t.conversation} value={data.conversation ?? t.noConversation} />
          <Fact
            name={t.version}
            value={
              data.version.signedAt ? t.signedVersion(data.version.number, data.version.signedAt) : t.unsignedVersion(data.version.number)
            }
          />
          {data.version.approvals.map((approval) => (
            <Fact
              key={approval.name}
              name={t.approvedBy}
              value={
                approval.onPaperBy
                  ? `${approval.name}, ${approval.at} (${da.paper.signature.pdfMark(approval.onPaperBy)})`
                  : `${approval.name}, ${approval.at}`
              }
            />
          ))}
          {data.filed ? <Fact name={t.filed} value={data.filed} /> : null}
        </View>
        {!full ? <Text style={styles.muted}>{t.agreementsOnly}</Text> : null}

        {full ? (
          <>
            <Text style={styles.h2}>{e.expectationsHeading}</Text>
            {data.noDimensions ? null : <Field name="startWith" label={e.startWith} value={startWith} minLines={1} />}
            <Field name="expectations" label={e.expectations} value={data.content.expectations} />
            <Text style={styles.h2}>{e.goals}</Text>
            <Field name="goals" label={e.goalsHint} value={data.content.goals} minLines={3} />
            <Field
              name="motivated"
              label={e.motivated(data.round.kind)}
              value={data.content.motivated ? (e.motivation[data.content.motivated as Motivation] ?? "") : ""}
              minLines={1}
            />
          </>
        ) : null}

        <Text style={styles.h2} minPresenceAhead={80}>
          {e.actionsHeading}
        </Text>
        {data.content.actions.length === 0 ? <Text>{e.noActions}</Text> : null}
        {data.content.actions.map((action, index) => {
          const n = index + 1;
          return (
            <View key={n} style={styles.action}>
              <Text style={{ fontWeight: 700 }} minPresenceAhead={60}>
                {e.action(n)}
                {action.carriedFrom ? ` · ${e.carriedFrom(action.carriedFrom)}` : ""}
              </Text>
              <Field name={`action.${n}.what`} width={actionWidth} label={e.what} value={action.what} />
              <Field name={`action.${n}.how`} width={actionWidth} label={e.how} value={action.how} />
              <Field name={`action.${n}.support`} width={actionWidth} label={e.support} value={action.support} />
              <Field name={`action.${n}.who`} width={actionWidth} label={e.who} value={action.who} minLines={1} />
              <Field name={`action.${n}.byWhen`} width={actionWidth} label={e.byWhen} value={toDanishDate(action.byWhen)} minLines={1} />
              <Field name={`action.${n}.theme`} width={actionWidth} label={e.theme} value={action.theme} minLines={1} />
              <Field
                name={`action.${n}.form`}
                width={actionWidth}
                label={e.form}
                value={action.form ? (e.forms[action.form as DevelopmentForm] ?? "") : ""}
                minLines={1}
              />
              {/* A choice, not a checkbox: react-pdf writes a checkbox's value as text, which readers disagree on. */}
              <View style={styles.checkRow} wrap={false}>
                <Select
                  name={`action.${n}.waitsForWrapUp`}
                  select={[...t.yesNo]}
                  value={action.waitsForWrapUp ? t.yesNo[0] : t.yesNo[1]}
                  edit={false}
                  noSpell
                  style={{ ...styles.field, width: 48, height: fieldHeight(1) }}
                />
                <Text>{e.waitsForWrapUp}</Text>
              </View>
              {action.subtasks.map((task, taskIndex) => (
                <Field
                  key={taskIndex}
                  name={`action.${n}.subtask.${taskIndex + 1}`}
                  width={actionWidth}
                  label={`${e.subtask(taskIndex + 1)} (${e.taskStates[task.state]})`}
                  value={task.text}
                  minLines={1}
                />
              ))}
            </View>
          );
        })}

        <Text style={styles.h2} minPresenceAhead={60}>
          {t.followUp}
        </Text>
        <Field name="followUpDate" label={e.followUpDate} value={toDanishDate(data.content.followUpDate)} minLines={1} />
        {full ? <Field name="evaluation" label={e.evaluation} value={data.content.evaluation} /> : null}

        <Text style={styles.h2} minPresenceAhead={60}>
          {t.commentHeading(data.round.kind)}
        </Text>
        <Field name="employeeComment" label={t.comment(data.employee.name)} value={data.employeeComment} />

        <View style={styles.footer} fixed>
          <Text>{t.footer(data.employee.name, data.version.number)}</Text>
        </View>
      </Page>
    </Document>
  );
}

/** The document element, for renderToBuffer / renderToStream (route handlers are .ts, without JSX). */
export function planDocument(data: PlanPdfData) {
  return <PlanPdf data={data} />;
}

/** The finished file: the document with every form field drawn in the embedded font, and its page numbers. */
export async function renderPlanPdf(data: PlanPdfData): Promise<Uint8Array> {
  const pdf = await renderToBuffer(planDocument(data));
  return withFieldAppearances(new Uint8Array(pdf), {
    shown: shownLines,
    pageLabel: { label: da.sheets.pdf.page, place: footerLabelPlace(footer) },
  });
}
