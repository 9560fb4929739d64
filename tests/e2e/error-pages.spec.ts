import { createServer, connect, type Server, type Socket } from "node:net";
import { expect, test } from "@playwright/test";
import { freePort } from "../support/postgres";
import { startAppServer } from "./support/app-server";
import { newWorld, type World } from "./support/world";

// What a person sees when the database goes away under a running app: a Danish page that says
// what happened and what to do, with a code for support and nothing about the fault, and the app
// back as soon as the database is. The second instance reaches Postgres through a cable (a TCP
// relay) the test can pull out; the other specs' instance is not disturbed.

let world: World;
test.beforeAll(async () => {
  world = await newWorld("error-pages");
});

function cable(target: URL): { port: () => number; start: () => Promise<void>; pull: () => Promise<void> } {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  return {
    port: () => port,
    start: () =>
      new Promise((done) => {
        server = createServer((client) => {
          const upstream = connect(Number(target.port), target.hostname);
          for (const socket of [client, upstream]) {
            sockets.add(socket);
            socket.on("close", () => sockets.delete(socket));
            socket.on("error", () => {
              client.destroy();
              upstream.destroy();
            });
          }
          client.pipe(upstream).pipe(client);
        });
        server.listen(port, "127.0.0.1", () => {
          port = (server!.address() as { port: number }).port;
          done();
        });
      }),
    pull: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server!.close(() => done());
      }),
  };
}

test("a database outage shows a Danish page with a code for support, and the app is back when the database is", async ({ browser }) => {
  const database = new URL(process.env.DATABASE_URL!);
  const relay = cable(database);
  await relay.start();
  const through = new URL(database);
  through.port = String(relay.port());
  const app = await startAppServer(await freePort(), { DATABASE_URL: through.toString(), JOBS_INTERVAL_SECONDS: "0" });
  try {
    const page = await (await browser.newContext({ baseURL: app.url })).newPage();
    await world.signInAs(page, "Mette Søndergård");
    await page.goto("/runder");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    await relay.pull();
    const response = await page.goto("/runder");
    expect(response?.status()).toBe(500);
    await expect(page.getByRole("heading", { level: 1, name: "Siden kunne ikke vises lige nu" })).toBeVisible();
    await expect(page.getByText("Der opstod en fejl hos os – ikke noget, du har gjort.")).toBeVisible();
    await expect(page.getByText(/oplys fejlkoden \w+\./)).toBeVisible();
    await expect(page).toHaveTitle("Siden kunne ikke vises · MUS og LUS");
    // Nothing of the fault itself: no stack, no driver message, no English default page.
    const text = await page.locator("body").innerText();
    expect(text).not.toMatch(/ECONN|prisma|postgres|stack|at \w+ \(|This page couldn|Application error/i);
    await page.screenshot({ path: "test-results/screenshots/error-database-away.png", fullPage: true });

    await relay.start();
    await page.getByRole("button", { name: "Prøv igen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Siden kunne ikke vises lige nu" })).toHaveCount(0, { timeout: 15_000 });
    await expect(page.getByRole("navigation").first()).toBeVisible();
  } finally {
    await app.kill();
    await relay.pull().catch(() => undefined);
  }
});

test("an address that does not exist gets the Danish not-found page", async ({ page }) => {
  const response = await page.goto("/findes/ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Siden findes ikke" })).toBeVisible();
});
