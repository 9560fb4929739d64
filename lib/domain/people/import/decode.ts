// HR systems export CSV as UTF-8 (with or without a byte-order mark) or, from Danish Excel,
// as Windows-1252. Valid UTF-8 is taken as UTF-8; anything else is read as Windows-1252,
// which maps every byte, so æ, ø and å arrive intact either way. The file's text is cleaned
// like every other text the app takes in (lib/text/clean.ts): a NUL in a cell is dropped.

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const windows1252 = new TextDecoder("windows-1252");

import { cleanText } from "@/lib/text/clean";

export type DecodedFile = { text: string; encoding: "utf-8" | "windows-1252" };

export function decodeCsv(bytes: Uint8Array): DecodedFile {
  try {
    return { text: cleanText(utf8.decode(bytes)), encoding: "utf-8" };
  } catch {
    return { text: cleanText(windows1252.decode(bytes)), encoding: "windows-1252" };
  }
}
