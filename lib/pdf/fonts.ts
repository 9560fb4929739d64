import { join } from "node:path";
import { Font } from "@react-pdf/renderer";

// Noto Sans, embedded in every PDF, so æ, ø and å look the same in every reader and on paper.
// The files come with the @fontsource/noto-sans package and are read from disk at render time
// (a path, not an import: the bundler must not try to bundle font files).

export const fontFile = (weight: 400 | 700) => join(process.cwd(), "node_modules", "@fontsource", "noto-sans", "files", `noto-sans-latin-${weight}-normal.woff`);

let registered = false;

export const pdfFont = "Noto Sans";

export function registerPdfFonts(): void {
  if (registered) return;
  Font.register({ family: pdfFont, fonts: [{ src: fontFile(400), fontWeight: 400 }, { src: fontFile(700), fontWeight: 700 }] });
  // Danish words are not hyphenated by an English rule; long words wrap whole.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
