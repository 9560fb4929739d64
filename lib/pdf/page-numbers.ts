import fontkit from "@pdf-lib/fontkit";
import {
  PDFDocument,
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  setFillingRgbColor,
  setFontAndSize,
  setTextMatrix,
  showText,
  type PDFFont,
} from "pdf-lib";
import { fieldFace } from "./field-text";
import { fontBytes } from "./fonts";

// "Side 1 af 3" in a page's footer, stamped after layout. react-pdf can print it itself (a Text
// with a render function), but it then lays every page out a second time to learn the page
// count (a third of a plan's render time: p50 47 ms with it, 30 ms without), and in the version
// used here the footer holding it was not printed at all.

export type PageLabel = (page: number, pages: number) => string;

/** Where the label goes: right-aligned `right` points from the page's right edge, its baseline `baseline` points up from the bottom. */
export type PageLabelPlace = { right: number; baseline: number; size: number; rgb: [number, number, number] };

/** The place of a label on the line of a footer laid out with this box (react-pdf centres a line's text in its line box). */
export function footerLabelPlace(footer: {
  bottom: number;
  right: number;
  size: number;
  lineHeight: number;
  color: string;
}): PageLabelPlace {
  const { ascent, descent } = fieldFace();
  const halfLeading = (footer.size * footer.lineHeight - (ascent - descent) * footer.size) / 2;
  const channel = (at: number) => parseInt(footer.color.slice(at, at + 2), 16) / 255;
  return {
    right: footer.right,
    baseline: footer.bottom + halfLeading - descent * footer.size,
    size: footer.size,
    rgb: [channel(1), channel(3), channel(5)],
  };
}

export function stampPageNumbers(document: PDFDocument, font: PDFFont, label: PageLabel, place: PageLabelPlace): void {
  const pages = document.getPages();
  const [r, g, b] = place.rgb;
  pages.forEach((page, index) => {
    const text = label(index + 1, pages.length);
    const width = font.widthOfTextAtSize(text, place.size);
    const key = page.node.newFontDictionary(font.name, font.ref); // the font in the page's resources
    page.pushOperators(
      pushGraphicsState(),
      beginText(),
      setFillingRgbColor(r, g, b),
      setFontAndSize(key, place.size),
      setTextMatrix(1, 0, 0, 1, page.getWidth() - place.right - width, place.baseline),
      showText(font.encodeText(text)),
      endText(),
      popGraphicsState(),
    );
  });
}

/** A finished PDF with its page numbers stamped, in a subset of the same Noto Sans. */
export async function withPageNumbers(pdf: Uint8Array, label: PageLabel, place: PageLabelPlace): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.registerFontkit(fontkit);
  stampPageNumbers(document, await document.embedFont(fontBytes(400), { subset: true }), label, place);
  return document.save();
}
