import { z } from "zod";

// The one place that reads process.env. Parsed lazily so `next build` and the
// CLI can import modules without a database being configured yet.

const flag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((value) => value === "1" || value === "true");

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "postgresql:" || url.protocol === "postgres:";
    } catch {
      return false;
    }
  }, "DATABASE_URL must look like postgresql://user:password@host:5432/database");

const schema = z.object({
  DATABASE_URL: postgresUrl.optional().or(z.literal("").transform(() => undefined)),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DEMO_MODE: flag,
  EMBEDDED_DATABASE: flag,
  DATA_DIR: z.string().min(1).default(".data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Where `npm start` listens; by default only this machine in demo mode, everyone otherwise.
  HOST: z.string().min(1).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {}

let cached: Env | undefined;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EnvError(`${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}

export function env(): Env {
  cached ??= readEnv();
  return cached;
}

/** Demo mode: on with the embedded database, off on a real one unless DEMO_MODE=1. */
export function isDemoMode(current: Env = env()): boolean {
  return current.EMBEDDED_DATABASE || current.DEMO_MODE;
}

export function requireDatabaseUrl(current: Env = env()): string {
  if (!current.DATABASE_URL) {
    throw new EnvError("DATABASE_URL is not set: start the app with `npm start`, which provides one");
  }
  return current.DATABASE_URL;
}
