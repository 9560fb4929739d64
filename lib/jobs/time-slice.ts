// A Node server answers everyone on one thread. Long work on it (a whole municipality's import,
// a big export) awaits the function made here inside its loops: once `budgetMs` of work has run
// since the last break it gives the event loop back (setImmediate, after pending I/O), so other
// people's requests and the health check are answered between slices instead of after the job.
// When no break is due it returns nothing at once (no promise made), since it is called per row.

export type Pause = () => Promise<void> | undefined;

export function timeSlicer(budgetMs = 4): Pause {
  let sliceStarted = performance.now();
  return () => {
    if (performance.now() - sliceStarted < budgetMs) return undefined;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        sliceStarted = performance.now();
        resolve();
      }),
    );
  };
}
