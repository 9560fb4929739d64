import fontkit from "@pdf-lib/fontkit";
import { fontBytes } from "./fonts";

// How a form field's text is laid out: one function that both sizes a field's box on the page and
// draws its appearance, so the box is always as tall as the lines drawn in it. (pdf-lib's own
// appearance used a line height of its own, taller than the one the boxes were sized with, and the
// last line of a five-line answer fell below its box.) The font is Noto Sans, whole, at 10 pt; the
// lines are as far apart as the page's own text (1.4).

export const fieldFontSize = 10;
export const fieldLineHeight = 14;
/** From the box's edge (its 0.75 pt border lies inside it) to the text, on every side. */
export const fieldPadding = 4;

type Glyph = { id: number; hex: string; width: number };
export type FieldFace = {
  bytes: Buffer;
  /** Above and below the baseline, in em. */
  ascent: number;
  descent: number;
  glyph: (char: string) => Glyph;
};

let face: FieldFace | undefined;

/**
 * The font, once per process. Read synchronously: a page template measures while it renders,
 * and the file is read once.
 */
export function fieldFace(): FieldFace {
  if (face) return face;
  const bytes = fontBytes(400);
  const font = fontkit.create(bytes);
  const glyphs = new Map<string, Glyph>();
  face = {
    bytes,
    ascent: font.ascent / font.unitsPerEm,
    descent: -Math.abs(font.descent) / font.unitsPerEm,
    glyph: (char) => {
      let glyph = glyphs.get(char);
      if (!glyph) {
        const found = font.glyphForCodePoint(char.codePointAt(0) ?? 32);
        glyph = { id: found.id, hex: found.id.toString(16).padStart(4, "0"), width: found.advanceWidth / font.unitsPerEm };
        glyphs.set(char, glyph);
      }
      return glyph;
    },
  };
  return face;
}

/** The width of a piece of text at the field's size, character by character (no kerning is drawn either). */
export function fieldTextWidth(text: string): number {
  const { glyph } = fieldFace();
  let sum = 0;
  for (const char of text) sum += glyph(char).width;
  return sum * fieldFontSize;
}

/** Tabs and the Unicode line separators as a typist means them; nothing drawn as a missing glyph. */
function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, "\n")
    .replace(/\t/g, "    ")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .split("\n");
}

/** The longest start of a word that fits the width, at least one character so the loop moves on. */
function breakWord(word: string, width: number): [string, string] {
  const chars = Array.from(word);
  let end = 1;
  while (end < chars.length && fieldTextWidth(chars.slice(0, end + 1).join("")) <= width) end += 1;
  return [chars.slice(0, end).join(""), chars.slice(end).join("")];
}

/**
 * The lines a field's text is drawn in at this inner width: each typed line (Enter) starts a new
 * line, an empty one included; a line wider than the field wraps between words, and a word wider
 * than the field breaks where it must.
 */
export function fieldLines(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of paragraphsOf(text)) {
    let line = "";
    for (let token of paragraph.match(/\s*\S+\s*|\s+/g) ?? []) {
      if (fieldTextWidth((line + token).trimEnd()) <= width) {
        line += token;
        continue;
      }
      if (line.trim() !== "") lines.push(line.trimEnd());
      line = "";
      token = token.trimStart();
      while (fieldTextWidth(token.trimEnd()) > width) {
        const [head, rest] = breakWord(token, width);
        lines.push(head);
        token = rest;
      }
      line = token;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** The height of a box holding this many lines. */
export function fieldHeight(lineCount: number): number {
  return lineCount * fieldLineHeight + 2 * fieldPadding;
}

/** The width the text of a box this wide is laid out in. */
export function fieldInnerWidth(boxWidth: number): number {
  return boxWidth - 2 * fieldPadding;
}

/** From a line's top to its baseline: the font's height centred in the line, as on the page. */
export function baselineOffset(): number {
  const { ascent, descent } = fieldFace();
  return (fieldLineHeight - (ascent - descent) * fieldFontSize) / 2 + ascent * fieldFontSize;
}
