import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { da } from "@/lib/i18n/da";
import { registerPdfFonts } from "./fonts";
import { blankStyles as styles } from "./writing-space";

// Invitations on paper: one letter per participant without an e-mail address, with what the
// invitation mail says (who, when, where, how to prepare). One page each, so the leader can hand
// each letter out with the blank preparation sheet. A pure function of its data.

export type InvitationLetter = {
  name: string;
  /** The booked conversation as Danes write it, or null while it is not booked. */
  when: string | null;
  minutes: number | null;
  location: string | null;
};

export type InvitationLettersPdfData = {
  municipality: string;
  unit: string;
  round: { title: string; kind: "MUS" | "LUS" };
  leaderName: string;
  /** The conversations' period, as Danes write dates. */
  period: { from: string; to: string };
  /** The date the letters are printed, as Danes write it. */
  printedOn: string;
  letters: InvitationLetter[];
};

const local = StyleSheet.create({
  facts: { borderWidth: 0.75, borderColor: "#94a3b8", borderRadius: 3, padding: 10, marginTop: 14, gap: 4 },
  fact: { flexDirection: "row", gap: 8 },
  factName: { width: 50, fontWeight: 700 },
  paragraph: { marginTop: 10 },
});

function Letter({ data, letter }: { data: InvitationLettersPdfData; letter: InvitationLetter }) {
  const t = da.paper.letters;
  const kind = data.round.kind;
  return (
    <Page size="A4" style={styles.page}>
      <Text style={styles.muted}>{da.common.dotted(data.municipality, data.unit)}</Text>
      <Text style={[styles.muted, { marginTop: 2 }]}>{data.printedOn}</Text>
      <Text style={{ marginTop: 18 }}>{t.to(letter.name)}</Text>
      <Text style={styles.title}>{t.heading(kind)}</Text>
      <Text>{t.greeting(letter.name)}</Text>
      <Text style={local.paragraph}>{t.invited(kind, data.leaderName)}</Text>
      <View style={local.facts} wrap={false}>
        {letter.when ? (
          <>
            <View style={local.fact}>
              <Text style={local.factName}>{t.when}</Text>
              <Text>{t.booked(letter.when, letter.minutes ?? 0)}</Text>
            </View>
            <View style={local.fact}>
              <Text style={local.factName}>{t.where}</Text>
              <Text>{letter.location ?? ""}</Text>
            </View>
          </>
        ) : (
          <Text>{t.notBooked(data.leaderName)}</Text>
        )}
      </View>
      <Text style={local.paragraph}>{t.period(data.period.from, data.period.to)}</Text>
      <Text style={local.paragraph}>{t.prepare}</Text>
      <Text style={local.paragraph}>{t.yours(kind)}</Text>
      <Text style={[local.paragraph, { marginTop: 22 }]}>{t.regards}</Text>
      <Text>{data.leaderName}</Text>
      <Text style={styles.footer} fixed>
        {da.common.dotted(t.footer(data.municipality), data.round.title)}
      </Text>
    </Page>
  );
}

export function InvitationLettersPdf({ data }: { data: InvitationLettersPdfData }) {
  registerPdfFonts();
  return (
    <Document
      title={da.paper.letters.title(data.round.title)}
      author={data.municipality}
      subject={da.paper.letters.subject}
      language="da"
      creator={da.app.name}
      producer={da.app.name}
    >
      {data.letters.map((letter, index) => (
        <Letter key={`${index}-${letter.name}`} data={data} letter={letter} />
      ))}
    </Document>
  );
}

export async function renderInvitationLettersPdf(data: InvitationLettersPdfData): Promise<Uint8Array> {
  return new Uint8Array(await renderToBuffer(<InvitationLettersPdf data={data} />));
}
