// HR systems export CSV as UTF-8 (with or without a byte-order mark) or, from Danish Excel,
// as Windows-1252. Valid UTF-8 is taken as UTF-8; anything else is read as Windows-1252,
// which maps every byte, so æ, ø and å arrive intact either way.

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const windows1252 = new TextDecoder("windows-1252");

export type DecodedFile = { text: string; encoding: "utf-8" | "windows-1252" };

export function decodeCsv(bytes: Uint8Array): DecodedFile {
  try {
    return { text: utf8.decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: windows1252.decode(bytes), encoding: "windows-1252" };
  }
}
