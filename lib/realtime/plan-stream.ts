import "server-only";
import type { SessionActor } from "@/lib/auth/current";
import { resumeSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { assertPlanParty, loadPlanState, planPartiesOf, updatesAfter } from "@/lib/domain/plans/live/store";
import { recordAudit } from "@/lib/audit/record";
import { AccessDenied } from "@/lib/auth/guard";
import { env } from "@/lib/env";
import { planHubListening, subscribeToPlan, type PlanMessage } from "./plan-hub";
import { announcePresence } from "./presence";

// The plan as a stream of server-sent events: first the whole state, then each stored update, in
// order, without gaps (each wake-up fetches everything after the last one sent), and the other
// tabs' presence. Opening and closing the stream announce this tab's presence. The person's
// session is checked again every half minute; an ended session or a lost right ends the stream.
//
// A database that does not answer is none of those: the stream stays open, says "connection
// lost" (the browser shows it and keeps what is typed), and once the database and the hub's LISTEN
// connection are back it fetches everything after the last update it sent, then says "back".
//
// A stream holds a socket, a hub subscription and two timers, so every way it can end (the reader
// cancels, the request is aborted, the session ends, the database fails) goes through one close
// that releases all of them, also while the stream is still starting: after each await the start
// looks whether it was closed meanwhile and undoes what that await set up. The number open is
// capped per session (a tab that reconnects in a loop, or a script) and per process.
//
// A process told to stop (SIGTERM, SIGINT: a rolling restart) ends every open stream at once,
// telling the browser to reconnect within a second: Next's own shutdown waits for open
// responses to finish, and a stream never finishes by itself. The browser's EventSource then
// reconnects, through the proxy, to an instance that still runs, and fetches the whole state.

const heartbeatMs = 15_000;
/** A catch-up that failed while the hub still listens (a full pool, say) is tried again after this long. */
const catchUpRetryMs = 2_000;
export const maxStreamsPerSession = 10;

const encode = (text: string) => new TextEncoder().encode(text);
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

/** Refused because too many streams are open: this session's ("session") or the process's ("process"). */
export class PlanStreamLimit extends Error {
  constructor(readonly scope: "session" | "process") {
    super(`too many plan streams (${scope})`);
  }
}

const open = { total: 0, bySession: new Map<string, number>() };
/** How each open stream is ended when the process is told to stop; one set per process, however the routes are bundled. */
const shared = globalThis as unknown as { planStreamDrains?: Set<() => void>; planStreamsDraining?: boolean };
const drains = (shared.planStreamDrains ??= new Set());
const reconnectAfterMs = 500;

/** Whether this process was told to stop: a new stream is then only told to reconnect (elsewhere). */
export function planStreamsDraining(): boolean {
  return shared.planStreamsDraining === true;
}

/** What a stream asked for while the process stops gets: come back in a moment. */
export const drainingAnswer = `retry: ${reconnectAfterMs}\n\n`;

/** From now on a stream asked for only gets "come back in a moment" (the process is shutting down). */
export function markPlanStreamsDraining(): void {
  shared.planStreamsDraining = true;
}

/** Ends every open plan stream with a hint to reconnect soon (the process is shutting down). */
export function drainPlanStreams(): number {
  const count = drains.size;
  for (const drain of [...drains]) drain();
  return count;
}

function hookShutdown(): void {
  const flag = globalThis as unknown as { planStreamDrainHooked?: boolean };
  if (flag.planStreamDrainHooked) return;
  flag.planStreamDrainHooked = true;
  const onSignal = (signal: NodeJS.Signals) => {
    shared.planStreamsDraining = true;
    const count = drainPlanStreams();
    if (count > 0) console.log(`[plan-stream] ${signal}: closed ${count} open plan stream(s) so their browsers reconnect elsewhere`);
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}

/** Streams open in this whole process, however the routes are bundled (for /api/metrics). */
export function openPlanStreamsInProcess(): number {
  return drains.size;
}

/** Streams open in this process (tests check that none is left behind). */
export function openPlanStreams(): number {
  return open.total;
}

/** Counts a new stream against both caps; the returned release may be called any number of times. */
function claimSlot(sessionId: string): () => void {
  const mine = open.bySession.get(sessionId) ?? 0;
  if (mine >= maxStreamsPerSession) throw new PlanStreamLimit("session");
  if (open.total >= env().PLAN_STREAMS_MAX) throw new PlanStreamLimit("process");
  open.total += 1;
  open.bySession.set(sessionId, mine + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    open.total -= 1;
    const left = (open.bySession.get(sessionId) ?? 1) - 1;
    if (left > 0) open.bySession.set(sessionId, left);
    else open.bySession.delete(sessionId);
  };
}

export async function planEventStream(
  actor: SessionActor,
  planId: string,
  client: string | null,
  signal: AbortSignal,
): Promise<ReadableStream<Uint8Array>> {
  const release = claimSlot(actor.sessionId);
  hookShutdown();
  let initial: Awaited<ReturnType<typeof loadPlanState>>;
  try {
    initial = await loadPlanState(db(), actor, planId); // refuses anyone but the two parties
    await recordAudit(db(), {
      actorId: actor.id,
      action: "plan.read",
      resourceKind: "plan",
      resourceId: planId,
      subjectId: initial.parties.employeeId,
      purpose: "conversation",
      details: { via: "stream" },
    });
  } catch (error) {
    release();
    throw error;
  }
  let lastSeq = initial.seq;
  let closed = false;
  let announced = false;
  let chain = Promise.resolve();
  let unsubscribe = () => {};
  const timers: ReturnType<typeof setInterval>[] = [];
  let catchUpRetry: ReturnType<typeof setTimeout> | undefined;
  let lost = false;
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;

  /** Gives back everything the stream holds; safe to call again (a late subscription is undone too). */
  const releaseAll = () => {
    unsubscribe();
    unsubscribe = () => {};
    for (const timer of timers) clearInterval(timer);
    timers.length = 0;
    clearTimeout(catchUpRetry);
    signal.removeEventListener("abort", close);
    drains.delete(drain);
    release();
  };
  function close() {
    if (closed) return;
    closed = true;
    releaseAll();
    if (client && announced)
      void announcePresence(db(), planId, { client, person: actor.id, field: null, left: true }).catch(() => undefined);
    try {
      controller?.close();
    } catch {
      // already closed or cancelled by the client
    }
  }
  // A stream whose reader is gone refuses more; that ends it here rather than in the caller.
  const write = (text: string) => {
    if (closed || !controller) return;
    try {
      controller.enqueue(encode(text));
    } catch {
      close();
    }
  };
  const send = (event: string, data: unknown) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  // Shutdown: the browser is to come back soon (not after its default three seconds), elsewhere.
  function drain() {
    write(drainingAnswer);
    close();
  }
  drains.add(drain);

  // The browser is told once when the stream can no longer hear every update, and once when it
  // can again and has sent all it missed.
  const markLost = () => {
    if (lost || closed) return;
    lost = true;
    send("connection", { state: "lost" });
  };
  const markBack = () => {
    if (!lost || closed || !planHubListening()) return;
    lost = false;
    send("connection", { state: "back" });
  };

  /** Whether an update came from this very tab (by its id and its person), which has it already. */
  const ownTab = (fromClient: string | null | undefined, author: string) => client !== null && fromClient === client && author === actor.id;

  // In order, without gaps: an announced update that follows the last one sent is passed on as
  // it came; anything else (a gap, an update too large to announce, a reconnect) is fetched. A
  // fetch the database does not answer is tried again; the stream does not end for it.
  const onMessage = (message: PlanMessage) => {
    chain = chain
      .then(async () => {
        if (closed) return;
        if (message.kind === "lost") return markLost();
        if (message.kind === "approval") return send("approval", { by: message.by });
        if (message.kind === "update" && message.seq <= lastSeq) return;
        if (message.kind === "update" && message.data && message.prev === lastSeq) {
          // The tab that sent it has it already: half the writes, on the server and in the browser.
          // Only the sender's own tab, by its id and its person: tab ids are no secret (presence
          // shows them), and a party must not be able to keep an edit off the other party's screen.
          if (!ownTab(message.client, message.author))
            send("update", { seq: String(message.seq), author: message.author, update: message.data });
          lastSeq = message.seq;
          return;
        }
        let rows: Awaited<ReturnType<typeof updatesAfter>>;
        try {
          rows = await updatesAfter(db(), planId, lastSeq);
        } catch {
          markLost();
          // While the hub is down its reconnect wakes every stream; polling meanwhile would only
          // multiply failing connections by the number of open streams.
          clearTimeout(catchUpRetry);
          if (planHubListening()) catchUpRetry = setTimeout(() => onMessage({ kind: "wake" }), catchUpRetryMs);
          return;
        }
        for (const row of rows) {
          if (!ownTab(row.clientId, row.authorId)) send("update", { seq: String(row.id), author: row.authorId, update: b64(row.data) });
          lastSeq = row.id;
        }
        markBack();
      })
      .catch(() => close());
  };

  // Ended only by an answer that says so: no live session, or no right to the plan any more. An
  // error (the database away, a full pool) says nothing about the person; the next check decides.
  const recheck = async () => {
    let person: Awaited<ReturnType<typeof resumeSession>>;
    try {
      person = await resumeSession(db(), actor.sessionId, new Date(), { activity: false });
      if (person) {
        // The parties only (not the plan's state): whether this person may still read it.
        const parties = await planPartiesOf(db(), planId);
        if (!parties) throw new AccessDenied();
        assertPlanParty({ ...actor, ...person }, parties, "read");
      }
    } catch (error) {
      if (!(error instanceof AccessDenied)) {
        markLost();
        return;
      }
      person = null;
    }
    if (!person) {
      send("ended", {});
      close();
    } else if (lost) {
      onMessage({ kind: "wake" }); // fetches anything missed, then says "back" if the hub hears again
    }
  };

  signal.addEventListener("abort", close);
  if (signal.aborted) close();

  return new ReadableStream<Uint8Array>({
    async start(streamController) {
      controller = streamController;
      if (closed) return streamController.close(); // aborted before it started
      send("state", { seq: String(initial.seq), state: b64(initial.state) });
      try {
        unsubscribe = await subscribeToPlan(planId, {
          update: onMessage,
          presence: (payload) => write(`event: presence\ndata: ${payload}\n\n`),
        });
        if (closed) return releaseAll(); // cancelled while subscribing: undo the subscription just made
        onMessage({ kind: "wake" }); // anything stored between loading the state and subscribing
        if (client) {
          announced = true;
          await announcePresence(db(), planId, { client, person: actor.id, field: null });
        }
      } catch {
        // The database is busy or away: end this stream; the browser reconnects and starts over.
        return close();
      }
      if (closed) return releaseAll();
      timers.push(setInterval(() => write(`: ${Date.now()}\n\n`), heartbeatMs));
      // Each stream at a pace of its own (±25 %): streams opened together (a server's restart, a
      // benchmark) would otherwise ask the database all at once, every time, and hold up keystrokes.
      timers.push(setInterval(() => void recheck(), env().PLAN_STREAM_RECHECK_SECONDS * 1_000 * (0.75 + Math.random() * 0.5)));
    },
    cancel() {
      close();
    },
  });
}
