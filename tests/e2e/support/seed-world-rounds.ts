// `node --import tsx tests/e2e/support/seed-world-rounds.ts <domain>`: the demo's rounds in every
// phase, made by the app's domain functions, for the world whose addresses are at <domain>. A
// process of its own: those modules are marked "server-only", which stands for an empty module
// only once the hook below is registered, and Playwright's workers load modules their own way.
import "../../../lib/server/without-server-only.mjs";

const { createPrismaClient } = await import("../../../lib/db-client");
const { seedDemoRounds } = await import("../../../prisma/seed/demo-rounds");

const database = createPrismaClient(process.env.TEST_OWNER_DATABASE_URL ?? process.env.DATABASE_URL!, 1);
try {
  await seedDemoRounds(database, process.argv[2]);
} finally {
  await database.$disconnect();
}
