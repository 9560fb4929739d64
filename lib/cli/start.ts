import { ensurePrismaClient } from "./prepare";
import { runCli } from "./run";

// `npm start`. The Prisma client is generated on demand (npm runs no install scripts here),
// so everything that uses it is imported only once it exists.
runCli(async () => {
  await ensurePrismaClient();
  const { serve } = await import("./serve");
  await serve();
});
