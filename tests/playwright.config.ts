import { defineConfig, devices } from "@playwright/test";
import { appServerEnv, mainPort, startCommand } from "./e2e/support/app-server";
import { chromiumPath } from "./support/system-packages";

const port = mainPort;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "./e2e",
  globalSetup: "./e2e/support/global-setup.ts",
  outputDir: "../test-results",
  // Each spec file makes the organisation it needs (e2e/support/world.ts), so files run side by
  // side; the tests in one file run in order, as a person's steps do. E2E_WORKERS overrides.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: startCommand(port),
    cwd: "..",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: appServerEnv(port),
  },
});
