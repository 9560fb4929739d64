import { expect, test, type Page } from "@playwright/test";
import { sql } from "./support/database";
import { publishedRoundFor } from "./support/round-fixture";
import { signInAs } from "./support/sign-in";

const saved = (page: Page) => expect(page.getByRole("status").filter({ hasText: /^Gemt$/ })).toBeVisible({ timeout: 10_000 });

/** Whether `part`'s characters appear in `whole` in order (other characters may sit between them). */
function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const char of whole) if (char === part[at]) at += 1;
  return at === part.length;
}

test.describe.serial("writing the plan together", () => {
  let path = "";

  test.beforeAll(async () => {
    const { roundId } = await publishedRoundFor("torben.oedegaard@vesteraa.example", "MUS 2031 på Ærtebjerghave");
    const participant = await sql(`select p.id from "RoundParticipant" p join "Person" person on person.id = p."personId" where person.email = 'gitte.rasmussen@vesteraa.example' and p."roundId" = $1`, [roundId]);
    path = `/runder/${roundId}/samtale/${participant.rows[0].id}`;
  });

  test("both type into the same field at the same moment and both end with every character", async ({ browser }) => {
    const leader = await browser.newPage();
    const employee = await browser.newPage();
    await signInAs(leader, "Torben Ødegaard");
    await signInAs(employee, "Gitte Rasmussen");
    await leader.goto(path);
    await employee.goto(path);
    await expect(leader.getByRole("heading", { name: "Kompetenceudviklingsplan for Gitte Rasmussen" })).toBeVisible();
    await saved(leader);
    await saved(employee);

    const fromLeader = "Torben: mere ansvar for nye kolleger. ";
    const fromEmployee = "Gitte: lære forflytningsteknik. ";
    await leader.getByLabel("Mål", { exact: true }).click();
    await employee.getByLabel("Mål", { exact: true }).click();
    await Promise.all([
      leader.getByLabel("Mål", { exact: true }).pressSequentially(fromLeader, { delay: 25 }),
      employee.getByLabel("Mål", { exact: true }).pressSequentially(fromEmployee, { delay: 25 }),
    ]);
    await expect.poll(async () => (await leader.getByLabel("Mål", { exact: true }).inputValue()).length, { timeout: 10_000 }).toBe(fromLeader.length + fromEmployee.length);
    await expect.poll(async () => employee.getByLabel("Mål", { exact: true }).inputValue(), { timeout: 10_000 }).toBe(await leader.getByLabel("Mål", { exact: true }).inputValue());
    const merged = await leader.getByLabel("Mål", { exact: true }).inputValue();
    expect(isSubsequence(fromLeader, merged)).toBe(true);
    expect(isSubsequence(fromEmployee, merged)).toBe(true);
    await saved(leader);
    await saved(employee);

    // What one writes appears on the other's screen.
    await employee.getByRole("button", { name: "Tilføj øvebane" }).click();
    await expect(leader.getByRole("group", { name: "Øvebane 1" })).toBeVisible();
    await leader.getByRole("group", { name: "Øvebane 1" }).getByLabel("Hvad", { exact: true }).fill("Øve forflytning med kollega to gange om ugen");
    await expect(employee.getByRole("group", { name: "Øvebane 1" }).getByLabel("Hvad", { exact: true })).toHaveValue("Øve forflytning med kollega to gange om ugen");

    // Offline: the employee writes on; it reaches the leader when the network is back.
    await employee.context().setOffline(true);
    await employee.getByLabel("Evaluering af samtalen").fill("Godt at skrive planen sammen – også uden net.");
    await expect(employee.getByRole("status").filter({ hasText: /Ingen forbindelse|Gemmer/ })).toBeVisible({ timeout: 10_000 });
    await expect(leader.getByLabel("Evaluering af samtalen")).toHaveValue("");
    await employee.context().setOffline(false);
    await expect(leader.getByLabel("Evaluering af samtalen")).toHaveValue("Godt at skrive planen sammen – også uden net.", { timeout: 15_000 });
    await saved(employee);
    await leader.screenshot({ path: "test-results/screenshots/plan-editor.png", fullPage: true });

    // A reload starts from what is stored.
    await leader.reload();
    await expect(leader.getByLabel("Mål", { exact: true })).toHaveValue(merged);
    await saved(leader);

    // Sign-off: both approve the same content; it becomes signed version 1.
    await employee.getByRole("button", { name: "Godkend planen, som den står nu" }).click();
    await expect(employee.getByText("Du har godkendt udgave 1. Den venter på den anden part.")).toBeVisible();
    await leader.getByRole("button", { name: "Godkend planen, som den står nu" }).click();
    await expect(leader.getByText("Udgave 1 er underskrevet af jer begge.")).toBeVisible();
    await expect(leader.getByText(/^Underskrevet af jer begge /)).toBeVisible();
    await leader.screenshot({ path: "test-results/screenshots/plan-signed.png", fullPage: true });
    // An edit after signing makes a new version, which needs both approvals again.
    await employee.getByLabel("Evaluering af samtalen").fill("Godt at skrive planen sammen.");
    await saved(employee);
    await expect(leader.getByLabel("Evaluering af samtalen")).toHaveValue("Godt at skrive planen sammen.");
    await saved(leader);
    await leader.getByRole("button", { name: "Godkend planen, som den står nu" }).click();
    await expect(leader.getByText("Du har godkendt udgave 2. Den venter på den anden part.")).toBeVisible();
    await leader.close();
    await employee.close();
  });

  test("nobody else can open the plan or send to it", async ({ page }) => {
    await signInAs(page, "Pia Kjeldsen");
    expect((await page.goto(path))?.status()).toBe(404);
    const planId = (await sql(`select pl.id from "Plan" pl join "RoundParticipant" p on p.id = pl."participantId" join "Person" person on person.id = p."personId" where person.email = 'gitte.rasmussen@vesteraa.example'`)).rows[0].id;
    const origin = new URL(page.url()).origin;
    const post = await page.request.post(`/api/planer/${planId}/opdateringer`, { data: Buffer.from([0, 0]), headers: { origin, "content-type": "application/octet-stream" } });
    expect(post.status()).toBe(404);
    expect((await page.request.get(`/api/planer/${planId}/strom`)).status()).toBe(404);
  });
});
