import { readFile } from "node:fs/promises";
import fontkit from "@pdf-lib/fontkit";
import { PDFBool, PDFDocument, PDFDropdown, PDFHexString, PDFName, PDFTextField } from "pdf-lib";
import { fontFile } from "./fonts";

// react-pdf writes form fields without appearances, leaving each reader to draw the values with
// a font of its own choosing, and the only font in the file is a subset made for the page text
// (a reader drew "Tale" as "ale"). Here every field gets its appearance drawn with the whole of
// Noto Sans embedded, at 10 pt, so the values look the same in every reader and on paper.
// A field whose text is printed in full above it (too long for a field) shows its first lines;
// its value stays the whole text.

let fontBytes: Promise<Buffer> | undefined;

export async function withFieldAppearances(pdf: Uint8Array, isLong: (value: string) => boolean, preview: (value: string) => string): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const form = document.getForm();
  const fields = form.getFields();
  if (fields.length === 0) return pdf;
  document.registerFontkit(fontkit);
  const font = await document.embedFont(await (fontBytes ??= readFile(fontFile(400))), { subset: true });
  const long: [PDFTextField, string][] = [];
  for (const field of fields) {
    if (!(field instanceof PDFTextField) && !(field instanceof PDFDropdown)) continue;
    // The size goes in each field's default appearance (react-pdf writes none); the font is passed below.
    field.acroField.setDefaultAppearance("0 g /NotoSans 10 Tf");
    const value = field instanceof PDFTextField ? (field.getText() ?? "") : "";
    if (field instanceof PDFTextField && isLong(value)) {
      long.push([field, value]);
      field.setText(preview(value));
    }
  }
  form.updateFieldAppearances(font);
  // Back to the whole text, below pdf-lib's notice, so the drawn preview stays.
  for (const [field, value] of long) field.acroField.setValue(PDFHexString.fromText(value));
  // The drawn appearances are the ones to show (react-pdf asked readers to draw their own).
  form.acroForm.dict.set(PDFName.of("NeedAppearances"), PDFBool.False);
  return document.save({ updateFieldAppearances: false });
}
