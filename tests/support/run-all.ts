import { ensurePrismaClient } from "../../lib/cli/prepare";
import { runCli } from "../../lib/cli/run";
import { ensureSystemPackages } from "./system-packages";

// `npm test`: everything the tests need is provisioned here and removed afterwards: Debian's
// Postgres and Chromium when missing, the Prisma client, a throwaway Postgres cluster, the
// production build. Modules that use the Prisma client are imported only once it exists.
runCli(async () => {
  ensureSystemPackages();
  await ensurePrismaClient();
  const { runPipeline } = await import("./pipeline");
  await runPipeline();
});
