import fontkit from "@pdf-lib/fontkit";
import { PDFDocument } from "pdf-lib";
import { readFileSync } from "node:fs";
import { fieldFace } from "../../lib/pdf/field-text";
const pdf = readFileSync("/tmp/hpdf/after1.pdf");
const T: Record<string, number[]> = {};
const lap = (k: string, s: number) => { (T[k] ??= []).push(performance.now() - s); return performance.now(); };
for (let i = 0; i < 30; i++) {
  let s = performance.now();
  const d = await PDFDocument.load(pdf, { updateMetadata: false }); s = lap("load", s);
  d.getForm().getFields(); s = lap("fields", s);
  d.registerFontkit(fontkit);
  const f = await d.embedFont(fieldFace().bytes, { subset: false }); s = lap("embedFont", s);
  await d.save({ updateFieldAppearances: false }); s = lap("save", s);
}
for (const [k, v] of Object.entries(T)) console.log(k, v.sort((a, b) => a - b)[15].toFixed(1));
