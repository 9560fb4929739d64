"use server";

import { z } from "zod";
import { defineAction } from "@/lib/auth/action";
import { authorize } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { saveMunicipalitySettings, saveUnit as saveUnitMutation } from "./mutations";
import { guidanceSettingsSchema } from "./guidance-settings-schema";
import { helpContactSchema } from "./help-contact-schema";
import { participantRulesSchema, wholeOrNull } from "./participant-rules-schema";
import { unitFormSchema } from "./schema";

const settingsOf = (actor: { id: string; municipalityId: string }) => ({ actorId: actor.id, municipalityId: actor.municipalityId });

export const saveUnit = defineAction(unitFormSchema, async ({ actor, input }) => {
  authorize(actor, input.id ? "update" : "create", { kind: "organisation" });
  return saveUnitMutation(db(), { values: input, actorId: actor.id, municipalityId: actor.municipalityId });
});

/** What the municipality files in the personnel folder: the whole plan, or only the agreements. */
export const saveFilingScope = defineAction(z.object({ scope: z.enum(["FULL", "AGREEMENTS"]) }), async ({ actor, input }) => {
  authorize(actor, "update", { kind: "organisation" });
  await saveMunicipalitySettings(db(), {
    ...settingsOf(actor),
    action: "organisation.filingScope",
    data: { planFilingScope: input.scope },
    details: { scope: input.scope },
  });
  return { scope: input.scope };
});

/** Who a new round invites by default: hourly substitutes, the seniorsamtale's age, new hires. */
export const saveParticipantRules = defineAction(participantRulesSchema, async ({ actor, input }) => {
  authorize(actor, "update", { kind: "organisation" });
  const data = {
    inviteHourlySubstitutes: input.inviteHourlySubstitutes,
    seniorConversationAge: wholeOrNull(input.seniorConversationAge),
    minimumEmploymentMonths: wholeOrNull(input.minimumEmploymentMonths),
  };
  await saveMunicipalitySettings(db(), { ...settingsOf(actor), action: "organisation.participantRules", data });
  return data;
});

/** Whom people can ask for help (footer and e-mails); all empty removes the contact. */
export const saveHelpContact = defineAction(helpContactSchema, async ({ actor, input }) => {
  authorize(actor, "update", { kind: "organisation" });
  const data = { helpContactName: input.name, helpContactTitle: input.title, helpContactEmail: input.email, helpContactPhone: input.phone };
  await saveMunicipalitySettings(db(), { ...settingsOf(actor), action: "organisation.helpContact", data });
  return input;
});

/** The cooperation body's name in every text, and the policies the round's checklist links to. */
export const saveGuidanceSettings = defineAction(guidanceSettingsSchema, async ({ actor, input }) => {
  authorize(actor, "update", { kind: "organisation" });
  const { municipalityId } = actor;
  await saveMunicipalitySettings(db(), {
    ...settingsOf(actor),
    action: "organisation.guidance",
    data: { cooperationBodyName: input.cooperationBody },
    details: { cooperationBody: input.cooperationBody, policyLinks: input.policyLinks.length },
    // The list is replaced whole, in the same transaction: a reader sees the old list or the new, never half.
    also: async (tx) => {
      await tx.policyLink.deleteMany({ where: { municipalityId } });
      await tx.policyLink.createMany({
        data: input.policyLinks.map((link, position) => ({ municipalityId, position, title: link.title, url: link.url })),
      });
    },
  });
  return input;
});
