import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { sql } from "./support/database";
import { publishedRoundFor } from "./support/round-fixture";
import { newWorld, type World } from "./support/world";

// The pages under their Content-Security-Policy (proxy.ts): a fresh nonce on every page, Next's own
// scripts carrying it, and no page whose scripts or styles the browser refuses. Chromium reports
// every refusal on the console ("… violates the following Content Security Policy directive …").

// The round (and the plan the leader's test opens) is in the spec's own world, which nobody else
// sees, so nothing is cleaned up afterwards.
let world: World;
let roundId = "";
let mette = "";

test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  world = await newWorld("csp");
  ({ roundId } = await publishedRoundFor(world.email("karen.hoejgaard"), `Sikkerhedspolitik ${randomUUID().slice(0, 8)}`));
  const rows = await sql(
    `select p.id from "RoundParticipant" p join "Person" person on person.id = p."personId" where p."roundId" = $1 and person.email = $2`,
    [roundId, world.email("mette.soendergaard")],
  );
  mette = rows.rows[0].id;
});

/** Collects what the browser refused because of the policy, from the moment it is called. */
function recordViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(`${page.url()}: ${message.text()}`);
  });
  return violations;
}

const nonceIn = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

test("every page gets a policy with a nonce of its own, and Next's scripts carry it", async ({ request }) => {
  const first = await request.get("/log-ind");
  const second = await request.get("/log-ind");
  const policy = first.headers()["content-security-policy"];
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain("unsafe-eval"); // a production build
  const nonce = nonceIn(policy);
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(nonceIn(second.headers()["content-security-policy"])).not.toBe(nonce);
  // Every script element in the page carries this request's nonce, none another one or none.
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);
});

test("signed out: the sign-in pages run and are styled under the policy", async ({ page }) => {
  const violations = recordViolations(page);
  for (const path of ["/", "/log-ind", "/log-ind/tjek-mail", "/log-ind/fejl", "/ingen-adgang"]) {
    await page.goto(path);
    await expect(page.getByRole("banner")).toBeVisible();
  }
  // The stylesheet applied (a refused one leaves the browser's default serif and a transparent header).
  await page.goto("/log-ind");
  const font = await page.locator("body").evaluate((body) => getComputedStyle(body).fontFamily);
  expect(font).not.toMatch(/^"?Times/);
  // The sign-in form's own script ran: it checks the address in the browser, before anything is sent.
  await page.getByLabel("Din e-mailadresse på arbejdet").fill("ikke-en-adresse");
  await page.getByRole("button", { name: "Send mig et login-link" }).click();
  await expect(page.getByText("Skriv en gyldig e-mailadresse")).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/csp-log-ind.png", fullPage: true });
  expect(violations).toEqual([]);
  // The check sees a refusal when there is one: an image from another host.
  await page.evaluate(() => {
    const image = document.createElement("img");
    image.src = "https://elsewhere.invalid/pixel.png";
    document.body.append(image);
  });
  await expect.poll(() => violations.join("\n")).toContain("img-src");
});

test("the leader's pages, a preparation sheet and the conversation plan run under the policy", async ({ browser }) => {
  const leader = await browser.newPage();
  const leaderViolations = recordViolations(leader);
  await world.signInAs(leader, "Karen Højgaard");
  const base = `/runder/${roundId}`;
  for (const path of ["/", "/runder", base, `${base}/samtaler`, `${base}/materiale`, `${base}/deltagerforberedelse`]) {
    await leader.goto(path);
    await expect(leader.getByRole("main").first()).toBeVisible();
  }
  // The plan is live (its own stream, its keystrokes sent with fetch): "Gemt" shows it connected.
  await leader.goto(`${base}/samtale/${mette}`);
  await expect(
    leader
      .getByRole("region", { name: "Planen" })
      .getByRole("status")
      .filter({ hasText: /^Gemt$/ }),
  ).toBeVisible({ timeout: 15_000 });
  await leader.screenshot({ path: "test-results/screenshots/csp-samtale.png", fullPage: true });
  expect(leaderViolations).toEqual([]);

  const participant = await browser.newPage();
  const participantViolations = recordViolations(participant);
  await world.signInAs(participant, "Mette Søndergård");
  await participant.goto(`${base}/forberedelse`);
  await expect(participant.getByRole("main").first()).toBeVisible();
  await participant.goto(`${base}/forberedelse/udskriv`);
  await expect(participant.getByRole("main").first()).toBeVisible();
  expect(participantViolations).toEqual([]);
});

test("the administration's pages run under the policy", async ({ page }) => {
  const violations = recordViolations(page);
  await world.signInAs(page, "Peter Skov Jæger");
  for (const path of [
    "/admin",
    "/admin/personer",
    "/admin/personer/ny",
    "/admin/enheder",
    "/admin/import",
    "/admin/log",
    "/admin/skabeloner",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("main").first()).toBeVisible();
  }
  expect(violations).toEqual([]);
});
