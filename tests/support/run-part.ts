import { ensurePrismaClient } from "../../lib/cli/prepare";
import { CliError } from "../../lib/cli-error";
import { runCli } from "../../lib/cli/run";
import { ensureSystemPackages } from "./system-packages";

// `npm run test:unit | test:integration | test:e2e`: one part of `npm test` (tests/support/pipeline.ts).
runCli(async () => {
  const part = process.argv[2];
  if (part !== "unit" && part !== "integration" && part !== "e2e") throw new CliError("Give one of: unit, integration, e2e.");
  ensureSystemPackages();
  await ensurePrismaClient();
  const { runPart } = await import("./pipeline");
  await runPart(part);
});
