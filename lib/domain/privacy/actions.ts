"use server";

import { defineAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { savePrivacySettings } from "./mutations";
import { privacySettingsSchema } from "./schema";

export const savePrivacy = defineAction(privacySettingsSchema, async ({ actor, input }) => {
  // The mutation asks the policy (it is the administrator's update of the organisation).
  await savePrivacySettings(db(), actor, input);
});
