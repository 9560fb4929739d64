import { z } from "zod";
import { da } from "@/lib/i18n/da";

// The forms of a change of leader: the municipality's rule, and the new leader adding someone
// they were asked to add. The same schemas for the forms and the server actions.

export const managerChangeRules = ["FOLLOW_NEW_LEADER", "STAY_WITH_OLD_LEADER"] as const;

export const ruleSchema = z.object({ rule: z.enum(managerChangeRules, { error: da.managerChange.rule.choose }) });

export const addAskedSchema = z.object({ moveId: z.uuid(), roundId: z.uuid() });
