import { z } from "zod";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { db } from "@/lib/db";
import { appendPlanUpdate, maxUpdateBytes } from "@/lib/domain/plans/store";
import { da } from "@/lib/i18n/da";
import { allow } from "@/lib/realtime/rate-limit";

// One Yjs update from a party's browser (the raw bytes). Answered only once it is stored. The
// answers are a few bytes: "no-transform" keeps the server from gzipping each one.
const plain = { "cache-control": "no-store, no-transform" };
export const POST = defineRoute<{ id: string }>(async ({ actor, request, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AccessDenied();
  if (!allow(`${actor.sessionId}:${params.id}`)) return Response.json({ error: da.plans.errors.tooFast }, { status: 429, headers: { ...plain, "retry-after": "1" } });
  const body = new Uint8Array(await request.arrayBuffer());
  if (body.byteLength > maxUpdateBytes) return Response.json({ error: da.plans.errors.badUpdate }, { status: 413, headers: plain });
  try {
    const { seq } = await appendPlanUpdate(db(), actor, params.id, body);
    return Response.json({ seq: String(seq) }, { headers: plain });
  } catch (error) {
    if (error instanceof FormError) return Response.json({ error: error.message }, { status: 422, headers: plain });
    throw error;
  }
});
