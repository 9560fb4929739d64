// A Node server answers everyone on one thread. Long work on it (a whole municipality's import,
// a big export) awaits the function made here inside its loops: once `budgetMs` of work has run
// since the last break it gives the event loop back (setImmediate, after pending I/O), so other
// people's requests and the health check are answered between slices instead of after the job.

export type Pause = () => Promise<void>;

export function timeSlicer(budgetMs = 10): Pause {
  let sliceStarted = performance.now();
  return async () => {
    if (performance.now() - sliceStarted < budgetMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStarted = performance.now();
  };
}
