import { createPrismaClient } from "../db-client";
import { seedDemoIfEmpty } from "../../prisma/seed/seed";
import { withDatabaseTarget } from "./database-target";

export async function seedDemo(): Promise<void> {
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
