import { ensurePrismaClient } from "./prepare";
import { runCli } from "./run";

// `npm run dev`: as `npm start` (embedded database and demo unless DATABASE_URL is set), with
// Next's development server: no build, pages and components reload as they are saved.
runCli(async () => {
  await ensurePrismaClient();
  const { serve } = await import("./serve");
  await serve({ dev: true });
});
