import "server-only";
import pg from "pg";
import { onAnyPoolNotification } from "@/lib/db-client";
import { requireDatabaseUrl } from "@/lib/env";
import { planChannel } from "@/lib/domain/plans/live/store";

// One LISTEN connection per server process. A stored plan update is announced by NOTIFY (sent in
// the transaction that stored it, so only committed updates are announced); every process hears
// it and wakes the streams of that plan, which fetch what they have not sent yet. Presence (who
// has the plan open, in which field) travels the same way on its own channel and is not stored.
// Two app instances behind one Postgres need nothing else. A lost connection is not the end: the
// streams are told at once ("lost", so the browser can say so), the hub tries again with growing
// pauses for as long as it takes, and once it listens again every stream is woken, so it fetches
// what was stored in the gap from its last sequence number. On the embedded database the
// notification comes back on the sending connection instead, and is routed from there.

export const presenceChannel = "plan_presence";

/**
 * What a plan's announcement says: a stored update (its number, the one before it, its author,
 * when it fitted its bytes in base64, and the tab that sent it when known), an approval, "look again" (after a reconnect, or from the
 * stream itself), or that the hub lost its connection and hears nothing until it is back.
 */
export type PlanMessage =
  | { kind: "update"; seq: bigint; prev: bigint; author: string; data: string; client?: string }
  | { kind: "approval"; by: string }
  | { kind: "wake" }
  | { kind: "lost" };
export type PlanListener = { update: (message: PlanMessage) => void; presence: (payload: string) => void };

function parse(fields: string[]): PlanMessage {
  const [what, ...rest] = fields;
  if (what === "approval") return { kind: "approval", by: rest[0] ?? "" };
  if (!/^\d+$/.test(what ?? "") || !/^\d+$/.test(rest[0] ?? "")) return { kind: "wake" };
  return {
    kind: "update",
    seq: BigInt(what),
    prev: BigInt(rest[0]),
    author: rest[1] ?? "",
    data: rest[2] ?? "",
    client: rest[3] || undefined,
  };
}
type Hub = {
  listeners: Map<string, Set<PlanListener>>;
  client?: pg.Client;
  connecting?: Promise<void>;
  closed: boolean;
  /** The connection was lost and has not been made again yet. */
  down: boolean;
  retry?: ReturnType<typeof setTimeout>;
  retryMs: number;
};
export type PlanHub = {
  subscribe: (planId: string, listener: PlanListener) => Promise<() => void>;
  /** How many streams are subscribed, over every plan (tests check that none is left behind). */
  listenerCount: () => number;
  /** Whether the LISTEN connection is up, i.e. every stored update is being heard. */
  listening: () => boolean;
  /** Ends the LISTEN connection and forgets every listener (tests; a server process never closes its hub). */
  close: () => Promise<void>;
};
/** The pauses between attempts (first, most), how often the connection is probed, and how long an answer may take. */
export type HubTiming = { firstMs: number; maxMs: number; probeMs: number; timeoutMs: number };

// Short first pauses (a restarted server is back in a second or two), never longer than 10 s, so a
// conversation waits at most that long after the database is back. The LISTEN connection only
// receives, so a connection whose other end vanished without a word (a database host that went
// down hard, a dropped network path) would look open for good: a small query every 15 seconds
// that must be answered within 10 finds it out. The same limit applies to making a connection.
const defaultTiming: HubTiming = { firstMs: 500, maxMs: 10_000, probeMs: 15_000, timeoutMs: 10_000 };

/** Calls each listener on its own: one that throws (a stream already gone) must not keep the others waiting. */
function each(listeners: Iterable<PlanListener> | undefined, call: (listener: PlanListener) => void) {
  for (const listener of listeners ?? []) {
    try {
      call(listener);
    } catch {
      // that stream is closing; it unsubscribes itself
    }
  }
}

/**
 * A hub on one database: its own LISTEN connection, and whatever this process's pooled connections
 * receive (the embedded database hands a notification back to the connection that sent it).
 */
export function createPlanHub(connectionString: string, timing: HubTiming = defaultTiming): PlanHub {
  const hub: Hub = { listeners: new Map(), closed: false, down: false, retryMs: timing.firstMs };

  const route = (message: pg.Notification) => {
    const payload = message.payload ?? "";
    if (message.channel === planChannel) {
      const [planId, ...fields] = payload.split(":");
      const parsed = parse(fields);
      each(hub.listeners.get(planId), (listener) => listener.update(parsed));
    } else if (message.channel === presenceChannel) {
      // "<planId>|<json>": the plan id first, so the payload need not be parsed to route it.
      const planId = payload.slice(0, payload.indexOf("|"));
      each(hub.listeners.get(planId), (listener) => listener.presence(payload.slice(planId.length + 1)));
    }
  };
  const stopPoolRouting = onAnyPoolNotification(route);

  const tellAll = (message: PlanMessage) => {
    for (const set of hub.listeners.values()) each(set, (listener) => listener.update(message));
  };

  // One chain of attempts at a time, each pause twice the last up to the maximum, with no end:
  // the database coming back after an hour must find the hub trying still.
  const scheduleReconnect = () => {
    if (hub.closed || hub.retry || hub.client) return;
    const delay = hub.retryMs;
    hub.retryMs = Math.min(hub.retryMs * 2, timing.maxMs);
    hub.retry = setTimeout(() => {
      hub.retry = undefined;
      ensureConnected().catch(scheduleReconnect);
    }, delay);
  };

  async function connect(): Promise<void> {
    const client = new pg.Client({
      connectionString,
      connectionTimeoutMillis: timing.timeoutMs,
      query_timeout: timing.timeoutMs,
      keepAlive: true,
    });
    let gone = false;
    let probe: ReturnType<typeof setTimeout> | undefined;
    // pg reports a lost connection as "error" and then "end"; a failed attempt may do either.
    const lost = () => {
      clearTimeout(probe);
      if (gone || hub.closed) return;
      gone = true;
      if (hub.client === client) hub.client = undefined;
      client.end().catch(() => undefined);
      if (!hub.down) {
        hub.down = true;
        tellAll({ kind: "lost" });
      }
      scheduleReconnect();
    };
    client.on("notification", route);
    client.on("error", lost);
    client.on("end", lost);
    try {
      await client.connect();
      await client.query(`listen ${planChannel}`);
      await client.query(`listen ${presenceChannel}`);
    } catch (error) {
      gone = true;
      client.end().catch(() => undefined);
      throw error;
    }
    if (gone || hub.closed) {
      client.end().catch(() => undefined);
      throw new Error("the LISTEN connection closed while it was being made");
    }
    hub.client = client;
    const probeLater = () => {
      probe = setTimeout(() => void client.query("select 1").then(() => !gone && probeLater(), lost), timing.probeMs);
      probe.unref?.();
    };
    probeLater();
    hub.retryMs = timing.firstMs;
    clearTimeout(hub.retry);
    hub.retry = undefined;
    // Whatever was stored while nobody listened is fetched by the streams themselves.
    if (hub.down) {
      hub.down = false;
      tellAll({ kind: "wake" });
    }
  }

  function ensureConnected(): Promise<void> {
    if (hub.client) return Promise.resolve();
    hub.connecting ??= connect().finally(() => {
      hub.connecting = undefined;
    });
    return hub.connecting;
  }

  return {
    async subscribe(planId, listener) {
      const set = hub.listeners.get(planId) ?? new Set<PlanListener>();
      const unsubscribe = () => {
        set.delete(listener);
        if (set.size === 0 && hub.listeners.get(planId) === set) hub.listeners.delete(planId);
      };
      set.add(listener);
      hub.listeners.set(planId, set);
      try {
        await ensureConnected();
      } catch (error) {
        unsubscribe();
        // Those already subscribed are waiting for this connection too.
        if (hub.down) scheduleReconnect();
        throw error;
      }
      return unsubscribe;
    },
    listening() {
      return hub.client !== undefined;
    },
    listenerCount() {
      let count = 0;
      for (const set of hub.listeners.values()) count += set.size;
      return count;
    },
    async close() {
      hub.closed = true;
      clearTimeout(hub.retry);
      stopPoolRouting();
      hub.listeners.clear();
      await hub.connecting?.catch(() => undefined);
      await hub.client?.end().catch(() => undefined);
      hub.client = undefined;
    },
  };
}

// One hub per server process, kept on globalThis so dev-mode reloads reuse it.
const state = globalThis as unknown as { planHubOfProcess?: PlanHub };

/** Calls the listener whenever the plan may have new updates or someone's presence changed. */
export function subscribeToPlan(planId: string, listener: PlanListener): Promise<() => void> {
  state.planHubOfProcess ??= createPlanHub(requireDatabaseUrl());
  return state.planHubOfProcess.subscribe(planId, listener);
}

/** Whether this process's hub hears every stored update now (false before its first subscription too). */
export function planHubListening(): boolean {
  return state.planHubOfProcess?.listening() ?? false;
}

/** Streams subscribed to this process's hub (0 before the first subscription). */
export function planListenerCount(): number {
  return state.planHubOfProcess?.listenerCount() ?? 0;
}
