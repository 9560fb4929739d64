// Characters nobody types on purpose, which arrive by paste or by a hostile request: control
// characters (U+0000 is refused by Postgres in text and jsonb, the others break PDFs, calendar
// files and CSV) and UTF-16 halves without their other half (lone surrogates, which Postgres,
// JSON encoders and PDF fonts cannot encode). The decision, made once for every text the app
// accepts: control characters are dropped and a lone surrogate becomes U+FFFD (the replacement
// character a browser shows for it anyway), so what the person sees is what is kept. Tab, line
// feed and carriage return are text and stay.

const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const anyUnstorable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the text holds a character cleanText would change. */
export function hasUnstorable(text: string): boolean {
  return anyUnstorable.test(text);
}

export function cleanText(text: string): string {
  return hasUnstorable(text) ? text.replace(controls, "").replace(loneSurrogates, "\uFFFD") : text;
}

/**
 * Every string in a request's input (values and object keys, at any depth) cleaned; anything else
 * as it was. A server action's input passes here before its schema, so no field can be forgotten.
 */
export function cleanInput<T>(value: T, depth = 0): T {
  if (typeof value === "string") return cleanText(value) as T;
  if (depth > 32 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => cleanInput(item, depth + 1)) as T;
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [cleanText(key), cleanInput(item, depth + 1)])) as T;
}

/** Where the control characters cleanText would drop sit in a text, last first (to delete in turn). */
export function controlCharacterPositions(text: string): number[] {
  const positions: number[] = [];
  for (const match of text.matchAll(controls)) positions.push(match.index);
  return positions.reverse();
}

/** At most `max` UTF-16 units, never ending on the first half of a character (an emoji's pair). */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
