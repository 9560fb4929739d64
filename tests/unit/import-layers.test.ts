import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layering (app → components → lib/domain → lib; the database from pages, routes and domain
// code only) is an ESLint rule (eslint.config.mjs), so it holds without anyone remembering it.

const eslint = new ESLint({ cwd: process.cwd() });

async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages
    .filter((message) => message.ruleId === "@typescript-eslint/no-restricted-imports")
    .map((message) => message.message);
}

describe("the import layers", () => {
  it("keep components away from the database and from pages", async () => {
    expect(await refusals("components/probe.ts", 'import { db } from "@/lib/db";\nexport const x = db;\n')).toHaveLength(1);
    expect(await refusals("components/probe.ts", 'import Page from "@/app/page";\nexport const x = Page;\n')).toHaveLength(1);
    // A type crosses freely: it is erased.
    expect(await refusals("components/probe.ts", 'import type { Database } from "@/lib/db-client";\nexport type X = Database;\n')).toEqual(
      [],
    );
  }, 60_000);

  it("keep lib below the domain, and the domain below components", async () => {
    expect(
      await refusals(
        "lib/i18n/probe.ts",
        'import { loadTemplates } from "@/lib/domain/templates/data";\nexport const x = loadTemplates;\n',
      ),
    ).toHaveLength(1);
    expect(
      await refusals("lib/domain/rounds/probe.ts", 'import { Button } from "@/components/ui/button";\nexport const x = Button;\n'),
    ).toHaveLength(1);
    expect(await refusals("lib/domain/rounds/probe.ts", 'import { db } from "@/lib/db";\nexport const x = db;\n')).toEqual([]);
    expect(
      await refusals(
        "app/probe.ts",
        'import { db } from "@/lib/db";\nimport { Button } from "@/components/ui/button";\nexport const x = [db, Button];\n',
      ),
    ).toEqual([]);
  }, 60_000);
});
