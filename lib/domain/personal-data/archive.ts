import { strToU8, zipSync } from "fflate";
import { personalDataHtml } from "./html";
import type { PersonalData } from "./shape";

// The ZIP handed over: the readable document and the same data for machines. Small (one person's
// texts), so it is made whole in memory rather than streamed as HR's export is.

export const archiveNames = { html: "indhold.html", json: "data.json" } as const;

export function personalDataJson(data: PersonalData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function personalDataZip(data: PersonalData): Uint8Array {
  const mtime = data.generatedAt;
  return zipSync({
    [archiveNames.html]: [strToU8(personalDataHtml(data)), { mtime }],
    [archiveNames.json]: [strToU8(personalDataJson(data)), { mtime }],
  });
}
