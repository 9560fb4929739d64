import "server-only";
import { z } from "zod";
import type { Database } from "@/lib/db-client";
import { presenceChannel } from "./plan-hub";

// Presence: which browser tab of which party has the plan open, and which field it is typing in.
// Announced to every instance with NOTIFY and never stored; a tab repeats it every few seconds, so
// a tab whose server died without saying goodbye fades from the others' screens by itself.

export const presenceSchema = z.object({
  client: z.uuid(),
  field: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .nullable(),
});
export type Presence = z.infer<typeof presenceSchema> & { person: string; left?: boolean };

export async function announcePresence(database: Database, planId: string, presence: Presence): Promise<void> {
  await database.$executeRaw`select pg_notify(${presenceChannel}, ${`${planId}|${JSON.stringify(presence)}`})`;
}
