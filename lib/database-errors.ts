// Turns a failed connection into one line a person can act on, without the password.

type ErrorWithCode = { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };

/** The driver's or the system's error code, looked for in causes and aggregated errors too. */
export function findCode(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== "object" || depth > 4) return undefined;
  const candidate = error as ErrorWithCode;
  if (typeof candidate.code === "string" && candidate.code.length > 0) return candidate.code;
  if (Array.isArray(candidate.errors)) {
    for (const inner of candidate.errors) {
      const code = findCode(inner, depth + 1);
      if (code) return code;
    }
  }
  return findCode(candidate.cause, depth + 1);
}

function describeTarget(url: string): { where: string; user: string; database: string } {
  try {
    const parsed = new URL(url);
    return {
      where: `${parsed.hostname}:${parsed.port || "5432"}`,
      user: decodeURIComponent(parsed.username) || "(none)",
      database: decodeURIComponent(parsed.pathname.slice(1)) || "(default)",
    };
  } catch {
    return { where: "(unparsable DATABASE_URL)", user: "?", database: "?" };
  }
}

export function describeDatabaseError(error: unknown, url: string): string {
  const { where, user, database } = describeTarget(url);
  const code = findCode(error);
  switch (code) {
    case "ECONNREFUSED":
      return `Nothing answers at ${where}. Is Postgres running there? Check DATABASE_URL.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `The host in DATABASE_URL (${where}) cannot be found. Check DATABASE_URL.`;
    case "ETIMEDOUT":
      return `${where} did not answer in time. Check DATABASE_URL and the network.`;
    case "28P01":
    case "28000":
      return `Postgres at ${where} refused the user "${user}" (wrong user or password). Check DATABASE_URL.`;
    case "3D000":
      return `The database "${database}" does not exist at ${where}. Create it, or fix the name in DATABASE_URL.`;
    default: {
      const message = error instanceof Error ? error.message : String(error);
      const firstLine = message.split("\n")[0].replaceAll(url, "DATABASE_URL");
      if (/timeout/i.test(firstLine)) return `${where} did not answer in time. Check DATABASE_URL and the network.`;
      if (/does not support SSL/i.test(firstLine))
        return `The database at ${where} does not offer TLS, and TLS is required (DATABASE_REQUIRE_TLS or sslmode in DATABASE_URL).`;
      return `The database at ${where} could not be used: ${firstLine}`;
    }
  }
}
