import { z } from "zod";
import { da } from "@/lib/i18n/da";

export const emailSchema = z.string().trim().toLowerCase().max(254, da.errors.tooLong(254)).pipe(z.email(da.errors.email));

/** An e-mail address or nothing; one message either way (a union would say only "Invalid input"). */
export const optionalEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, da.errors.tooLong(254))
  .refine((value) => value === "" || z.email().safeParse(value).success, da.errors.email);

export const signInEmailSchema = z.object({ email: emailSchema });
export type SignInEmailInput = z.input<typeof signInEmailSchema>;
