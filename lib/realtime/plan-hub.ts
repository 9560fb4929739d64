import "server-only";
import pg from "pg";
import { requireDatabaseUrl } from "@/lib/env";
import { planChannel } from "@/lib/domain/plans/store";

// One LISTEN connection per server process. A stored plan update is announced by NOTIFY (sent in
// the transaction that stored it, so only committed updates are announced); every process hears
// it and wakes the streams of that plan, which fetch what they have not sent yet. Two app
// instances behind one Postgres need nothing else. After a lost connection every stream is woken
// once, so nothing announced in the gap is missed.

type Listener = () => void;

type Hub = { listeners: Map<string, Set<Listener>>; client?: pg.Client; connecting?: Promise<void> };
const state = globalThis as unknown as { planHub?: Hub };
const hub: Hub = (state.planHub ??= { listeners: new Map() });

function wakeAll() {
  for (const set of hub.listeners.values()) for (const listener of set) listener();
}

async function connect(): Promise<void> {
  const client = new pg.Client({ connectionString: requireDatabaseUrl() });
  client.on("notification", (message) => {
    const planId = message.payload?.split(":")[0];
    if (planId) for (const listener of hub.listeners.get(planId) ?? []) listener();
  });
  client.on("error", () => {
    hub.client = undefined;
    client.end().catch(() => undefined);
    setTimeout(() => void ensureConnected().then(wakeAll).catch(() => undefined), 1_000);
  });
  await client.connect();
  await client.query(`listen ${planChannel}`);
  hub.client = client;
}

function ensureConnected(): Promise<void> {
  if (hub.client) return Promise.resolve();
  hub.connecting ??= connect().finally(() => {
    hub.connecting = undefined;
  });
  return hub.connecting;
}

/** Calls `listener` whenever the plan may have new updates. Returns the way to stop. */
export async function subscribeToPlan(planId: string, listener: Listener): Promise<() => void> {
  const set = hub.listeners.get(planId) ?? new Set<Listener>();
  set.add(listener);
  hub.listeners.set(planId, set);
  await ensureConnected();
  return () => {
    set.delete(listener);
    if (set.size === 0) hub.listeners.delete(planId);
  };
}
