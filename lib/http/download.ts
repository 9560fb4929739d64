// Every download (a plan's PDF, a sheet's, the conversation guide, HR's ZIP, an access report's
// CSV) has one shape: a domain function returns a Download (what the file is: its name, its type,
// its bytes or a stream of them), and its route, after the one wrapper's authentication, sends it
// with downloadResponse. The file name is made of words (letters and digits kept, æ, ø and å too,
// the rest as single hyphens, none at either end of a word run), sent both plain (for old clients)
// and in UTF-8: every name goes through fileSlug, so one rule names them all.

/** A name's words joined by single hyphens: "MUS 2026 (skoler)" is "mus-2026-skoler", never "mus-2026-skoler-". */
function words(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
}

/** The file name for a download: the stem slugged, the extension (".pdf", ".zip") kept as it is. */
export function fileSlug(name: string): string {
  const normal = name.normalize("NFC").toLowerCase();
  const extension = /\.[a-z][a-z0-9]{0,4}$/.exec(normal)?.[0] ?? "";
  return `${words(normal.slice(0, normal.length - extension.length))}${extension}`;
}

/** The same name in plain ASCII for clients that ignore filename*: æ, ø, å as ae, oe, aa, as Danes write them without the letters. */
function asciiFileName(fileName: string): string {
  const spelled = fileName
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .replace(/Æ/g, "Ae")
    .replace(/Ø/g, "Oe")
    .replace(/Å/g, "Aa")
    .normalize("NFD")
    .replace(/[^\x20-\x7e]|["\\]/g, "");
  const extension = /\.[A-Za-z][A-Za-z0-9]{0,4}$/.exec(spelled)?.[0] ?? "";
  return `${words(spelled.slice(0, spelled.length - extension.length))}${extension}`;
}

export function attachmentHeaders(fileName: string, contentType: string): HeadersInit {
  return {
    "content-type": contentType,
    "content-disposition": `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    // no-transform: the server must not gzip a PDF or a ZIP again (or hold a streamed ZIP back).
    "cache-control": "private, no-store, no-transform",
  };
}

export type Download = {
  /** The name as people read it ("Kompetenceudviklingsplan – Åse Kirkegaard.pdf"); slugged here. */
  fileName: string;
  contentType: "application/pdf" | "application/zip" | "text/csv; charset=utf-8" | "text/html; charset=utf-8";
  body: Uint8Array | string | ReadableStream<Uint8Array>;
};

/** The one response for a download. */
export function downloadResponse({ fileName, contentType, body }: Download): Response {
  return new Response(body instanceof Uint8Array ? new Uint8Array(body) : body, {
    headers: attachmentHeaders(fileSlug(fileName), contentType),
  });
}
