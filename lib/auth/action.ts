import "server-only";
import type { z } from "zod";
import { recordRefusal } from "@/lib/audit/refusal";
import { da } from "@/lib/i18n/da";
import { cleanInput } from "@/lib/text/clean";
import { getActor, type SessionActor } from "./current";
import { AccessDenied } from "./guard";
import { FieldError, FormError } from "./errors";

// Every server action is built here: authenticate, clean the input's text (lib/text/clean.ts),
// validate with the same zod schema the form uses, then run the handler, which asks the policy (authorize) before touching data.
// A server action is a public endpoint; one without this wrapper is a defect (a test checks).

export type FieldErrors = Record<string, string[]>;

export type ActionResult<T> = { ok: true; data: T } | { ok: false; formError?: string; fieldErrors?: FieldErrors };

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export function defineAction<Schema extends z.ZodType, T>(
  schema: Schema,
  handler: (context: { actor: SessionActor; input: z.output<Schema> }) => Promise<T>,
): (input: z.input<Schema>) => Promise<ActionResult<T>> {
  return async (input) => {
    const actor = await getActor();
    if (!actor) return { ok: false, formError: da.errors.signedOut };
    // Characters no text may hold are dealt with here, once, before any schema sees the input.
    const parsed = schema.safeParse(cleanInput(input));
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      return { ok: true, data: await handler({ actor, input: parsed.data }) };
    } catch (error) {
      if (error instanceof AccessDenied) {
        await recordRefusal(actor.id, `action ${handler.name || "(server action)"}`);
        return { ok: false, formError: da.errors.notFound };
      }
      if (error instanceof FieldError) return { ok: false, fieldErrors: { [error.field]: [error.message] } };
      if (error instanceof FormError) return { ok: false, formError: error.message };
      throw error;
    }
  };
}
