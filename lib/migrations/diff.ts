import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { noExternalObjects, withSchemaEngine } from "./engine";
import { prismaDir, readMigrationList, readSchemaFiles } from "./files";

/**
 * What `prisma migrate dev` computes: replay the migrations folder into a throwaway in-memory
 * database (the shadow database) and diff it against schema.prisma. Returns the SQL of the
 * next migration, or null when migrations and schema agree.
 *
 * The shadow is PGlite rather than the real server because introspecting Postgres 15 through
 * @prisma/adapter-pg fails on the `char` column type; PGlite's adapter handles it.
 */
export async function pendingSchemaChange(): Promise<string | null> {
  const [files, migrationsList] = await Promise.all([readSchemaFiles(), readMigrationList()]);
  const shadow = new PGlite();
  try {
    // pglite-prisma-adapter is built against an older @prisma/driver-adapter-utils; the runtime shape is the same.
    const adapter = new PrismaPGlite(shadow) as unknown as SqlMigrationAwareDriverAdapterFactory;
    return await withSchemaEngine(adapter, async (engine) => {
      if (migrationsList.migrationDirectories.length > 0) {
        await engine.applyMigrations({ migrationsList, filters: noExternalObjects });
      }
      const result = await engine.diff({
        from: { tag: "schemaDatasource", files, configDir: prismaDir },
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: true,
        filters: noExternalObjects,
      });
      return result.exitCode === 0 || !result.stdout ? null : result.stdout;
    });
  } finally {
    await shadow.close();
  }
}
