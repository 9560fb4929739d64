import "server-only";
import type { SessionActor } from "@/lib/auth/current";
import { resumeSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { loadPlanState, updatesAfter } from "@/lib/domain/plans/store";
import { subscribeToPlan, type PlanMessage } from "./plan-hub";
import { announcePresence } from "./presence";

// The plan as a stream of server-sent events: first the whole state, then each stored update, in
// order, without gaps (each wake-up fetches everything after the last one sent), and the other
// tabs' presence. Opening and closing the stream announce this tab's presence. The person's
// session is checked again every half minute; an ended session or a lost right ends the stream.

const heartbeatMs = 15_000;
const recheckMs = 30_000;

const encode = (text: string) => new TextEncoder().encode(text);
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

export async function planEventStream(actor: SessionActor, planId: string, client: string | null, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  const initial = await loadPlanState(db(), actor, planId); // refuses anyone but the two parties
  let lastSeq = initial.seq;
  let closed = false;
  let chain = Promise.resolve();
  let stop = () => {};
  const timers: ReturnType<typeof setInterval>[] = [];

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      // A stream whose reader is gone refuses more; that ends it here rather than in the caller.
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encode(text));
        } catch {
          close();
        }
      };
      const send = (event: string, data: unknown) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      const close = () => {
        if (closed) return;
        closed = true;
        stop();
        if (client) void announcePresence(db(), planId, { client, person: actor.id, field: null, left: true }).catch(() => undefined);
        for (const timer of timers) clearInterval(timer);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      // In order, without gaps: an announced update that follows the last one sent is passed on as
      // it came; anything else (a gap, an update too large to announce, a reconnect) is fetched.
      const onMessage = (message: PlanMessage) => {
        chain = chain.then(async () => {
          if (closed) return;
          if (message.kind === "approval") return send("approval", { by: message.by });
          if (message.kind === "update" && message.seq <= lastSeq) return;
          if (message.kind === "update" && message.data && message.prev === lastSeq) {
            send("update", { seq: String(message.seq), author: message.author, update: message.data });
            lastSeq = message.seq;
            return;
          }
          for (const row of await updatesAfter(db(), planId, lastSeq)) {
            send("update", { seq: String(row.id), author: row.authorId, update: b64(row.data) });
            lastSeq = row.id;
          }
        }).catch(() => close());
      };
      const flush = () => onMessage({ kind: "wake" });
      send("state", { seq: String(initial.seq), state: b64(initial.state) });
      try {
        stop = await subscribeToPlan(planId, { update: onMessage, presence: (payload) => write(`event: presence\ndata: ${payload}\n\n`) });
        flush(); // anything stored between loading the state and subscribing
        if (client) await announcePresence(db(), planId, { client, person: actor.id, field: null });
      } catch {
        // The database is busy or away: end this stream; the browser reconnects and starts over.
        close();
        return;
      }
      timers.push(setInterval(() => write(`: ${Date.now()}\n\n`), heartbeatMs));
      timers.push(
        setInterval(() => {
          void resumeSession(db(), actor.sessionId, new Date(), { activity: false })
            .then((person) => (person ? loadPlanState(db(), { ...actor, ...person }, planId) : Promise.reject(new Error("session ended"))))
            .catch(() => {
              send("ended", {});
              close();
            });
        }, recheckMs),
      );
      signal.addEventListener("abort", close);
    },
    cancel() {
      if (!closed && client) void announcePresence(db(), planId, { client, person: actor.id, field: null, left: true }).catch(() => undefined);
      closed = true;
      stop();
      for (const timer of timers) clearInterval(timer);
    },
  });
}
