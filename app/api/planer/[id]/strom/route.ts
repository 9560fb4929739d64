import { z } from "zod";
import { AccessDenied } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { da } from "@/lib/i18n/da";
import { planEventStream, PlanStreamLimit } from "@/lib/realtime/plan-stream";

// The plan's live stream (server-sent events) for its two parties. `klient` names the browser tab,
// so the other party sees it come and go. Too many open at once (for this session: 429; for the
// server process: 503) is refused before anything is held.
export const GET = defineRoute<{ id: string }>(async ({ actor, request, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AccessDenied();
  const client = z.uuid().safeParse(new URL(request.url).searchParams.get("klient"));
  try {
    const stream = await planEventStream(actor, params.id, client.success ? client.data : null, request.signal);
    return new Response(stream, {
      headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store, no-transform", connection: "keep-alive", "x-accel-buffering": "no" },
    });
  } catch (error) {
    if (!(error instanceof PlanStreamLimit)) throw error;
    const session = error.scope === "session";
    return Response.json({ error: session ? da.plans.errors.tooManyStreams : da.plans.errors.busy }, { status: session ? 429 : 503, headers: { "cache-control": "no-store", "retry-after": session ? "5" : "10" } });
  }
}, { activity: false });
