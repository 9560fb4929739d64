import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { DriverAdapterError, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/**
 * @prisma/adapter-pg runs a migration script by splitting it on every ";", which breaks on a
 * semicolon in a comment, a string or a function body. Prisma's native engine sends the script
 * whole, so we do the same: Postgres runs a multi-statement simple query as one transaction,
 * so a failing migration leaves nothing half-applied.
 */
export function migrationAdapter(connectionString: string): { factory: SqlMigrationAwareDriverAdapterFactory; close: () => Promise<void> } {
  const pool = new pg.Pool({ connectionString, max: 2 });
  const base = new PrismaPg(pool);
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => {
      const adapter = await base.connect();
      adapter.executeScript = async (script: string) => {
        try {
          await pool.query(script);
        } catch (error) {
          // The engine shows only a DriverAdapterError's text; any other error reaches it as an opaque id.
          const failure = error as Partial<pg.DatabaseError>;
          throw new DriverAdapterError({
            kind: "postgres",
            code: failure.code ?? "XX000",
            severity: failure.severity ?? "ERROR",
            message: failure.message ?? String(error),
            detail: failure.detail,
            column: failure.column,
            hint: failure.hint,
          });
        }
      };
      return adapter;
    },
    connectToShadowDb: () => base.connectToShadowDb(),
  };
  return { factory, close: () => pool.end() };
}
