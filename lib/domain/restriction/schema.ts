import { z } from "zod";
import { da } from "@/lib/i18n/da";

// Placing and lifting a restriction of processing (GDPR art. 18): the same schemas check the form
// and the server action. The ground is one of the four of art. 18(1), never free text.

export const restrictionGrounds = ["CONTESTED_ACCURACY", "UNLAWFUL_BUT_KEPT", "LEGAL_CLAIM", "OBJECTION"] as const;
export type RestrictionGround = (typeof restrictionGrounds)[number];

export const placeRestrictionSchema = z.object({
  personId: z.uuid(),
  ground: z.enum(restrictionGrounds, { error: da.restriction.groundRequired }),
});

export const liftRestrictionSchema = z.object({ personId: z.uuid() });

export type PlaceRestrictionInput = z.input<typeof placeRestrictionSchema>;
