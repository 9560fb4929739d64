import { z } from "zod";

// The one place that reads process.env. Parsed lazily so `next build` and the
// CLI can import modules without a database being configured yet.

const flag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((value) => value === "1" || value === "true");

const postgresUrl = (name: string) =>
  z
    .string()
    .trim()
    .refine((value) => {
      try {
        const url = new URL(value);
        return url.protocol === "postgresql:" || url.protocol === "postgres:";
      } catch {
        return false;
      }
    }, `${name} must look like postgresql://user:password@host:5432/database`);

const schema = z.object({
  DATABASE_URL: postgresUrl("DATABASE_URL").optional(),
  // The role that owns the tables and runs the migrations; the app then runs as DATABASE_URL's
  // role, which is given data rights only and cannot change or empty the audit log.
  MIGRATION_DATABASE_URL: postgresUrl("MIGRATION_DATABASE_URL").optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  // 1: every connection to DATABASE_URL is TLS with a verified certificate, or none is made.
  DATABASE_REQUIRE_TLS: flag,
  // 0: no named prepared statements (behind a connection pooler that does not keep them per client).
  DATABASE_PREPARED_STATEMENTS: z
    .enum(["1", "0", "true", "false", ""])
    .optional()
    .transform((value) => value !== "0" && value !== "false"),
  DEMO_MODE: flag,
  EMBEDDED_DATABASE: flag,
  DATA_DIR: z.string().min(1).default(".data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Where `npm start` listens; by default only this machine in demo mode, everyone otherwise.
  HOST: z.string().min(1).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),

  // Sign-in. The app's public address: links in e-mails point here, and it decides secure cookies.
  NEXTAUTH_URL: z.url().optional(),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),

  // E-mail: smtp://user:password@host:587 (smtps:// for TLS). Without it, mail is written to the log.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("MUS og LUS <noreply@localhost>"),
  // 1: an smtp:// server must take STARTTLS (with a valid certificate) before any mail is sent.
  SMTP_REQUIRE_TLS: flag,
  // Background work in each server process (queued mail, reminders): how often, 0 to switch it off.
  JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  // The "prepare yourself" reminder goes this many days before a conversation to anyone who has not shared their sheet.
  REMINDER_DAYS_BEFORE: z.coerce.number().int().min(1).max(60).default(3),
  // The leader is reminded of a joint action this many days before its due date, once.
  JOINT_ACTION_REMINDER_DAYS: z.coerce.number().int().min(1).max(60).default(7),
  // The leader's overview shows no figure for fewer people than this (anonymity). Never below 3.
  OVERVIEW_MIN_PEOPLE: z.coerce.number().int().min(3).max(100).default(5),
  // Live plan streams one server process keeps open at once (each holds a socket and, while it
  // catches up, a database connection); beyond it a new one is refused with 503.
  PLAN_STREAMS_MAX: z.coerce.number().int().min(1).max(100_000).default(2000),
  // How often an open plan stream checks again that its session is live and the person still a party.
  PLAN_STREAM_RECHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),

  // json: one JSON line per request and per background job (no personal data in them).
  LOG_FORMAT: z.enum(["text", "json"]).default("text"),
  // Switches /api/metrics on; a scraper sends it as "Authorization: Bearer <token>".
  METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional(),

  // The municipality's identity provider (OpenID Connect). All three, or none.
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default("Kommunens login"),
  // The claim that carries the employee number (the HR key) for people without a work e-mail, who
  // sign in on a shared device: their first sign-in is matched on it. Only a claim the municipality's
  // own directory sets, never one a user can edit.
  OIDC_EMPLOYEE_NUMBER_CLAIM: z.string().min(1).optional(),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {}

let cached: Env | undefined;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  // An empty variable means "not set", as in a .env file with `OIDC_ISSUER=`.
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = schema.safeParse(given);
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

export type OidcSettings = { issuer: string; clientId: string; clientSecret: string; name: string; employeeNumberClaim: string | null };

export function oidcSettings(current: Env = env()): OidcSettings | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME, OIDC_EMPLOYEE_NUMBER_CLAIM } = current;
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  return {
    issuer: OIDC_ISSUER,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    name: OIDC_NAME,
    employeeNumberClaim: OIDC_EMPLOYEE_NUMBER_CLAIM ?? null,
  };
}

/** DATABASE_URL as every connection uses it: with DATABASE_REQUIRE_TLS, made to demand TLS (see below). */
export function requireDatabaseUrl(current: Env = env()): string {
  if (!current.DATABASE_URL) {
    throw new EnvError("DATABASE_URL is not set: start the app with `npm start`, which provides one");
  }
  // The embedded database is served on this machine's loopback only, in plain text.
  return current.DATABASE_REQUIRE_TLS && !current.EMBEDDED_DATABASE ? requireTlsIn(current.DATABASE_URL) : current.DATABASE_URL;
}

// node-postgres already honours sslmode in the address: "require", "verify-ca" and "verify-full"
// connect with TLS or not at all (it verifies the certificate even for "require", and says so in a
// warning); without sslmode it speaks plain text. So the setting only has to make sure sslmode is there.
const sslModesWithTls = ["require", "verify-ca", "verify-full", "no-verify"];

function requireTlsIn(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  const mode = url.searchParams.get("sslmode");
  if (mode === null) {
    url.searchParams.set("sslmode", "verify-full");
    return url.toString();
  }
  if (!sslModesWithTls.includes(mode)) {
    throw new EnvError(`DATABASE_REQUIRE_TLS is on, but DATABASE_URL says sslmode=${mode}. Remove sslmode, or use sslmode=verify-full.`);
  }
  return databaseUrl;
}

/** The app's public address, for links in e-mails and calendar invitations (no trailing slash). */
export function appUrl(current: Env = env()): string {
  return (current.NEXTAUTH_URL ?? `http://localhost:${current.PORT}`).replace(/\/+$/, "");
}
