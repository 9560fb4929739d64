/** How many test files vitest runs at once (and so how many integration databases there are). */
export const integrationWorkers = Math.max(1, Number(process.env.VITEST_MAX_WORKERS ?? 2));
