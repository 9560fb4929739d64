// Files for download: a file name made of words (letters and digits kept, æ, ø and å too, the
// rest as hyphens), sent both plain (for old clients) and in UTF-8.

export function fileSlug(name: string): string {
  return name.normalize("NFC").replace(/[^\p{L}\p{N}.-]+/gu, "-").replace(/-+/g, "-").toLowerCase();
}

export function attachmentHeaders(fileName: string, contentType: string): HeadersInit {
  return {
    "content-type": contentType,
    "content-disposition": `attachment; filename="${fileName.normalize("NFD").replace(/[^\x20-\x7e]/g, "")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    // no-transform: the server must not gzip a PDF or a ZIP again (or hold a streamed ZIP back).
    "cache-control": "private, no-store, no-transform",
  };
}

export function pdfResponse(pdf: Uint8Array, fileName: string): Response {
  return new Response(new Uint8Array(pdf), { headers: attachmentHeaders(fileName, "application/pdf") });
}
