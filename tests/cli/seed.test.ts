import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// `npm run db:seed` writes the fictional demo organisation and its rounds: never into a
// municipality's own database (a DATABASE_URL without DEMO_MODE=1).

describe("npm run db:seed", () => {
  it("refuses a database that is not in demo mode, in one line, before connecting", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/seed.ts"], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:9/kommunen", DEMO_MODE: "", EMBEDDED_DATABASE: "" },
    });
    expect(run.status).toBe(1);
    expect(
      run.stderr
        .trim()
        .split("\n")
        .filter((line) => line.trim() !== ""),
    ).toEqual([
      "✖ npm run db:seed writes the fictional demo organisation; it runs on the embedded database, or with DEMO_MODE=1 on a database of its own.",
    ]);
  });
});
