import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fingerprint } from "./fingerprint";
import { nextBin, runProcess } from "./process";

// `npm install` runs no install scripts on these machines, so the Prisma client and the
// Next build are produced on demand, and only when their inputs changed since last time.

const generatedDir = "lib/generated/prisma";
const buildInputs = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "proxy.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

function isCurrent(markerPath: string, hash: string): boolean {
  return existsSync(markerPath) && readFileSync(markerPath, "utf8") === hash;
}

export async function ensurePrismaClient(): Promise<void> {
  const hash = fingerprint(["prisma/schema.prisma", "package-lock.json"]);
  const marker = join(generatedDir, ".fingerprint");
  if (isCurrent(marker, hash)) return;
  console.log("Generating the Prisma client…");
  await runProcess(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--schema", "prisma/schema.prisma"], {
    // generate never runs the schema engine, but the CLI insists that one exists.
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  writeFileSync(marker, hash);
}

export async function ensureBuild(): Promise<void> {
  await ensurePrismaClient();
  const hash = fingerprint(buildInputs);
  const marker = join(".next", "source-fingerprint");
  if (existsSync(join(".next", "BUILD_ID")) && isCurrent(marker, hash)) return;
  console.log("Building the app (first start, or the sources changed)…");
  await runProcess(process.execPath, [nextBin, "build"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  writeFileSync(marker, hash);
}
