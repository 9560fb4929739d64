import fontkit from "@pdf-lib/fontkit";
import {
  PDFDocument,
  PDFHexString,
  PDFTextField,
  PageSizes,
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  setFontAndSize,
  setTextMatrix,
  showText,
  type PDFFont,
  type PDFPage,
} from "pdf-lib";
import { fieldFace, fieldLines } from "../../../lib/pdf/field-text";

// The floor a plan PDF is measured against: the least a program can do to make the same file.
// pdf-lib alone writes the same form fields with the same values on A4 pages, one under the
// other: each field's lines laid out and drawn with the whole Noto Sans embedded (the app's own
// glyph-width layout, as its field appearances do), each label and the heading in subsets of
// Noto Sans regular and bold (as the app's page text is). No layout engine, no React, one pass.
// (pdf-lib's own multiline appearances measure every word through fontkit's shaping: ~600 ms a
// plan here, far above the app, so they would make no floor.)

export type FloorField = { name: string; value: string };

/** The fields of a finished plan PDF, read back: what the floor fills in. */
export async function fieldsOf(pdf: Uint8Array): Promise<FloorField[]> {
  const form = (await PDFDocument.load(pdf)).getForm();
  return form.getFields().map((field) => ({ name: field.getName(), value: field instanceof PDFTextField ? (field.getText() ?? "") : "" }));
}

const margin = 52;
const fontSize = 10;
const lineHeight = 14;
const padding = 4;

export async function floorPdf(fields: FloorField[], regular: Uint8Array, bold: Uint8Array): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const whole = await document.embedFont(regular, { subset: false });
  const text = await document.embedFont(regular, { subset: true });
  const heading = await document.embedFont(bold, { subset: true });
  const form = document.getForm();
  const face = fieldFace();
  const [pageWidth, pageHeight] = PageSizes.A4;
  const width = pageWidth - 2 * margin;
  let page: PDFPage = document.addPage(PageSizes.A4);
  let y = pageHeight - margin;
  const room = (height: number) => {
    if (y - height >= margin) return;
    page = document.addPage(PageSizes.A4);
    y = pageHeight - margin;
  };
  const draw = (value: string, font: PDFFont, size: number) => {
    room(size * 1.4);
    y -= size * 1.4;
    page.drawText(value, { x: margin, y, size, font });
  };
  draw("Kompetenceudviklingsplan – Åse Kirkegaard", heading, 18);
  for (const { name, value } of fields) {
    draw(name, text, 9);
    const lines = fieldLines(value, width - 2 * padding).slice(0, 40);
    const height = Math.max(1, lines.length) * lineHeight + 2 * padding;
    room(height);
    y -= height;
    const field = form.createTextField(name);
    field.enableMultiline();
    field.addToPage(page, { x: margin, y, width, height, font: whole, borderWidth: 0.75 });
    field.setText(value);
    field.updateAppearances(whole, () => [
      pushGraphicsState(),
      beginText(),
      setFontAndSize(whole.name, fontSize),
      ...lines.flatMap((line, index) => [
        setTextMatrix(1, 0, 0, 1, padding, height - padding - (index + 0.8) * lineHeight),
        showText(PDFHexString.of(Array.from(line, (char) => face.glyph(char).hex).join(""))),
      ]),
      endText(),
      popGraphicsState(),
    ]);
  }
  return document.save({ updateFieldAppearances: false });
}
