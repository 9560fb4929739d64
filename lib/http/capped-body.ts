// Reading a request body without trusting its sender. `request.arrayBuffer()` reads everything
// before anyone can look at the size, so a person could make the server hold hundreds of megabytes
// for a request it would refuse anyway. Here the declared length is judged before a byte is read,
// and the read itself stops as soon as the cap is passed.

/** Why a body is refused before reading it: too large as declared, or no usable length at all. */
export type DeclaredLengthProblem = "tooLarge" | "lengthRequired";

/**
 * Judges the declared length. A body sent in chunks has none (and is capped while read); any other
 * body must say how long it is, and no longer than the cap.
 */
export function declaredLengthProblem(request: Request, maxBytes: number): DeclaredLengthProblem | null {
  const length = request.headers.get("content-length");
  if (length === null) return /\bchunked\b/i.test(request.headers.get("transfer-encoding") ?? "") ? null : "lengthRequired";
  if (!/^\d{1,15}$/.test(length.trim())) return "lengthRequired";
  return Number(length) > maxBytes ? "tooLarge" : null;
}

/** The body's bytes, or null as soon as more than `maxBytes` have arrived (the rest is never read). */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}
