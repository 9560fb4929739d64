import { readFile } from "node:fs/promises";
import fontkit from "@pdf-lib/fontkit";
import { PDFBool, PDFDocument, PDFDropdown, PDFHexString, PDFName, PDFTextField, type PDFFont } from "pdf-lib";
import { fontFile } from "./fonts";
import { woffToSfnt } from "./woff";

// react-pdf writes form fields without appearances, leaving each reader to draw the values with
// a font of its own choosing, and the only font in the file is a subset made for the page text
// (a reader drew "Tale" as "ale"). Here every field gets its appearance drawn with the whole of
// Noto Sans embedded, at 10 pt, so the values look the same in every reader and on paper.
// A field whose text is printed in full above it (too long for a field) shows its first lines;
// its value stays the whole text.

type Face = { bytes: Buffer; glyph: (char: string) => { hex: string; width: number } };
let face: Promise<Face> | undefined;

/** The font, once per process: plain TrueType bytes and each character's glyph and width. */
function loadFace(): Promise<Face> {
  return (face ??= readFile(fontFile(400)).then((woff) => {
    const bytes = woffToSfnt(woff);
    const font = fontkit.create(bytes);
    const glyphs = new Map<string, { hex: string; width: number }>();
    return {
      bytes,
      glyph: (char) => {
        let glyph = glyphs.get(char);
        if (!glyph) {
          const found = font.glyphForCodePoint(char.codePointAt(0) ?? 32);
          glyph = { hex: found.id.toString(16).padStart(4, "0"), width: found.advanceWidth / font.unitsPerEm };
          glyphs.set(char, glyph);
        }
        return glyph;
      },
    };
  }));
}

/**
 * pdf-lib finds line breaks by shaping ever longer pieces of the text with the full OpenType
 * machinery (measured: 400 ms for one plan's fields). A field needs no ligatures or kerning, so
 * measuring and encoding go character by character from a cache instead (20 times faster).
 */
function characterByCharacter(font: PDFFont, face: Face): void {
  font.encodeText = (text: string) => PDFHexString.of(Array.from(text, (char) => face.glyph(char).hex).join(""));
  font.widthOfTextAtSize = (text: string, size: number) => Array.from(text).reduce((sum, char) => sum + face.glyph(char).width, 0) * size;
}

export async function withFieldAppearances(pdf: Uint8Array, isLong: (value: string) => boolean, preview: (value: string) => string): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const form = document.getForm();
  const fields = form.getFields();
  if (fields.length === 0) return pdf;
  document.registerFontkit(fontkit);
  const noto = await loadFace();
  const font = await document.embedFont(noto.bytes, { subset: false });
  characterByCharacter(font, noto);
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
