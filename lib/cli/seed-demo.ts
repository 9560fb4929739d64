import { CliError } from "../cli-error";
import { createPrismaClient } from "../db-client";
import { env, isDemoMode } from "../env";
import { seedDemoIfEmpty } from "../../prisma/seed/seed";
import { withDatabaseTarget } from "./database-target";

export async function seedDemo(): Promise<void> {
  // The demo goes into the embedded database or one explicitly in demo mode, never a municipality's own.
  const config = env();
  if (config.DATABASE_URL && !isDemoMode(config)) {
    throw new CliError(
      "npm run db:seed writes the fictional demo organisation; it runs on the embedded database, or with DEMO_MODE=1 on a database of its own.",
    );
  }
  await withDatabaseTarget(async ({ url }) => {
    const database = createPrismaClient(url, 1);
    try {
      const { seeded } = await seedDemoIfEmpty(database);
      console.log(
        seeded
          ? "Seeded the demo organisation (Vesterå Kommune) with rounds in every phase."
          : "The database already has an organisation; nothing seeded.",
      );
    } finally {
      await database.$disconnect();
    }
  });
}
