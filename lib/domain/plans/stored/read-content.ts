import { readStored, type StoredShape } from "@/lib/stored/versioned";
import type { PlanContent } from "@/lib/domain/plans/doc";
import { contentV1, contentV2, contentV3, contentV3Marked, type ContentV3Marked } from "@/lib/domain/plans/stored/content-shapes";
import { unmarkV3, v1ToV2, v2ToV3, v3ToCurrent } from "@/lib/domain/plans/stored/content-upgrades";

// The read boundary of a plan version's content: every reader of PlanVersion.content goes through
// readPlanContent, and sign-off writes through storedPlanContent, so the two stay one module.

export const planContentVersion = 3;

const shapes: StoredShape<PlanContent>[] = [
  { version: 1, unmarked: true, schema: contentV1, toCurrent: (plan) => v3ToCurrent(v2ToV3(v1ToV2(plan))) },
  { version: 2, unmarked: true, schema: contentV2, toCurrent: (plan) => v3ToCurrent(v2ToV3(plan)) },
  { version: 3, unmarked: true, schema: contentV3, toCurrent: v3ToCurrent },
  { version: 3, unmarked: false, schema: contentV3Marked, toCurrent: (plan: ContentV3Marked) => v3ToCurrent(unmarkV3(plan)) },
];

/** A stored plan version's content in today's shape; throws StoredDocumentError for a shape never written. */
export function readPlanContent(json: unknown): PlanContent {
  return readStored("plan content", json, shapes);
}

/** What sign-off stores: the content with the version it is written in. */
export function storedPlanContent(content: PlanContent): PlanContent & { schemaVersion: typeof planContentVersion } {
  return { schemaVersion: planContentVersion, ...content };
}
