import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const skipped = new Set(["node_modules", ".next", ".data", "generated", ".git", "test-results"]);

function collect(path: string, into: string[]): void {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    into.push(path);
    return;
  }
  for (const entry of readdirSync(path).sort()) {
    if (!skipped.has(entry)) collect(join(path, entry), into);
  }
}

/** A content hash of the given files and folders: unchanged inputs, unchanged hash. */
export function fingerprint(paths: string[], root = process.cwd()): string {
  const files: string[] = [];
  for (const path of paths) collect(join(root, path), files);
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(relative(root, file));
    hash.update("\0");
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex");
}
