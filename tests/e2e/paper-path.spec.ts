import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { sql } from "./support/database";
import { publishedRoundFor } from "./support/round-fixture";
import { newWorld, type World } from "./support/world";

// The paper route, end to end, for someone with no e-mail address and no PC: the leader prints the
// invitation letter, types in the paper form (marked as done on the employee's behalf), prints the
// employee's copy, writes the plan with them, registers their signature on the printed plan, and
// HR files the signed PDF, which says the signature was given on paper.

const dir = mkdtempSync(join(tmpdir(), "mus-paper-path-"));
async function pdfText(name: string, response: APIResponse) {
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const file = join(dir, name);
  writeFileSync(file, await response.body());
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}
const hrefOf = async (page: Page, name: string) => (await page.getByRole("link", { name, exact: true }).getAttribute("href"))!;

test.describe.serial("the paper route for someone without e-mail", () => {
  let world: World;
  let roundId = "";
  let participantId = "";

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    world = await newWorld("paper");
    ({ roundId } = await publishedRoundFor(world.email("torben.oedegaard"), "MUS 2031 på Ærtebjerghave"));
    const { rows } = await sql(`update "Person" set email = null, "employeeNumber" = 'K-1207' where email = $1 returning id`, [
      world.email("gitte.rasmussen"),
    ]);
    const participant = await sql(`select id from "RoundParticipant" where "personId" = $1 and "roundId" = $2`, [rows[0].id, roundId]);
    participantId = participant.rows[0].id;
  });

  test("the leader prints the invitation, types in the paper form, and prints the employee's copy", async ({ page }) => {
    await world.signInAs(page, "Torben Ødegaard");
    await page.goto(`/runder/${roundId}/samtaler`);
    const letters = page.getByRole("region", { name: "Invitationer på papir" });
    await expect(letters).toContainText("1 deltager har ingen e-mailadresse og får invitationen på papir");
    const all = await pdfText("letters.pdf", await page.request.get(await hrefOf(page, "Udskriv brevet (PDF)")));
    expect(all).toContain("Kære Gitte Rasmussen");
    expect(all).toContain("Du er inviteret til din MUS-samtale med Torben Ødegaard.");
    const one = await pdfText("letter.pdf", await page.request.get(await hrefOf(page, "Udskriv brevet til Gitte Rasmussen (PDF)")));
    expect(one).toContain("Kære Gitte Rasmussen");

    await page.goto(`/runder/${roundId}/deltagerforberedelse/${participantId}`);
    await page.getByRole("link", { name: "Skriv papirskemaet ind" }).click();
    await expect(page.getByRole("heading", { name: "Papirskema for Gitte Rasmussen" })).toBeVisible();
    await page.getByRole("group", { name: "Mening: hvordan opleves den lige nu?" }).getByText("8", { exact: true }).first().click();
    await page.getByLabel("Hvordan bidrager du, og kunne du gøre andet/mere?").first().fill("Jeg hjælper nye kolleger godt i gang.");
    await expect(page.getByRole("status").filter({ hasText: /^Gemt$/ })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByRole("button", { name: "Del skemaet med min leder" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/paper-registration.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/screenshots/paper-registration-390.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole("link", { name: "Tilbage til forberedelsen" }).click();
    await expect(page.getByText("Udfyldt af Torben Ødegaard (leder) på medarbejderens vegne, efter papirskema.")).toBeVisible();
    await expect(page.getByText("Jeg hjælper nye kolleger godt i gang.")).toBeVisible();
    const copy = await pdfText("copy.pdf", await page.request.get(await hrefOf(page, "Udskriv en kopi til medarbejderen (PDF)")));
    expect(copy).toContain("Udfyldt af Torben Ødegaard (leder) på medarbejderens vegne, efter papirskema.");
    expect(copy).toContain("Jeg hjælper nye kolleger godt i gang.");
    // The leader's list of everyone's preparation says it came on paper.
    await page.goto(`/runder/${roundId}/deltagerforberedelse`);
    await expect(page.getByRole("row", { name: /Gitte Rasmussen/ })).toContainText("Papirskema skrevet ind");
  });

  test("the plan is signed on paper, registered by the leader, and HR files a PDF that says so", async ({ browser }) => {
    const leader = await browser.newPage();
    await world.signInAs(leader, "Torben Ødegaard");
    await leader.goto(`/runder/${roundId}/samtale/${participantId}`);
    const plan = leader.getByRole("region", { name: "Planen" });
    await expect(plan.getByRole("status").filter({ hasText: /^Gemt$/ })).toBeVisible({ timeout: 15_000 });
    // The paper form is on the table during the conversation, marked as such.
    await expect(leader.getByText("Udfyldt af Torben Ødegaard (leder) på medarbejderens vegne, efter papirskema.").first()).toBeVisible();
    await leader.getByLabel("Mål", { exact: true }).fill("Lære at lave mad til borgere med synkebesvær.");
    await expect(plan.getByRole("status").filter({ hasText: /^Gemt$/ })).toBeVisible({ timeout: 10_000 });

    // Registering before ticking the box is refused next to it; nothing is lost.
    await leader.getByRole("button", { name: "Registrér underskriften" }).click();
    await expect(
      leader.getByRole("alert").filter({ hasText: "Sæt kryds, når underskriften på den udskrevne plan er givet." }),
    ).toBeVisible();
    await leader.getByRole("button", { name: "Godkend planen, som den står nu" }).click();
    await expect(leader.getByText(/Godkendt af Torben Ødegaard/)).toBeVisible();
    await leader.getByLabel("Medarbejderen har skrevet under på den udskrevne udgave 1 af planen").check();
    await leader.getByRole("button", { name: "Registrér underskriften" }).click();
    await expect(leader.getByText(/Godkendt af Gitte Rasmussen .*: underskrevet på papir, registreret af Torben Ødegaard\./)).toBeVisible();
    // Signed: nothing more to register until a change makes a new version.
    await expect(leader.getByRole("button", { name: "Registrér underskriften" })).toHaveCount(0);
    await leader.screenshot({ path: "test-results/screenshots/paper-signature.png", fullPage: true });
    await leader.close();

    const hr = await browser.newPage();
    await world.signInAs(hr, "Birgitte Dalsgaard");
    await hr.getByRole("banner").getByRole("link", { name: "Journalisering" }).click();
    const unfiled = hr
      .getByRole("region", { name: "Underskrevne planer, der ikke er journaliseret" })
      .getByRole("row", { name: /Gitte Rasmussen/ });
    await expect(unfiled).toContainText("MUS 2031 på Ærtebjerghave");
    const filed = await pdfText(
      "filed.pdf",
      await hr.request.get((await unfiled.getByRole("link", { name: "Hent PDF for Gitte Rasmussen" }).getAttribute("href"))!),
    );
    expect(filed).toContain("underskrevet på papir, registreret af Torben Ødegaard");
    await unfiled.getByRole("button", { name: "Markér som journaliseret: planen for Gitte Rasmussen" }).click();
    await expect(hr.getByText("Planen for Gitte Rasmussen er markeret som journaliseret.")).toBeVisible();
    await hr.close();
  });
});
