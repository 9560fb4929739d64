import { readFileSync } from "node:fs";

// Calls a server action over HTTP as the browser does (POST to the page with the action's id),
// so a benchmark goes through the same wrapper, body limit and serialisation as a person does.
// The id comes from the production build's manifest.

export function serverActionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${exportedName} in ${filename} in the build`);
  return found[0];
}

/** The action's return value, read from the RSC response (row 1 holds it). */
export async function callServerAction<T>(options: {
  base: string;
  pagePath: string;
  cookie: string;
  actionId: string;
  args: unknown[];
}): Promise<T> {
  const response = await fetch(`${options.base}${options.pagePath}`, {
    method: "POST",
    headers: {
      cookie: options.cookie,
      origin: options.base,
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      "next-action": options.actionId,
    },
    body: JSON.stringify(options.args),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`server action answered ${response.status}: ${text.slice(0, 300)}`);
  const row = text.split("\n").find((line) => line.startsWith("1:"));
  if (!row) throw new Error(`no result in the server action's answer: ${text.slice(0, 300)}`);
  return JSON.parse(row.slice(2)) as T;
}
