// Requests someone is waiting for, counted, so long background work (HR's ZIP of hundreds of
// plans) can give way to them between its steps. Counted by the request observer for every
// request but the live plan's open streams, which last as long as a plan is open.

const state = globalThis as unknown as { musForegroundRequests?: number };

/** Counts a request until the returned function is called (once; later calls do nothing). */
export function foregroundRequestStarted(): () => void {
  state.musForegroundRequests = (state.musForegroundRequests ?? 0) + 1;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    state.musForegroundRequests = (state.musForegroundRequests ?? 1) - 1;
  };
}

/**
 * Waits while someone's request is in flight (the background work's own is not counted, see the
 * request observer), polling every few milliseconds, for at most `maxWaitMs`: the work goes on at
 * a crawl under steady load, never stops.
 */
export async function giveWayToRequests(maxWaitMs: number): Promise<void> {
  const until = performance.now() + maxWaitMs;
  while ((state.musForegroundRequests ?? 0) > 0 && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 4));
}
