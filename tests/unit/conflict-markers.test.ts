import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";

// A merge that left its conflict markers in a file (the README once carried both sides of one)
// compiles and lints fine when the file is prose; this catches it in every tracked text file.
it("no tracked file carries merge conflict markers", () => {
  const files = execFileSync("git", ["ls-files"], { encoding: "utf8" })
    .split("\n")
    .filter((file) => /\.(ts|tsx|md|css|json|sql|mjs|prisma|toml)$/.test(file));
  const marked = files.filter((file) => /^(<{7}|>{7}) /m.test(readFileSync(file, "utf8")));
  expect(marked).toEqual([]);
});
