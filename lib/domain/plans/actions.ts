"use server";

import { z } from "zod";
import { defineAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { approvePlan as approve } from "./sign-off";

// Approving the plan as one's screen shows it (the hash of that content); see sign-off.ts.
export const approvePlan = defineAction(z.object({ planId: z.uuid(), hash: z.string().regex(/^[0-9a-f]{64}$/) }), async ({ actor, input }) =>
  approve(db(), actor, input.planId, input.hash),
);
