import { renderToBuffer } from "@react-pdf/renderer";
import { planDocument, renderPlanPdf, type PlanPdfData } from "../../lib/pdf/plan";
import { withFieldAppearances } from "../../lib/pdf/field-appearances";
import { writeFileSync } from "node:fs";

const paragraph = "Jeg vil gerne blive tryg i at lede morgenmødet og give mine kolleger en god overlevering, så børnene møder de samme voksne og de samme aftaler hele dagen. ";
const content = {
  startWith: "mestring", expectations: paragraph, goals: paragraph.repeat(3), evaluation: "Det var godt at skrive planen sammen; vi gør det igen til næste år.", followUpDate: "2027-09-15",
  actions: [1, 2].map((n) => ({ what: `Øvebane ${n}: ${paragraph}`, how: paragraph, support: "Sparring med lederen hver anden uge", who: "Medarbejderen og lederen", byWhen: "2027-05-01", waitsForWrapUp: n === 2, carriedFrom: "", subtasks: [{ text: "Aftale de første datoer", state: "done" as const }, { text: "Skrive en dagsorden", state: "started" as const }] })),
};
export const data: PlanPdfData = {
  municipality: "Vesterå Kommune", unit: "Børnehuset Æblehaven", round: { title: "MUS 2026", kind: "MUS" },
  employee: { name: "Medarbejder Æblehøj 1", jobTitle: "Pædagog" }, leader: { name: "Mette Søndergård", jobTitle: "Leder" },
  conversation: "12. maj 2026 kl. 10.00", version: { number: 1, signedAt: "13. maj 2026 kl. 09.00", approvals: [{ name: "Mette Søndergård", at: "13. maj 2026 kl. 09.00" }] },
  scope: "FULL", content: content as never, employeeComment: "Tak for en god samtale. Øæå.", filed: null,
};
const t0 = performance.now();
const first = await renderPlanPdf(data);
console.log("first render", (performance.now() - t0).toFixed(0));
writeFileSync(process.env.OUT ?? "/tmp/hpdf/before.pdf", first);
const a: number[] = [], b: number[] = [];
for (let i = 0; i < 30; i++) {
  const s = performance.now();
  const pdf = await renderToBuffer(planDocument(data));
  const m = performance.now();
  await withFieldAppearances(new Uint8Array(pdf), (l) => l);
  a.push(m - s); b.push(performance.now() - m);
}
const med = (x: number[]) => x.sort((p, q) => p - q)[Math.floor(x.length / 2)].toFixed(1);
console.log("renderToBuffer p50", med(a), "appearances p50", med(b), "size", first.length);
