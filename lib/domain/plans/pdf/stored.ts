import "server-only";
import { createHash } from "node:crypto";
import type { Database } from "@/lib/db-client";
import type { PlanPdfData } from "@/lib/pdf/plan";
import { renderPlanPdfOffThread } from "@/lib/pdf/render-off-thread";

// A signed version's PDF is rendered once and kept (the PlanPdf table): its plan text never
// changes, and rendering is most of what a download or HR's ZIP costs (~70 ms a plan against a
// few for reading the bytes back). A stored PDF is sent only if it was made by this renderer from
// exactly this data: the employee's remark, the filing and people's names can still change after
// signing, and a new look of the PDF must reach old plans too. Anything else is rendered (off the
// server's thread) and replaces what was stored. Unsigned versions are never stored.

/** Change this whenever plan.tsx, its fonts or its field appearances change what a PDF looks like. */
export const planPdfRenderer = "plan-2026-11-30c"; // c: the footer and its page numbers are printed again, a long name wraps before them

type Stored = { dataHash: string; bytes: Uint8Array };
type Options = {
  renderer?: string;
  render?: (data: PlanPdfData) => Promise<Uint8Array>;
  /** What the table holds for this version, when already read with others (storedPlanPdfs); null for nothing. */
  stored?: Stored | null;
};

/** What the PDF is made from, as one value: any change to it calls for a new PDF. */
export function planPdfDataHash(data: PlanPdfData): string {
  return createHash("sha256").update(JSON.stringify(data)).digest("hex");
}

/** The version's PDF: the stored one if it is current, else rendered now and (signed versions) stored. */
export async function planPdfBytes(database: Database, versionId: string, data: PlanPdfData, options: Options = {}): Promise<Uint8Array> {
  const { renderer = planPdfRenderer, render = renderPlanPdfOffThread } = options;
  if (!data.version.signedAt) return render(data);
  const dataHash = planPdfDataHash(data);
  const stored =
    options.stored !== undefined
      ? options.stored
      : await database.planPdf.findUnique({
          where: { versionId_renderer: { versionId, renderer } },
          select: { dataHash: true, bytes: true },
        });
  if (stored?.dataHash === dataHash) return stored.bytes;
  // Copied into a plain ArrayBuffer, the one kind the client takes for a Bytes column (a few µs).
  const bytes = new Uint8Array(await render(data));
  await database.$transaction(async (tx) => {
    // One copy per version: what older renderers made is not kept (it holds the same personal data).
    await tx.planPdf.deleteMany({ where: { versionId, renderer: { not: renderer } } });
    await tx.planPdf.upsert({
      where: { versionId_renderer: { versionId, renderer } },
      create: { versionId, renderer, dataHash, bytes },
      update: { dataHash, bytes, createdAt: new Date() },
    });
  });
  return bytes;
}

/** The stored PDFs of many versions in one query (HR's ZIP reads them a batch at a time). */
export async function storedPlanPdfs(database: Database, versionIds: string[], renderer = planPdfRenderer): Promise<Map<string, Stored>> {
  const rows = await database.planPdf.findMany({
    where: { versionId: { in: versionIds }, renderer },
    select: { versionId: true, dataHash: true, bytes: true },
  });
  return new Map(rows.map(({ versionId, ...stored }) => [versionId, stored]));
}
