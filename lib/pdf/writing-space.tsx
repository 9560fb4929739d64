import { StyleSheet, Text, View } from "@react-pdf/renderer";
import { pdfFont } from "./fonts";

// What the blank forms are made of: ruled boxes to write in by hand, a row of boxes to tick, a
// line to sign on. Sized for a pen (a ruled line every 20 points, boxes a finger wide), not for
// form fields: these forms go to those who fill in on paper.

/** The distance between ruled lines: a handwritten line in an ordinary hand. */
export const ruleSpacing = 20;

/** The page as the blank forms use it (A4 portrait, the same margins as the sheet and the plan). */
export const blankPage = { paddingTop: 44, paddingBottom: 56, paddingHorizontal: 52 } as const;

/** The footer's line; its "Side 1 af 3" is stamped at the right end after layout (page-numbers.ts). */
export const blankFooter = { bottom: 24, right: 52, size: 8.5, lineHeight: 1.4, color: "#64748b" };

export const blankStyles = StyleSheet.create({
  page: { fontFamily: pdfFont, fontSize: 10.5, lineHeight: 1.4, color: "#0f172a", ...blankPage },
  muted: { color: "#475569", fontSize: 9.5 },
  title: { fontSize: 18, fontWeight: 700, lineHeight: 1.2, marginTop: 2, marginBottom: 6 },
  h2: { fontSize: 13, fontWeight: 700, marginTop: 16, marginBottom: 4 },
  h3: { fontSize: 11.5, fontWeight: 700, marginTop: 10, marginBottom: 2 },
  label: { fontSize: 9, color: "#334155", marginTop: 6, marginBottom: 2 },
  footer: {
    position: "absolute",
    bottom: blankFooter.bottom,
    left: 52,
    right: blankFooter.right,
    fontSize: blankFooter.size,
    lineHeight: blankFooter.lineHeight,
    color: blankFooter.color,
    // Room at the right for the stamped "Side 10 af 12": a long name wraps before it, never under it.
    paddingRight: 64,
  },
});

const styles = StyleSheet.create({
  box: { borderWidth: 0.75, borderColor: "#94a3b8", borderRadius: 3, paddingHorizontal: 6 },
  rule: { height: ruleSpacing, borderBottomWidth: 0.5, borderBottomColor: "#cbd5e1", borderBottomStyle: "dotted" },
  ticks: { flexDirection: "row", gap: 5, flexWrap: "wrap" },
  tick: { flexDirection: "row", alignItems: "center", gap: 4, marginRight: 8 },
  square: { width: 11, height: 11, borderWidth: 0.75, borderColor: "#334155", borderRadius: 1 },
  number: {
    width: 24,
    height: 22,
    borderWidth: 0.75,
    borderColor: "#334155",
    borderRadius: 2,
    fontSize: 10,
    textAlign: "center",
    paddingTop: 4,
  },
  fillLine: { flexDirection: "row", alignItems: "flex-end", gap: 6, marginTop: 10 },
  line: { flex: 1, borderBottomWidth: 0.75, borderBottomColor: "#334155", height: 18 },
});

/** A box with `lines` ruled lines, kept whole on one page. */
export function RuledBox({ label, lines }: { label?: string; lines: number }) {
  return (
    <View wrap={false}>
      {label ? <Text style={blankStyles.label}>{label}</Text> : null}
      <View style={styles.box}>
        {Array.from({ length: lines }, (_, index) => (
          <View key={index} style={index === lines - 1 ? { height: ruleSpacing } : styles.rule} />
        ))}
      </View>
    </View>
  );
}

/** The scale 1–10 as numbered boxes to cross. */
export function ScaleBoxes({ from = 1, to = 10 }: { from?: number; to?: number }) {
  return (
    <View style={styles.ticks}>
      {Array.from({ length: to - from + 1 }, (_, index) => (
        <Text key={index} style={styles.number}>
          {String(from + index)}
        </Text>
      ))}
    </View>
  );
}

/** Choices, each with a square to cross. */
export function TickChoices({ choices }: { choices: readonly string[] }) {
  return (
    <View style={styles.ticks}>
      {choices.map((choice) => (
        <View key={choice} style={styles.tick}>
          <View style={styles.square} />
          <Text>{choice}</Text>
        </View>
      ))}
    </View>
  );
}

/**
 * Labelled lines to write on, side by side ("Navn ____  Dato ____"); `widths` are flex shares,
 * `values` what is already known (printed on its line).
 */
export function FillLines({
  labels,
  widths,
  values,
}: {
  labels: readonly string[];
  widths?: readonly number[];
  values?: readonly (string | undefined)[];
}) {
  return (
    <View style={{ flexDirection: "row", gap: 18 }} wrap={false}>
      {labels.map((label, index) => (
        <View key={label} style={[styles.fillLine, { flex: widths?.[index] ?? 1 }]}>
          <Text style={{ fontSize: 9.5, color: "#334155" }}>{label}</Text>
          <View style={styles.line}>{values?.[index] ? <Text style={{ paddingLeft: 4 }}>{values[index]}</Text> : null}</View>
        </View>
      ))}
    </View>
  );
}

/** A line to sign on with what it is for under it, for each party. */
export function SignatureLines({ labels }: { labels: readonly string[] }) {
  return (
    <View style={{ flexDirection: "row", gap: 28, marginTop: 36 }} wrap={false}>
      {labels.map((label) => (
        <View key={label} style={{ flex: 1 }}>
          <View style={{ borderBottomWidth: 0.75, borderBottomColor: "#0f172a", height: 30 }} />
          <Text style={{ fontSize: 9, color: "#334155", marginTop: 3 }}>{label}</Text>
        </View>
      ))}
    </View>
  );
}
