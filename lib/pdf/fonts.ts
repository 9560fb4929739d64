import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Font } from "@react-pdf/renderer";
import { woffToSfnt } from "./woff";

// Noto Sans, embedded in every PDF, so æ, ø and å look the same in every reader and on paper.
// The files come with the @fontsource/noto-sans package and are read from disk at render time
// (a path, not an import: the bundler must not try to bundle font files).

export const fontFile = (weight: 400 | 700) =>
  join(process.cwd(), "node_modules", "@fontsource", "noto-sans", "files", `noto-sans-latin-${weight}-normal.woff`);

const sfnt = new Map<400 | 700, Buffer>();

/** The font as plain TrueType, inflated from its WOFF once per process (see woff.ts). */
export function fontBytes(weight: 400 | 700): Buffer {
  let bytes = sfnt.get(weight);
  if (!bytes) {
    bytes = woffToSfnt(readFileSync(fontFile(weight)));
    sfnt.set(weight, bytes);
  }
  return bytes;
}

let registered = false;

export const pdfFont = "Noto Sans";

export function registerPdfFonts(): void {
  if (registered) return;
  // Handed to react-pdf as TrueType (a data URL is the one in-memory source it takes): given the
  // WOFF file, its fontkit inflated a compressed table again at every glyph it read, which was a
  // quarter of a plan's render time (measured with --cpu-prof).
  const source = (weight: 400 | 700) => `data:font/ttf;base64,${fontBytes(weight).toString("base64")}`;
  Font.register({
    family: pdfFont,
    fonts: [
      { src: source(400), fontWeight: 400 },
      { src: source(700), fontWeight: 700 },
    ],
  });
  // Danish words are not hyphenated by an English rule; long words wrap whole.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
