import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { integrationWorkers } from "./support/workers";

const root = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@/": root,
      "server-only": fileURLToPath(new URL("./support/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    root,
    maxWorkers: integrationWorkers,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      // Integration files run two at a time, each worker on a database of its own that the files
      // empty between them (support/worker-databases.ts).
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/worker-databases.ts"],
          setupFiles: ["tests/support/worker-database-env.ts"],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: { name: "cli", include: ["tests/cli/**/*.test.ts"], fileParallelism: false, testTimeout: 120_000, hookTimeout: 120_000 },
      },
    ],
  },
});
