import { beforeEach, describe, expect, it } from "vitest";
import type { SessionActor } from "@/lib/auth/current";
import { AccessDenied } from "@/lib/auth/guard";
import { loadPrivacyNotice, loadPrivacySettings } from "@/lib/domain/privacy/data";
import { savePrivacySettings } from "@/lib/domain/privacy/mutations";
import { processingRecordDownload } from "@/lib/domain/privacy/record-download";
import { privacySettingsSchema, type PrivacySettingsInput } from "@/lib/domain/privacy/schema";
import { sectionsText } from "@/lib/domain/privacy/sections";
import { defaultMonths, retentionKinds } from "@/lib/domain/retention/kinds";
import { saveRetentionPolicy } from "@/lib/domain/retention/mutations";
import { invitationMail } from "@/lib/domain/rounds/mails";
import { da } from "@/lib/i18n/da";
import { cleanInput } from "@/lib/text/clean";
import { seedDemoOrganisation, seedOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { demoEmail } from "../support/rounds";

// The privacy settings (controller and DPO), the notice built from them and from the retention
// rules (GDPR art. 13), and the record of processing (art. 30), on the demo municipality.

const database = testDatabase();

const settings: PrivacySettingsInput = {
  controllerName: "Vesterå Kommune",
  controllerAddress: "Rådhuspladsen 1\n9999 Demoby",
  dpoName: "Søren Ågård",
  dpoEmail: "DPO@Demo.Example",
  dpoPhone: "+45 12 34 56 78",
  policyUrl: "https://www.demo.example/privatliv",
  withholdLeaderNotes: false,
  withholdLeaderNotesReason: "",
};

const reason = "Noterne er lederens arbejdsnoter til en samtale, der ikke er afsluttet endnu.";

/** What the action does with a form's input: clean it, then the form's own schema. */
const parse = (input: PrivacySettingsInput) => privacySettingsSchema.safeParse(cleanInput(input));
const valid = (input: PrivacySettingsInput) => {
  const parsed = parse(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
};

async function actor(email: string): Promise<SessionActor> {
  const person = await database.person.findUniqueOrThrow({ where: { email }, include: { roles: true } });
  return {
    id: person.id,
    active: person.active,
    roles: person.roles.map(({ role }) => role),
    name: person.name,
    email: person.email,
    municipalityId: person.municipalityId,
    sessionId: "00000000-0000-4000-8000-000000000001",
  };
}

let admin: SessionActor;

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
  admin = await actor(demoEmail("peter.jaeger"));
});

describe("the privacy settings", () => {
  it("are saved for the administrator's municipality and audited with what changed", async () => {
    expect(await loadPrivacySettings(database, admin.municipalityId)).toBeNull();
    expect(await savePrivacySettings(database, admin, valid(settings))).toEqual({
      changed: ["controllerName", "controllerAddress", "dpoName", "dpoEmail", "dpoPhone", "policyUrl"],
    });
    expect(await loadPrivacySettings(database, admin.municipalityId)).toEqual({ ...settings, dpoEmail: "dpo@demo.example" });

    // The same again writes nothing; one field changed is one audited change naming that field.
    expect(await savePrivacySettings(database, admin, valid(settings))).toEqual({ changed: [] });
    await savePrivacySettings(database, admin, valid({ ...settings, dpoPhone: "70 10 20 30" }));
    const events = await database.auditEvent.findMany({ where: { action: "privacy.settings" }, orderBy: { id: "asc" } });
    expect(events.map((event) => [event.actorId, event.resourceId, event.details])).toEqual([
      [
        admin.id,
        admin.municipalityId,
        { changed: ["controllerName", "controllerAddress", "dpoName", "dpoEmail", "dpoPhone", "policyUrl"] },
      ],
      [admin.id, admin.municipalityId, { changed: ["dpoPhone"] }],
    ]);
    expect(da.audit.actions["privacy.settings"]).toMatch(/databeskyttelsesrådgiveren/);
  });

  it("refuses bad input with Danish messages next to each field", () => {
    const parsed = parse({
      ...settings,
      controllerName: "x".repeat(10_000),
      controllerAddress: "  ",
      dpoEmail: "ikke en adresse",
      dpoPhone: "ring til mig",
      policyUrl: "http://www.demo.example",
    });
    expect(parsed.success).toBe(false);
    const messages = Object.fromEntries((parsed.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
    expect(messages).toEqual({
      controllerName: da.errors.tooLongBy(200, 10_000),
      controllerAddress: da.errors.required,
      dpoEmail: da.errors.email,
      dpoPhone: da.privacy.settings.errors.phone,
      policyUrl: da.privacy.settings.errors.url,
    });
    expect(messages.controllerName).toContain("10.000");
    // No policy link is fine.
    expect(parse({ ...settings, policyUrl: "" }).success).toBe(true);
  });

  it("withhold the leader's notes only with a reason, trimmed and not too long, and keep the reason while off", () => {
    const messageOf = (input: PrivacySettingsInput) =>
      Object.fromEntries((parse(input).error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
    for (const empty of ["", "   \n "])
      expect(messageOf({ ...settings, withholdLeaderNotes: true, withholdLeaderNotesReason: empty })).toEqual({
        withholdLeaderNotesReason: da.privacy.settings.errors.withholdReason,
      });
    // Said next to the field even when another field is wrong too.
    expect(messageOf({ ...settings, dpoPhone: "ring til mig", withholdLeaderNotes: true, withholdLeaderNotesReason: "" })).toEqual({
      dpoPhone: da.privacy.settings.errors.phone,
      withholdLeaderNotesReason: da.privacy.settings.errors.withholdReason,
    });
    expect(messageOf({ ...settings, withholdLeaderNotes: true, withholdLeaderNotesReason: "x".repeat(1001) })).toEqual({
      withholdLeaderNotesReason: da.errors.tooLongBy(1000, 1001),
    });
    expect(valid({ ...settings, withholdLeaderNotes: true, withholdLeaderNotesReason: `  ${reason}\n` }).withholdLeaderNotesReason).toBe(
      reason,
    );
    // Off, no reason is needed, and one written stays.
    expect(valid({ ...settings, withholdLeaderNotes: false, withholdLeaderNotesReason: "" }).withholdLeaderNotes).toBe(false);
    expect(valid({ ...settings, withholdLeaderNotes: false, withholdLeaderNotesReason: reason }).withholdLeaderNotesReason).toBe(reason);
    // The suggested reason fits.
    expect(
      valid({ ...settings, withholdLeaderNotes: true, withholdLeaderNotesReason: da.privacy.settings.withholdReasonSuggestion }),
    ).toBeTruthy();
  });

  it("record turning the withholding on and off in the audit log, saying which", async () => {
    await savePrivacySettings(database, admin, valid(settings));
    expect(
      await savePrivacySettings(database, admin, valid({ ...settings, withholdLeaderNotes: true, withholdLeaderNotesReason: reason })),
    ).toEqual({
      changed: ["withholdLeaderNotes", "withholdLeaderNotesReason"],
    });
    await savePrivacySettings(
      database,
      admin,
      valid({ ...settings, withholdLeaderNotes: true, withholdLeaderNotesReason: `${reason} Spørg HR.` }),
    );
    await savePrivacySettings(
      database,
      admin,
      valid({ ...settings, withholdLeaderNotes: false, withholdLeaderNotesReason: `${reason} Spørg HR.` }),
    );
    expect(await loadPrivacySettings(database, admin.municipalityId)).toMatchObject({
      withholdLeaderNotes: false,
      withholdLeaderNotesReason: `${reason} Spørg HR.`,
    });
    const events = await database.auditEvent.findMany({ where: { action: "privacy.settings" }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.details)).toEqual([
      { changed: ["controllerName", "controllerAddress", "dpoName", "dpoEmail", "dpoPhone", "policyUrl"] },
      { changed: ["withholdLeaderNotes", "withholdLeaderNotesReason"], withholdLeaderNotes: true },
      { changed: ["withholdLeaderNotesReason"] },
      { changed: ["withholdLeaderNotes"], withholdLeaderNotes: false },
    ]);
    expect(events.every((event) => event.actorId === admin.id && event.resourceId === admin.municipalityId)).toBe(true);
  });

  it("may only be changed by an administrator, and a refusal writes nothing", async () => {
    for (const email of [demoEmail("aase.kirkegaard"), demoEmail("mette.soendergaard"), demoEmail("birgitte.dalsgaard")]) {
      await expect(savePrivacySettings(database, await actor(email), valid(settings))).rejects.toBeInstanceOf(AccessDenied);
    }
    expect(await database.privacySettings.count()).toBe(0);
    expect(await database.auditEvent.count({ where: { action: "privacy.settings" } })).toBe(0);
  });
});

describe("the privacy notice", () => {
  it("names the municipality and says the contact is missing before the settings are saved", async () => {
    const notice = await loadPrivacyNotice(database, null);
    const text = sectionsText(notice!.sections);
    expect(notice!.facts.municipalityName).toBe("Vesterå Kommune");
    expect(text).toContain(da.privacy.notice.controller.text("Vesterå Kommune"));
    expect(text).toContain(da.privacy.notice.controller.notSet);
    expect(text).toContain(`${da.privacy.facts.name}: ${da.privacy.facts.missing}`);
  });

  it("is generated from the settings and says what the retention job does, following a changed rule", async () => {
    await savePrivacySettings(database, admin, valid(settings));
    const before = sectionsText((await loadPrivacyNotice(database, admin.municipalityId))!.sections);
    expect(before).toContain("Søren Ågård");
    expect(before).toContain("dpo@demo.example");
    expect(before).toContain("+45 12 34 56 78");
    expect(before).toContain("Rådhuspladsen 1\n9999 Demoby");
    expect(before).toContain("Læs kommunens generelle privatlivspolitik (https://www.demo.example/privatliv)");
    expect(before).not.toContain(da.privacy.notice.controller.notSet);
    // Every kind the job deletes, with its default period.
    for (const kind of retentionKinds) {
      const { name, from } = da.retention.kinds[kind];
      expect(before).toContain(`${name} | ${da.privacy.retention.period(defaultMonths[kind], from)}`);
    }
    expect(before).toContain("Forberedelsesskemaernes tekster og lederens noter | 6 måneder efter, at runden er afsluttet");
    // The rights, with how to use them.
    expect(before).toContain(`${da.personalData.download} (/mine-data)`);
    expect(before).toContain(da.privacy.notice.rights.rectification.signedPlan);
    expect(before).toContain("Datatilsynet");
    expect(before).toContain("artikel 6, stk. 1, litra e");
    expect(before).not.toContain(da.privacy.notice.rights.access.withheld);

    await saveRetentionPolicy(database, {
      municipalityId: admin.municipalityId,
      actorId: admin.id,
      values: { ...defaultMonths, SHEET_TEXTS: 8, SIGNED_PLANS: 1 },
    });
    const after = sectionsText((await loadPrivacyNotice(database, admin.municipalityId))!.sections);
    expect(after).toContain("Forberedelsesskemaernes tekster og lederens noter | 8 måneder efter, at runden er afsluttet");
    expect(after).toContain("Underskrevne planer | 1 måned efter, at planen er journaliseret i personalemappen, og runden er afsluttet");
    expect(after).not.toContain("6 måneder efter, at runden er afsluttet");
  });

  it("says, under the right of access, that the leader's notes are withheld in open rounds, and why, while that is on", async () => {
    await savePrivacySettings(database, admin, valid({ ...settings, withholdLeaderNotes: true, withholdLeaderNotesReason: reason }));
    const notice = (await loadPrivacyNotice(database, admin.municipalityId))!.sections;
    const access = notice.find((section) => section.id === "indsigt")!;
    expect(sectionsText([access])).toContain(`${da.privacy.notice.rights.access.withheld}\n${reason}`);

    await savePrivacySettings(database, admin, valid({ ...settings, withholdLeaderNotes: false, withholdLeaderNotesReason: reason }));
    const after = sectionsText((await loadPrivacyNotice(database, admin.municipalityId))!.sections);
    expect(after).not.toContain(da.privacy.notice.rights.access.withheld);
    expect(after).not.toContain(reason);
  });

  it("is each municipality's own: signed in, one's own; signed out, the first municipality's", async () => {
    await seedOrganisation(database, { municipality: "Nordby Kommune", domain: "nordby.example" });
    await savePrivacySettings(database, admin, valid(settings));
    const nordby = await actor("aase.kirkegaard@nordby.example");
    const theirs = await loadPrivacyNotice(database, nordby.municipalityId);
    expect(theirs!.facts.municipalityName).toBe("Nordby Kommune");
    expect(sectionsText(theirs!.sections)).not.toContain("Søren Ågård");
    expect((await loadPrivacyNotice(database, null))!.facts.municipalityName).toBe("Vesterå Kommune");
  });

  it("is linked from the invitation, the first e-mail a person gets", () => {
    const mail = invitationMail(
      {
        id: "00000000-0000-4000-8000-000000000002",
        kind: "MUS",
        title: "MUS 2027",
        conversationsFrom: new Date("2027-03-01T12:00:00Z"),
        conversationsTo: new Date("2027-03-31T12:00:00Z"),
      },
      { name: "Mette Søndergaard", email: "mette@demo.example" },
      { name: "Åse Kirkegaard", email: "aase@demo.example" },
      null,
    );
    expect(mail.text).toMatch(/Sådan behandler kommunen dine oplysninger: https?:\/\/[^\s]+\/privatliv$/m);
  });
});

describe("the record of processing", () => {
  it("is an HTML document with the controller, the DPO, the categories, recipients, retention and security", async () => {
    await savePrivacySettings(database, admin, valid({ ...settings, dpoName: "Søren <Ågård>" }));
    await saveRetentionPolicy(database, { municipalityId: admin.municipalityId, actorId: admin.id, values: { ...defaultMonths, MAIL: 2 } });
    const download = await processingRecordDownload(database, admin, new Date("2027-01-15T10:00:00Z"));
    expect(download.contentType).toBe("text/html; charset=utf-8");
    expect(download.fileName).toBe("fortegnelse-mus-og-lus-Vesterå Kommune.html");
    const html = String(download.body);
    expect(html).toMatch(/^<!doctype html><html lang="da">/);
    expect(html).toContain("<h1>Fortegnelse over behandling af personoplysninger – MUS og LUS</h1>");
    expect(html).toContain("Søren &lt;Ågård&gt;");
    expect(html).not.toContain("<Ågård>");
    expect(html).toContain('<a href="mailto:dpo@demo.example">dpo@demo.example</a>');
    for (const heading of ["Kategorier af registrerede", "Kategorier af personoplysninger", "Modtagere", "Slettefrister"])
      expect(html).toContain(`<h2>${heading}</h2>`);
    expect(html).toContain("de fire selvvurderinger");
    expect(html).toContain("kun samlede, anonyme tal");
    expect(html).toContain("hashkæde (SHA-256)");
    expect(html).toContain("<td>2 måneder efter, at e-mailen er sendt eller opgivet</td>");
    expect(html).not.toMatch(/<script/i);
  });

  it("is refused to anyone but an administrator", async () => {
    for (const email of [demoEmail("aase.kirkegaard"), demoEmail("mette.soendergaard"), demoEmail("birgitte.dalsgaard")])
      await expect(processingRecordDownload(database, await actor(email))).rejects.toBeInstanceOf(AccessDenied);
  });
});
