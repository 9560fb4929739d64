import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFDropdown,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFTextField,
  decodePDFRawStream,
  type PDFObject,
} from "pdf-lib";

// Reads a PDF's form fields as a reader draws them: each widget's normal appearance stream is
// interpreted (graphics and text matrices, font size, the font's own widths, ascent, descent and
// ToUnicode map from the file), so a test sees where every line of a field's text lands and can
// tell whether it lies inside the field's box. pdftotext finds a cut-off line as if nothing were
// wrong; this does not.

type Matrix = [number, number, number, number, number, number];
const identity: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
const apply = (m: Matrix, x: number, y: number) => ({ x: m[0] * x + m[2] * y + m[4], y: m[1] * x + m[3] * y + m[5] });

export type Box = { left: number; bottom: number; right: number; top: number };
export type DrawnLine = { text: string; box: Box; baseline: number };
export type DrawnField = {
  name: string;
  /** What the field holds (a dropdown: its choice). */
  value: string;
  page: number;
  /** The widget's rectangle on the page, and the appearance's bounding box in its own space. */
  rect: Box;
  bbox: Box;
  mediaBox: Box;
  lines: DrawnLine[];
};

type Font = { widths: Map<number, number>; defaultWidth: number; ascent: number; descent: number; unicode: Map<number, string> };

const numbersOf = (array: PDFArray) => array.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : NaN));
const boxOf = ([a, b, c, d]: number[]): Box => ({
  left: Math.min(a, c),
  bottom: Math.min(b, d),
  right: Math.max(a, c),
  top: Math.max(b, d),
});
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

function unicodeMap(stream: PDFRawStream): Map<number, string> {
  const text = latin1(decodePDFRawStream(stream).decode());
  const map = new Map<number, string>();
  const hex = (value: string) => parseInt(value, 16);
  const chars = (value: string) => String.fromCharCode(...(value.match(/.{4}/g) ?? []).map(hex));
  for (const [, body] of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, to] of body.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(hex(code), chars(to));
  }
  for (const [, body] of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, start] of body.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      for (let code = hex(from); code <= hex(to); code += 1) map.set(code, String.fromCharCode(hex(start) + code - hex(from)));
    }
  }
  return map;
}

function readFont(dict: PDFDict): Font {
  const subtype = dict.lookup(PDFName.of("Subtype"), PDFName).asString();
  const encoding = dict.lookup(PDFName.of("Encoding"));
  if (subtype !== "/Type0" || !(encoding instanceof PDFName) || encoding.asString() !== "/Identity-H")
    throw new Error(`a field's font this reader does not know: ${subtype}`);
  const cidFont = dict.lookup(PDFName.of("DescendantFonts"), PDFArray).lookup(0, PDFDict);
  const descriptor = cidFont.lookup(PDFName.of("FontDescriptor"), PDFDict);
  const widths = new Map<number, number>();
  const w = cidFont.lookupMaybe(PDFName.of("W"), PDFArray)?.asArray() ?? [];
  for (let index = 0; index < w.length;) {
    const first = (w[index] as PDFNumber).asNumber();
    const next = w[index + 1];
    if (next instanceof PDFArray) {
      numbersOf(next).forEach((width, offset) => widths.set(first + offset, width));
      index += 2;
    } else {
      const last = (next as PDFNumber).asNumber();
      for (let cid = first; cid <= last; cid += 1) widths.set(cid, (w[index + 2] as PDFNumber).asNumber());
      index += 3;
    }
  }
  const toUnicode = dict.lookup(PDFName.of("ToUnicode"));
  return {
    widths,
    defaultWidth: cidFont.lookupMaybe(PDFName.of("DW"), PDFNumber)?.asNumber() ?? 1000,
    ascent: descriptor.lookup(PDFName.of("Ascent"), PDFNumber).asNumber(),
    descent: descriptor.lookup(PDFName.of("Descent"), PDFNumber).asNumber(),
    unicode: toUnicode instanceof PDFRawStream ? unicodeMap(toUnicode) : new Map(),
  };
}

type Token =
  | { kind: "number"; value: number }
  | { kind: "name"; value: string }
  | { kind: "string"; bytes: number[] }
  | { kind: "operator"; value: string }
  | { kind: "array"; items: Token[] };

/** The tokens of a content stream; arrays nest (TJ's operand). */
function tokenize(content: string): Token[] {
  const stack: Token[][] = [[]];
  const push = (token: Token) => stack[stack.length - 1].push(token);
  let at = 0;
  while (at < content.length) {
    const char = content[at];
    if (/\s/.test(char)) at += 1;
    else if (char === "%") at = content.indexOf("\n", at) === -1 ? content.length : content.indexOf("\n", at);
    else if (char === "[") {
      stack.push([]);
      at += 1;
    } else if (char === "]") {
      const items = stack.pop()!;
      push({ kind: "array", items });
      at += 1;
    } else if (char === "<" && content[at + 1] !== "<") {
      const end = content.indexOf(">", at);
      const hex = content.slice(at + 1, end).replace(/\s/g, "");
      push({
        kind: "string",
        bytes: (hex.padEnd(Math.ceil(hex.length / 2) * 2, "0").match(/../g) ?? []).map((pair) => parseInt(pair, 16)),
      });
      at = end + 1;
    } else if (char === "(") {
      const bytes: number[] = [];
      let depth = 1;
      at += 1;
      while (depth > 0) {
        const c = content[at];
        if (c === "\\") {
          const escaped = content[at + 1];
          const simple: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, "(": 40, ")": 41, "\\": 92 };
          if (escaped in simple) {
            bytes.push(simple[escaped]);
            at += 2;
          } else if (/[0-7]/.test(escaped)) {
            const octal = /^[0-7]{1,3}/.exec(content.slice(at + 1))![0];
            bytes.push(parseInt(octal, 8));
            at += 1 + octal.length;
          } else at += 2;
          continue;
        }
        if (c === "(") depth += 1;
        if (c === ")") depth -= 1;
        if (depth > 0) bytes.push(c.charCodeAt(0));
        at += 1;
      }
      push({ kind: "string", bytes });
    } else if (char === "/") {
      const name = /^\/[^\s/[\]()<>{}%]*/.exec(content.slice(at))![0];
      push({ kind: "name", value: name.slice(1) });
      at += name.length;
    } else if (/[-+.\d]/.test(char)) {
      const number = /^[-+]?(\d+\.?\d*|\.\d+)/.exec(content.slice(at))![0];
      push({ kind: "number", value: Number(number) });
      at += number.length;
    } else {
      const word = /^([A-Za-z'"*]+|<<|>>|\{|\})/.exec(content.slice(at))?.[0] ?? char;
      push({ kind: "operator", value: word });
      at += word.length;
    }
  }
  return stack[0];
}

/** Where each shown piece of text lands in the appearance's own space, by the PDF text model. */
function drawnLines(content: string, fonts: PDFDict | undefined): DrawnLine[] {
  const lines: DrawnLine[] = [];
  const fontCache = new Map<string, Font>();
  let ctm = identity;
  const saved: Matrix[] = [];
  let tm = identity;
  let tlm = identity;
  let font: Font | undefined;
  let size = 0;
  let leading = 0;
  let operands: Token[] = [];
  const num = (index: number) => {
    const token = operands[index];
    if (token?.kind !== "number") throw new Error("a content stream this reader cannot follow");
    return token.value;
  };
  const show = (bytes: number[]) => {
    if (!font) throw new Error("text shown before a font was set");
    let width = 0;
    let text = "";
    for (let index = 0; index + 1 < bytes.length; index += 2) {
      const code = (bytes[index] << 8) | bytes[index + 1];
      width += ((font.widths.get(code) ?? font.defaultWidth) / 1000) * size;
      text += font.unicode.get(code) ?? "\ufffd";
    }
    if (text === "") return;
    const matrix = multiply(tm, ctm);
    const corners = [
      apply(matrix, 0, (font.descent / 1000) * size),
      apply(matrix, width, (font.descent / 1000) * size),
      apply(matrix, 0, (font.ascent / 1000) * size),
      apply(matrix, width, (font.ascent / 1000) * size),
    ];
    lines.push({
      text,
      baseline: apply(matrix, 0, 0).y,
      box: {
        left: Math.min(...corners.map((c) => c.x)),
        right: Math.max(...corners.map((c) => c.x)),
        bottom: Math.min(...corners.map((c) => c.y)),
        top: Math.max(...corners.map((c) => c.y)),
      },
    });
    tm = multiply([1, 0, 0, 1, width, 0], tm);
  };
  const nextLine = (tx: number, ty: number) => {
    tlm = multiply([1, 0, 0, 1, tx, ty], tlm);
    tm = tlm;
  };
  for (const token of tokenize(content)) {
    if (token.kind !== "operator") {
      operands.push(token);
      continue;
    }
    const six = () => [num(0), num(1), num(2), num(3), num(4), num(5)] as Matrix;
    switch (token.value) {
      case "q":
        saved.push(ctm);
        break;
      case "Q":
        ctm = saved.pop() ?? identity;
        break;
      case "cm":
        ctm = multiply(six(), ctm);
        break;
      case "BT":
        tm = tlm = identity;
        break;
      case "Tf": {
        const name = operands[0];
        if (name?.kind !== "name") throw new Error("Tf without a font name");
        const dict = fonts?.lookupMaybe(PDFName.of(name.value), PDFDict);
        if (!dict) throw new Error(`the appearance uses the font ${name.value}, which its resources do not hold`);
        font = fontCache.get(name.value) ?? readFont(dict);
        fontCache.set(name.value, font);
        size = num(1);
        break;
      }
      case "Tm":
        tm = tlm = six();
        break;
      case "Td":
        nextLine(num(0), num(1));
        break;
      case "TD":
        leading = -num(1);
        nextLine(num(0), num(1));
        break;
      case "TL":
        leading = num(0);
        break;
      case "T*":
        nextLine(0, -leading);
        break;
      case "Tj":
      case "'": {
        if (token.value === "'") nextLine(0, -leading);
        const string = operands[0];
        if (string?.kind === "string") show(string.bytes);
        break;
      }
      case "TJ": {
        const array = operands[0];
        if (array?.kind !== "array") throw new Error("TJ without an array");
        for (const item of array.items) {
          if (item.kind === "string") show(item.bytes);
          else if (item.kind === "number") tm = multiply([1, 0, 0, 1, (-item.value / 1000) * size, 0], tm);
        }
        break;
      }
      case "Tc":
      case "Tw":
      case "Tz":
      case "Ts":
      case '"':
        // Spacing, scaling and rise would move glyphs where this reader does not look: refuse rather than pass.
        if (token.value !== '"' && num(0) === (token.value === "Tz" ? 100 : 0)) break;
        throw new Error(`text operator ${token.value} with a value this reader does not follow`);
      default:
        break;
    }
    operands = [];
  }
  return lines;
}

function streamOf(object: PDFObject | undefined, document: PDFDocument): PDFRawStream | undefined {
  const resolved = object instanceof PDFRef ? document.context.lookup(object) : object;
  return resolved instanceof PDFRawStream ? resolved : undefined;
}

/** Every text field's and dropdown's widgets with the lines their appearances draw. */
export async function drawnFields(pdf: Uint8Array): Promise<DrawnField[]> {
  const document = await PDFDocument.load(pdf);
  const pages = document.getPages();
  const pageOf = new Map<PDFObject, number>();
  pages.forEach((page, index) =>
    page.node
      .Annots()
      ?.asArray()
      .forEach((annotation) => pageOf.set(document.context.lookup(annotation) ?? annotation, index)),
  );
  const fields: DrawnField[] = [];
  for (const field of document.getForm().getFields()) {
    if (!(field instanceof PDFTextField) && !(field instanceof PDFDropdown)) continue;
    const value = field instanceof PDFTextField ? (field.getText() ?? "") : (field.getSelected()[0] ?? "");
    for (const widget of field.acroField.getWidgets()) {
      const page = pageOf.get(widget.dict) ?? -1;
      const appearance = streamOf(widget.getNormalAppearance(), document);
      if (!appearance) throw new Error(`${field.getName()} has no appearance stream`);
      const matrix = appearance.dict.lookupMaybe(PDFName.of("Matrix"), PDFArray);
      if (matrix && numbersOf(matrix).some((number, index) => number !== identity[index]))
        throw new Error(`${field.getName()}: an appearance matrix this reader does not follow`);
      const resources = appearance.dict.lookupMaybe(PDFName.of("Resources"), PDFDict);
      const { x, y, width, height } = widget.getRectangle();
      fields.push({
        name: field.getName(),
        value,
        page,
        rect: { left: x, bottom: y, right: x + width, top: y + height },
        bbox: boxOf(numbersOf(appearance.dict.lookup(PDFName.of("BBox"), PDFArray))),
        mediaBox:
          page >= 0
            ? (({ x: left, y: bottom, width: w, height: h }) => ({ left, bottom, right: left + w, top: bottom + h }))(
                pages[page].getMediaBox(),
              )
            : { left: 0, bottom: 0, right: 0, top: 0 },
        lines: drawnLines(latin1(decodePDFRawStream(appearance).decode()), resources?.lookupMaybe(PDFName.of("Font"), PDFDict)),
      });
    }
  }
  return fields;
}

const inside = (inner: Box, outer: Box, tolerance = 0.001) =>
  inner.left >= outer.left - tolerance &&
  inner.right <= outer.right + tolerance &&
  inner.bottom >= outer.bottom - tolerance &&
  inner.top <= outer.top + tolerance;

/**
 * What a reader would not show in full: a line reaching outside its field's box (above it, below
 * it with its descender, or past its sides), lines drawn over each other, an appearance scaled to a
 * box of another size, a field off its page. An empty list when every field shows what it draws.
 */
export function hiddenText(fields: DrawnField[]): string[] {
  const problems: string[] = [];
  for (const field of fields) {
    const width = field.rect.right - field.rect.left;
    const height = field.rect.top - field.rect.bottom;
    if (Math.abs(field.bbox.right - field.bbox.left - width) > 0.01 || Math.abs(field.bbox.top - field.bbox.bottom - height) > 0.01)
      problems.push(`${field.name}: its appearance is scaled into the box`);
    if (!inside(field.rect, field.mediaBox)) problems.push(`${field.name}: the box is not on its page`);
    field.lines.forEach((line, index) => {
      if (!inside(line.box, field.bbox))
        problems.push(
          `${field.name}: line ${index + 1} "${line.text}" reaches outside the box (${JSON.stringify(line.box)} in ${JSON.stringify(field.bbox)})`,
        );
      const above = field.lines[index - 1];
      if (above && line.box.top > above.box.bottom + 0.001)
        problems.push(`${field.name}: line ${index + 1} "${line.text}" overlaps the line above it`);
    });
  }
  return problems;
}

/** The text a field draws, without its line breaks and spaces: to compare with what it holds. */
export const squeezed = (text: string) => text.replace(/\s+/g, "");

/**
 * Each page's footer as `pdftotext -layout` reads it (the last line of every page), against the
 * one expected: `left`, then "Side n af N" on the same line at the right.
 */
export function expectedFooters(text: string, pages: number, left: string) {
  const footers = text
    .split("\f")
    .slice(0, pages)
    .map((page) => page.trimEnd().split("\n").at(-1)!.trim());
  const literal = left.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const expected = Array.from({ length: pages }, (_, index) => new RegExp(`^${literal}\\s+Side ${index + 1} af ${pages}$`));
  return { footers, matches: footers.length === pages && footers.every((footer, index) => expected[index].test(footer)) };
}
