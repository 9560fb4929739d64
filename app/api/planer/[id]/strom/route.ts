import { z } from "zod";
import { AccessDenied } from "@/lib/auth/guard";
import { defineRoute } from "@/lib/auth/route";
import { planEventStream } from "@/lib/realtime/plan-stream";

// The plan's live stream (server-sent events) for its two parties. `klient` names the browser tab,
// so the other party sees it come and go.
export const GET = defineRoute<{ id: string }>(async ({ actor, request, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AccessDenied();
  const client = z.uuid().safeParse(new URL(request.url).searchParams.get("klient"));
  const stream = await planEventStream(actor, params.id, client.success ? client.data : null, request.signal);
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store, no-transform", connection: "keep-alive", "x-accel-buffering": "no" },
  });
}, { activity: false });
