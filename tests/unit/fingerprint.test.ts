import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprint } from "@/lib/cli/fingerprint";

describe("the build fingerprint", () => {
  it("changes when a source changes and only then, ignoring build output", () => {
    const root = mkdtempSync(join(tmpdir(), "mus-fp-"));
    mkdirSync(join(root, "app", ".next"), { recursive: true });
    writeFileSync(join(root, "app", "page.tsx"), "a");
    const first = fingerprint(["app"], root);
    expect(fingerprint(["app"], root)).toBe(first);
    writeFileSync(join(root, "app", ".next", "cache"), "ignored");
    expect(fingerprint(["app"], root)).toBe(first);
    writeFileSync(join(root, "app", "page.tsx"), "b");
    expect(fingerprint(["app"], root)).not.toBe(first);
  });
});
