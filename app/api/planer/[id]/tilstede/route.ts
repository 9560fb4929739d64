import { z } from "zod";
import { AccessDenied } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { db } from "@/lib/db";
import { assertPlanParty, planPartiesOf } from "@/lib/domain/plans/store";
import { allow } from "@/lib/realtime/rate-limit";
import { announcePresence, presenceSchema } from "@/lib/realtime/presence";

// "I am here, typing in this field": from a party's tab to the other party's screens. Checked
// against the plan on every call, like the updates; never stored.
export const POST = defineRoute<{ id: string }>(async ({ actor, request, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AccessDenied();
  if (!allow(`presence:${actor.sessionId}:${params.id}`, 10, 20)) return new Response(null, { status: 429, headers: { "retry-after": "1" } });
  const parsed = presenceSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return new Response(null, { status: 400 });
  const parties = await planPartiesOf(db(), params.id);
  if (!parties) throw new AccessDenied();
  assertPlanParty(actor, parties, "read");
  await announcePresence(db(), params.id, { ...parsed.data, person: actor.id });
  return new Response(null, { status: 204 });
}, { activity: false });
