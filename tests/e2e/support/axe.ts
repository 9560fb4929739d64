import { createRequire } from "node:module";
import { expect, type Page } from "@playwright/test";

// An automated WCAG 2.1 A/AA check of the page as it stands (axe-core, run in the page). It finds
// what a machine can (names, labels, contrast, roles, landmarks); keyboard use and sense are
// checked by the specs themselves.

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

export async function expectNoAxeViolations(page: Page) {
  // Next streams a dynamic page's <title> with its metadata, after the first bytes: on a loaded
  // machine axe could run before it arrived. Waiting for it still fails a page that has none.
  await expect(page).toHaveTitle(/\S/);
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
    }));
  });
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}
