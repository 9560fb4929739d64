import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// Browser specs run side by side, so none may lean on the shared demo organisation: an ESLint rule
// (eslint.config.mjs) refuses its addresses and its sign-in button in a spec.

const eslint = new ESLint({ cwd: process.cwd() });

async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages
    .filter((message) => message.ruleId === "no-restricted-syntax" || message.ruleId === "@typescript-eslint/no-restricted-imports")
    .map((message) => message.message);
}

const leaning = [
  'import { test } from "@playwright/test";',
  'import { signInAs } from "./support/sign-in";',
  'const leader = "karen.hoejgaard@vesteraa.example";',
  "const other = `ole.baekgaard@vesteraa.example`;",
  'test("x", async ({ page }) => { await signInAs(page, leader + other); });',
].join("\n");

describe("browser specs", () => {
  it("may not use the demo organisation's people or its sign-in button", async () => {
    expect(await refusals("tests/e2e/probe.spec.ts", leaning)).toHaveLength(3);
  }, 60_000);

  it("may use their own world's", async () => {
    const own = [
      'import { test } from "@playwright/test";',
      'import { newWorld } from "./support/world";',
      'test("x", async ({ page }) => { const world = await newWorld("x"); await world.signInAs(page, "Karen Højgaard"); });',
    ].join("\n");
    expect(await refusals("tests/e2e/probe.spec.ts", own)).toEqual([]);
  }, 60_000);

  it("except the demo sign-in's own tests, which read the seeded demo", async () => {
    expect(await refusals("tests/e2e/sign-in.spec.ts", leaning)).toEqual([]);
  }, 60_000);
});
