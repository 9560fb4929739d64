import { expect, test, type Page } from "@playwright/test";
import { unzipSync } from "fflate";
import { PDFDocument } from "pdf-lib";
import * as Y from "yjs";
import { planContent } from "../../lib/domain/plans/doc";
import { sql } from "./support/database";
import { mailsTo, waitForMail } from "./support/mailbox";
import { publishedRoundFor } from "./support/round-fixture";
import { newWorld, type World } from "./support/world";

// The mini-MUS is booked next year: within the meeting window (lib/dates/calendar.ts).
const nextYear = new Date().getFullYear() + 1;
const plan = (page: Page) => page.getByRole("region", { name: "Planen" });
const saved = (page: Page) =>
  expect(
    plan(page)
      .getByRole("status")
      .filter({ hasText: /^Gemt$/ }),
  ).toBeVisible({ timeout: 10_000 });

/** Whether `part`'s characters appear in `whole` in order (other characters may sit between them). */
function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const char of whole) if (char === part[at]) at += 1;
  return at === part.length;
}

test.describe.serial("writing the plan together", () => {
  let world: World;
  let path = "";

  test.beforeAll(async () => {
    world = await newWorld("plans");
    const { roundId } = await publishedRoundFor(world.email("torben.oedegaard"), "MUS 2031 på Ærtebjerghave");
    const participant = await sql(
      `select p.id from "RoundParticipant" p join "Person" person on person.id = p."personId" where person.email = $1 and p."roundId" = $2`,
      [world.email("gitte.rasmussen"), roundId],
    );
    path = `/runder/${roundId}/samtale/${participant.rows[0].id}`;
  });

  test("both type into the same field at the same moment and both end with every character", async ({ browser }) => {
    const leader = await browser.newPage();
    const employee = await browser.newPage();
    await world.signInAs(leader, "Torben Ødegaard");
    await world.signInAs(employee, "Gitte Rasmussen");
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
    await expect
      .poll(async () => (await leader.getByLabel("Mål", { exact: true }).inputValue()).length, { timeout: 10_000 })
      .toBe(fromLeader.length + fromEmployee.length);
    await expect
      .poll(async () => employee.getByLabel("Mål", { exact: true }).inputValue(), { timeout: 10_000 })
      .toBe(await leader.getByLabel("Mål", { exact: true }).inputValue());
    const merged = await leader.getByLabel("Mål", { exact: true }).inputValue();
    expect(isSubsequence(fromLeader, merged)).toBe(true);
    expect(isSubsequence(fromEmployee, merged)).toBe(true);
    await saved(leader);
    await saved(employee);

    // What one writes appears on the other's screen.
    await employee.getByRole("button", { name: "Tilføj øvebane" }).click();
    await expect(leader.getByRole("group", { name: "Øvebane 1" })).toBeVisible();
    await leader
      .getByRole("group", { name: "Øvebane 1" })
      .getByLabel("Hvad", { exact: true })
      .fill("Øve forflytning med kollega to gange om ugen");
    await expect(employee.getByRole("group", { name: "Øvebane 1" }).getByLabel("Hvad", { exact: true })).toHaveValue(
      "Øve forflytning med kollega to gange om ugen",
    );

    // Offline: the employee writes on; it reaches the leader when the network is back.
    await employee.context().setOffline(true);
    await employee.getByLabel("Evaluering af samtalen").fill("Godt at skrive planen sammen – også uden net.");
    await expect(
      plan(employee)
        .getByRole("status")
        .filter({ hasText: /Forbindelsen er afbrudt|Gemmer/ }),
    ).toBeVisible({ timeout: 10_000 });
    await expect(leader.getByLabel("Evaluering af samtalen")).toHaveValue("");
    await employee.context().setOffline(false);
    await expect(leader.getByLabel("Evaluering af samtalen")).toHaveValue("Godt at skrive planen sammen – også uden net.", {
      timeout: 15_000,
    });
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
    // The signed version stays readable as it was approved.
    await leader.getByText("Læs udgave 1, som den blev godkendt").click();
    await expect(leader.getByText("Godt at skrive planen sammen – også uden net.")).toBeVisible();
    await leader.close();

    // Follow-up on the signed version: book a mini-MUS (a calendar invitation to both) and write a note.
    const followUp = employee.getByRole("region", { name: "Opfølgning" });
    await expect(followUp.getByText("Opfølgningen gælder udgave 1.", { exact: false })).toBeVisible();
    const seen = mailsTo(world.email("gitte.rasmussen")).length;
    await followUp.getByLabel("Dato", { exact: true }).fill(`15-09-${nextYear}`);
    await followUp.getByLabel("Klokkeslæt").fill("09:30");
    await followUp.getByLabel("Varighed (minutter)").fill("1");
    await followUp.getByLabel("Sted eller videolink").fill("Personalestuen");
    await followUp.getByRole("button", { name: "Book og send invitation" }).click();
    await expect(followUp.getByText("Varigheden skal være mellem 5 og 240 minutter.")).toBeVisible();
    await expect(followUp.getByLabel("Sted eller videolink")).toHaveValue("Personalestuen");
    await followUp.getByLabel("Varighed (minutter)").fill("15");
    await followUp.getByRole("button", { name: "Book og send invitation" }).click();
    // The signed version's PDF is being stored meanwhile (after the approval): on a loaded machine the
    // booking can wait its turn for a few seconds.
    await expect(followUp.getByText("Invitationen er sendt til jer begge.")).toBeVisible({ timeout: 15_000 });
    await expect(followUp.getByText(`Mini-MUS er booket 15. september ${nextYear} kl. 09.30, 15 minutter, Personalestuen.`)).toBeVisible();
    const invitation = await waitForMail(world.email("gitte.rasmussen"), seen, 20_000);
    expect(invitation.subject).toBe(`Mini-MUS 15. september ${nextYear} kl. 09.30`);
    expect(invitation.calendar?.method).toBe("REQUEST");
    expect(invitation.calendar?.content).toContain(`DTSTART;TZID=Europe/Copenhagen:${nextYear}0915T093000`);

    await followUp.getByLabel("Dato for opfølgningen").fill(`15-09-${nextYear}`);
    await followUp.getByLabel(/^Øvebane 1: Øve forflytning/).selectOption({ label: "I gang" });
    await followUp.getByLabel("Hvad talte I om?").fill("Forflytningerne går bedre; vi øver videre <script>alert(1)</script>.");
    await followUp.getByRole("button", { name: "Gem opfølgningen" }).click();
    await expect(followUp.getByText("Opfølgningen er gemt.")).toBeVisible();
    await expect(followUp.getByText("Forflytningerne går bedre; vi øver videre <script>alert(1)</script>.")).toBeVisible();
    await expect(followUp.getByText("Øvebane 1: I gang")).toBeVisible();
    await employee.screenshot({ path: "test-results/screenshots/plan-follow-up.png", fullPage: true });

    // The employee's remark to the signed version that will be filed.
    await employee
      .getByLabel("Din bemærkning til den journaliserede udgave (valgfri)")
      .fill("Jeg vil gerne have tid til forflytningskurset i foråret.");
    await employee.getByRole("button", { name: "Gem bemærkningen" }).click();
    await expect(employee.getByText("Bemærkningen er gemt.")).toBeVisible();
    await employee.close();
  });

  test("a flood of updates is slowed down with a Danish message, and every update let through is stored once", async ({ page }) => {
    await world.signInAs(page, "Gitte Rasmussen");
    await page.goto(path);
    await saved(page);
    const planId = (
      await sql(
        `select pl.id from "Plan" pl join "RoundParticipant" p on p.id = pl."participantId" join "Person" person on person.id = p."personId" where person.email = $1`,
        [world.email("gitte.rasmussen")],
      )
    ).rows[0].id;
    const storedExpectations = async () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, (await sql(`select state from "Plan" where id = $1`, [planId])).rows[0].state);
      return planContent(doc).expectations;
    };
    const before = await storedExpectations();
    const origin = new URL(page.url()).origin;
    // 150 separate one-character edits at once, each from its own replica.
    const updates = Array.from({ length: 150 }, () => {
      const doc = new Y.Doc();
      doc.getText("expectations").insert(0, "x");
      return Buffer.from(Y.encodeStateAsUpdate(doc));
    });
    const answers = await Promise.all(
      updates.map((data) =>
        page.request.post(`/api/planer/${planId}/opdateringer`, { data, headers: { origin, "content-type": "application/octet-stream" } }),
      ),
    );
    const statuses = answers.map((answer) => answer.status());
    const refused = answers.filter((answer) => answer.status() === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(await refused[0].json()).toEqual({ error: "Der kommer for mange ændringer på én gang. Vent et øjeblik." });
    const stored = statuses.filter((status) => status === 200).length;
    expect(stored + refused.length).toBe(150);
    expect((await storedExpectations()).length - before.length).toBe(stored);
    // Sent again, the same updates change nothing.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    for (const data of updates.slice(0, 10))
      await page.request.post(`/api/planer/${planId}/opdateringer`, {
        data,
        headers: { origin, "content-type": "application/octet-stream" },
      });
    expect((await storedExpectations()).length - before.length).toBe(
      stored + updates.slice(0, 10).filter((_, index) => statuses[index] !== 200).length,
    );
  });

  test("HR downloads and files the signed plan; the parties see who filed it, HR never sees the conversation", async ({ browser }) => {
    const hr = await browser.newPage();
    await world.signInAs(hr, "Birgitte Dalsgaard");
    await hr.getByRole("banner").getByRole("link", { name: "Journalisering" }).click();
    await expect(hr.getByRole("heading", { level: 1, name: "Journalisering" })).toBeVisible();
    const round = hr.getByRole("region", { name: "Fremdrift pr. runde" }).getByRole("row", { name: /MUS 2031 på Ærtebjerghave/ });
    await expect(round).toBeVisible();
    const toFile = hr.getByRole("region", { name: "Underskrevne planer, der ikke er journaliseret" });
    const unfiled = toFile.getByRole("row", { name: /Gitte Rasmussen/ });
    await expect(unfiled).toContainText("MUS 2031 på Ærtebjerghave");
    await hr.screenshot({ path: "test-results/screenshots/hr-filing.png", fullPage: true });

    // One plan's PDF, and the round's ZIP holding exactly its signed plans.
    const pdf = await hr.request.get((await unfiled.getByRole("link", { name: "Hent PDF for Gitte Rasmussen" }).getAttribute("href"))!);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect(pdf.headers()["content-disposition"]).toContain(
      "kompetenceudviklingsplan-gitte-rasmussen-mus-2031-p%C3%A5-%C3%A6rtebjerghave-udgave-1.pdf",
    );
    const fields = (await PDFDocument.load(await pdf.body()))
      .getForm()
      .getFields()
      .map((field) => field.getName());
    expect(fields).toEqual(expect.arrayContaining(["goals", "action.1.what", "evaluation"]));
    expect((await PDFDocument.load(await pdf.body())).getForm().getTextField("employeeComment").getText()).toBe(
      "Jeg vil gerne have tid til forflytningskurset i foråret.",
    );
    const zip = await hr.request.get((await round.getByRole("link", { name: /Hent underskrevne planer/ }).getAttribute("href"))!);
    expect(zip.headers()["content-type"]).toBe("application/zip");
    expect(Object.keys(unzipSync(await zip.body()))).toEqual([
      "kompetenceudviklingsplan-gitte-rasmussen-mus-2031-på-ærtebjerghave-udgave-1.pdf",
    ]);
    const unitZip = await hr.request.get(
      (await hr.getByRole("link", { name: "Hent alle underskrevne planer i Plejecenter Ærtebjerghave (ZIP)" }).getAttribute("href"))!,
    );
    expect(Object.keys(unzipSync(await unitZip.body()))).toContain(
      "kompetenceudviklingsplan-gitte-rasmussen-mus-2031-på-ærtebjerghave-udgave-1.pdf",
    );

    await unfiled.getByRole("button", { name: "Markér som journaliseret: planen for Gitte Rasmussen" }).click();
    await expect(hr.getByText("Planen for Gitte Rasmussen er markeret som journaliseret.")).toBeVisible();
    await expect(toFile.getByRole("row", { name: /Gitte Rasmussen/ })).toHaveCount(0);
    expect((await hr.goto(path))?.status()).toBe(404);
    await hr.close();

    const employee = await browser.newPage();
    await world.signInAs(employee, "Gitte Rasmussen");
    await employee.goto(path);
    await expect(employee.getByText(/^Journaliseret i personalemappen .* af Birgitte Dalsgaard\.$/)).toBeVisible();
    await employee.close();
  });

  test("nobody else can open the plan or send to it", async ({ page }) => {
    await world.signInAs(page, "Pia Kjeldsen");
    expect((await page.goto(path))?.status()).toBe(404);
    const planId = (
      await sql(
        `select pl.id from "Plan" pl join "RoundParticipant" p on p.id = pl."participantId" join "Person" person on person.id = p."personId" where person.email = $1`,
        [world.email("gitte.rasmussen")],
      )
    ).rows[0].id;
    const origin = new URL(page.url()).origin;
    const post = await page.request.post(`/api/planer/${planId}/opdateringer`, {
      data: Buffer.from([0, 0]),
      headers: { origin, "content-type": "application/octet-stream" },
    });
    expect(post.status()).toBe(404);
    expect((await page.request.get(`/api/planer/${planId}/strom`)).status()).toBe(404);
    const presence = await page.request.post(`/api/planer/${planId}/tilstede`, {
      data: { client: "5b0e5d1e-9a8e-4a3b-8c7d-2f1e0d9c8b7a", field: "plan-goals" },
      headers: { origin },
    });
    expect(presence.status()).toBe(404);
    // Nor its PDF, nor HR's desk and exports (Pia is a colleague, not HR).
    expect((await page.request.get(`/api/planer/${planId}/udgaver/1/pdf`)).status()).toBe(404);
    expect((await page.goto("/hr"))?.status()).toBe(404);
    const roundId = path.split("/")[2];
    expect((await page.request.get(`/api/hr/eksport?runde=${roundId}`)).status()).toBe(404);
  });
});
