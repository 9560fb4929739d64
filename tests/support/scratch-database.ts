import { randomBytes } from "node:crypto";
import { createDatabase } from "./postgres";

/** A new empty database on the test cluster, for tests that need one of their own. */
export async function scratchDatabaseUrl(prefix: string): Promise<string> {
  const serverUrl = process.env.TEST_POSTGRES_SERVER_URL;
  if (!serverUrl) throw new Error("TEST_POSTGRES_SERVER_URL is not set: run the tests with `npm test`");
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await createDatabase(serverUrl, name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
