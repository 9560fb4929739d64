import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// A server action is a public endpoint and a route handler is one too: each must go through the
// one wrapper that authenticates (defineAction / defineRoute). This reads the source to make sure.

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (entry === "generated" || entry === "node_modules") return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry) ? [path] : [];
  });
}

const files = ["app", "components", "lib"].flatMap(sourceFiles);
// The metrics route has no session either: it takes METRICS_TOKEN as a bearer token instead.
const publicRoutes = new Set(["app/api/health/route.ts", "app/api/auth/[...nextauth]/route.ts", "app/api/metrics/route.ts"]);

describe("every endpoint authenticates in the one wrapper", () => {
  const actionFiles = files.filter((file) => /^\s*["']use server["']/m.test(readFileSync(file, "utf8")));

  it("finds the server action files", () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(2);
  });

  it.each(actionFiles)("%s exports only actions built with defineAction", (file) => {
    const source = readFileSync(file, "utf8");
    expect(source).not.toMatch(/export\s+(async\s+)?function/);
    expect(source).not.toMatch(/export\s+default/);
    const exported = [...source.matchAll(/export\s+const\s+(\w+)\s*=\s*([\w.]+)\(/g)];
    expect(exported.length).toBeGreaterThan(0);
    for (const [, name, builder] of exported) expect(`${name} = ${builder}`).toBe(`${name} = defineAction`);
    expect(source.match(/export\s+const/g)?.length).toBe(exported.length);
  });

  it.each(files.filter((file) => file.startsWith("app/") && file.endsWith("/route.ts") && !publicRoutes.has(file)))(
    "%s handles every method with defineRoute",
    (file) => {
      const source = readFileSync(file, "utf8");
      const methods = [...source.matchAll(/export\s+const\s+(GET|POST|PUT|PATCH|DELETE)\s*=\s*(\w+)/g)];
      expect(methods.length).toBeGreaterThan(0);
      for (const [, method, builder] of methods) expect(`${method} = ${builder}`).toBe(`${method} = defineRoute`);
      expect(source).not.toMatch(/export\s+(async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE)/);
    },
  );
});
