import { createAppDatabase, startTestPostgres } from "./postgres";

// For working on integration tests: a throwaway cluster that stays up until Ctrl-C.
// Prints the variables to run one file with: DATABASE_URL=… TEST_OWNER_DATABASE_URL=… TEST_POSTGRES_SERVER_URL=… npx vitest run --config tests/vitest.config.ts <file>
const postgres = await startTestPostgres();
const { appUrl, ownerUrl } = await createAppDatabase(postgres, "mus_test");
console.log(`DATABASE_URL=${appUrl} TEST_OWNER_DATABASE_URL=${ownerUrl} TEST_POSTGRES_SERVER_URL=${postgres.serverUrl}`);
const stop = () => {
  postgres.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
setInterval(() => {}, 1 << 30);
