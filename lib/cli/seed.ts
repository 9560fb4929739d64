import { ensurePrismaClient } from "./prepare";
import { runCli } from "./run";

// The Prisma client is generated on demand, so modules that use it are imported only after.
runCli(async () => {
  await ensurePrismaClient();
  const { seedDemo } = await import("./seed-demo");
  await seedDemo();
});
