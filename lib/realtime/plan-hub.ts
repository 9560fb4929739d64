import "server-only";
import pg from "pg";
import { db } from "@/lib/db";
import { onPoolNotification, type Database } from "@/lib/db-client";
import { requireDatabaseUrl } from "@/lib/env";
import { planChannel } from "@/lib/domain/plans/store";

// One LISTEN connection per server process. A stored plan update is announced by NOTIFY (sent in
// the transaction that stored it, so only committed updates are announced); every process hears
// it and wakes the streams of that plan, which fetch what they have not sent yet. Presence (who
// has the plan open, in which field) travels the same way on its own channel and is not stored.
// Two app instances behind one Postgres need nothing else. After a lost connection every stream
// is woken once, so nothing announced in the gap is missed. On the embedded database the
// notification comes back on the sending connection instead, and is routed from there.

export const presenceChannel = "plan_presence";

/**
 * What a plan's announcement says: a stored update (its number, the one before it, its author and,
 * when it fitted, its bytes in base64), an approval, or (after a lost connection) only "look again".
 */
export type PlanMessage =
  | { kind: "update"; seq: bigint; prev: bigint; author: string; data: string }
  | { kind: "approval"; by: string }
  | { kind: "wake" };
export type PlanListener = { update: (message: PlanMessage) => void; presence: (payload: string) => void };

function parse(fields: string[]): PlanMessage {
  const [what, ...rest] = fields;
  if (what === "approval") return { kind: "approval", by: rest[0] ?? "" };
  if (!/^\d+$/.test(what ?? "") || !/^\d+$/.test(rest[0] ?? "")) return { kind: "wake" };
  return { kind: "update", seq: BigInt(what), prev: BigInt(rest[0]), author: rest[1] ?? "", data: rest[2] ?? "" };
}
type Hub = { listeners: Map<string, Set<PlanListener>>; client?: pg.Client; connecting?: Promise<void>; closed: boolean; retry?: ReturnType<typeof setTimeout> };
export type PlanHub = {
  subscribe: (planId: string, listener: PlanListener) => Promise<() => void>;
  /** How many streams are subscribed, over every plan (tests check that none is left behind). */
  listenerCount: () => number;
  /** Ends the LISTEN connection and forgets every listener (tests; a server process never closes its hub). */
  close: () => Promise<void>;
};

const maxRetryMs = 30_000;

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
 * A hub on one database: its own LISTEN connection, and whatever the client's pooled connections
 * receive (the embedded database hands a notification back to the connection that sent it).
 */
export function createPlanHub(database: Database, connectionString: string): PlanHub {
  const hub: Hub = { listeners: new Map(), closed: false };

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
  const stopPoolRouting = onPoolNotification(database, route);

  const wakeAll = () => {
    for (const set of hub.listeners.values()) each(set, (listener) => listener.update({ kind: "wake" }));
  };

  // After a lost connection, try again (1 s, 2 s, 4 s … up to 30 s) until it is back, then wake
  // every stream once so that nothing announced in the gap is missed.
  const reconnect = (delayMs: number) => {
    if (hub.closed) return;
    hub.retry = setTimeout(() => void ensureConnected().then(wakeAll, () => reconnect(Math.min(delayMs * 2, maxRetryMs))), delayMs);
  };

  async function connect(): Promise<void> {
    const client = new pg.Client({ connectionString });
    client.on("notification", route);
    client.on("error", () => {
      if (hub.client === client) hub.client = undefined;
      client.end().catch(() => undefined);
      reconnect(1_000);
    });
    try {
      await client.connect();
      await client.query(`listen ${planChannel}`);
      await client.query(`listen ${presenceChannel}`);
    } catch (error) {
      client.end().catch(() => undefined);
      throw error;
    }
    hub.client = client;
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
        throw error;
      }
      return unsubscribe;
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
  state.planHubOfProcess ??= createPlanHub(db(), requireDatabaseUrl());
  return state.planHubOfProcess.subscribe(planId, listener);
}

/** Streams subscribed to this process's hub (0 before the first subscription). */
export function planListenerCount(): number {
  return state.planHubOfProcess?.listenerCount() ?? 0;
}
