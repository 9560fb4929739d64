import pg from "pg";

// The browser tests change the database the way an administrator (or the clock) would, directly,
// to see that the app notices on the very next request.

export async function sql(text: string, values: unknown[] = [], connectionString = process.env.DATABASE_URL): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}
