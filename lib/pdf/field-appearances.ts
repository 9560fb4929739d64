import fontkit from "@pdf-lib/fontkit";
import {
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFDropdown,
  PDFHexString,
  PDFName,
  PDFTextField,
  beginMarkedContent,
  beginText,
  endMarkedContent,
  endText,
  popGraphicsState,
  pushGraphicsState,
  setFillingGrayscaleColor,
  setFontAndSize,
  setTextMatrix,
  showText,
  type PDFFont,
  type PDFOperator,
  type PDFWidgetAnnotation,
} from "pdf-lib";
import { stampPageNumbers, type PageLabel, type PageLabelPlace } from "./page-numbers";
import { baselineOffset, fieldFace, fieldFontSize, fieldInnerWidth, fieldLineHeight, fieldLines, fieldPadding } from "./field-text";

// react-pdf writes form fields without appearances, leaving each reader to draw the values with
// a font of its own choosing, and the only font in the file is a subset made for the page text
// (a reader drew "Tale" as "ale"). Here every field gets its appearance drawn with the whole of
// Noto Sans embedded, laid out by the same function (field-text.ts) that sized the field's box, so
// the box holds every line drawn. The value stays the whole text even where fewer lines are shown.

/** Which of a field's laid-out lines are drawn: all of them unless the document says otherwise. */
export type ShownLines = (lines: string[]) => string[];

/** react-pdf writes coordinates in single precision (491.28 becomes 491.280029): the box was sized at hundredths. */
const hundredths = (value: number) => Math.round(value * 100) / 100;

function drawLines(font: PDFFont, widget: PDFWidgetAnnotation, value: string, shown: ShownLines): PDFOperator[] {
  const { width, height } = widget.getRectangle();
  const face = fieldFace();
  const lines = shown(fieldLines(value, fieldInnerWidth(hundredths(width))));
  const firstBaseline = height - fieldPadding - baselineOffset();
  return [
    pushGraphicsState(),
    beginMarkedContent("Tx"),
    beginText(),
    setFillingGrayscaleColor(0),
    setFontAndSize(font.name, fieldFontSize),
    ...lines.flatMap((line, index) => [
      setTextMatrix(1, 0, 0, 1, fieldPadding, firstBaseline - index * fieldLineHeight),
      showText(PDFHexString.of(Array.from(line, (char) => face.glyph(char).hex).join(""))),
    ]),
    endText(),
    endMarkedContent(),
    popGraphicsState(),
  ];
}

/** A reader that lets someone amend a field types with the default appearance's font: the same Noto Sans. */
function offerFontForEditing(document: PDFDocument, font: PDFFont): void {
  const acroForm = document.getForm().acroForm.dict;
  const resources = acroForm.lookupMaybe(PDFName.of("DR"), PDFDict) ?? document.context.obj({});
  const fonts = resources.lookupMaybe(PDFName.of("Font"), PDFDict) ?? document.context.obj({});
  fonts.set(PDFName.of(font.name), font.ref);
  resources.set(PDFName.of("Font"), fonts);
  acroForm.set(PDFName.of("DR"), resources);
}

export type FinishOptions = {
  shown?: ShownLines;
  /** Page numbers to stamp in the footer (see page-numbers.ts), drawn in the same embedded font. */
  pageLabel?: { label: PageLabel; place: PageLabelPlace };
};

export async function withFieldAppearances(
  pdf: Uint8Array,
  { shown = (lines) => lines, pageLabel }: FinishOptions = {},
): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const form = document.getForm();
  const fields = form.getFields();
  if (fields.length === 0 && !pageLabel) return pdf;
  document.registerFontkit(fontkit);
  const font = await document.embedFont(fieldFace().bytes, { subset: false });
  if (pageLabel) stampPageNumbers(document, font, pageLabel.label, pageLabel.place);
  if (fields.length > 0) offerFontForEditing(document, font);
  for (const field of fields) {
    if (!(field instanceof PDFTextField) && !(field instanceof PDFDropdown)) continue;
    field.acroField.setDefaultAppearance(`0 g /${font.name} ${fieldFontSize} Tf`);
    const value = field instanceof PDFTextField ? (field.getText() ?? "") : (field.getSelected()[0] ?? "");
    field.updateAppearances(font, (_, widget) => drawLines(font, widget, value, shown));
  }
  // The drawn appearances are the ones to show (react-pdf asked readers to draw their own).
  form.acroForm.dict.set(PDFName.of("NeedAppearances"), PDFBool.False);
  return document.save({ updateFieldAppearances: false });
}
