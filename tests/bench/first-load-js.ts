import { gzipSync } from "node:zlib";
import { ensureBuild } from "../../lib/cli/prepare";
import { startApp, tempDataDir, waitForHealthy } from "../support/start-process";

// The JavaScript a browser downloads to show the start page the first time: every script the
// HTML references, raw and gzipped. Run with `npm run bench:first-load`.

await ensureBuild();
const app = await startApp({ DATA_DIR: tempDataDir() });
try {
  await waitForHealthy(app.port);
  const base = `http://127.0.0.1:${app.port}`;
  const html = await (await fetch(`${base}/`)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]))];
  let raw = 0;
  let gzipped = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, base))).arrayBuffer());
    raw += body.length;
    gzipped += gzipSync(body).length;
  }
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log(`Start page first-load JS: ${sources.length} scripts, ${kib(raw)} raw, ${kib(gzipped)} gzipped`);
} finally {
  app.pressCtrlC();
  await app.exited;
}
