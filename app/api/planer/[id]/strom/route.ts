import { z } from "zod";
import { AccessDenied } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { da } from "@/lib/i18n/da";
import { drainingAnswer, planEventStream, planStreamsDraining, PlanStreamLimit } from "@/lib/realtime/plan-stream";

const streamHeaders = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-store, no-transform",
  "x-accel-buffering": "no",
};

// The plan's live stream (server-sent events) for its two parties. `klient` names the browser tab,
// so the other party sees it come and go. Too many open at once (for this session: 429; for the
// server process: 503) is refused before anything is held.
export const GET = defineRoute<{ id: string }>(
  async ({ actor, request, params }) => {
    if (!z.uuid().safeParse(params.id).success) throw new AccessDenied();
    const client = z.uuid().safeParse(new URL(request.url).searchParams.get("klient"));
    // Stopping: a stream asked for on a connection kept open from before (a proxy's keepalive pool)
    // is told to come back, and the connection is closed, so the next try reaches another instance.
    if (planStreamsDraining()) return new Response(drainingAnswer, { headers: { ...streamHeaders, connection: "close" } });
    try {
      const stream = await planEventStream(actor, params.id, client.success ? client.data : null, request.signal);
      return new Response(stream, {
        headers: { ...streamHeaders, connection: "keep-alive" },
      });
    } catch (error) {
      if (!(error instanceof PlanStreamLimit)) throw error;
      const session = error.scope === "session";
      return Response.json(
        { error: session ? da.plans.errors.tooManyStreams : da.plans.errors.busy },
        { status: session ? 429 : 503, headers: { "cache-control": "no-store", "retry-after": session ? "5" : "10" } },
      );
    }
  },
  { activity: false },
);
