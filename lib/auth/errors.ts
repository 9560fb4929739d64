// Refusals a mutation throws and defineAction turns into messages for the form. Kept apart from
// action.ts (which needs Next's request context) so mutations run in tests and benchmarks too.

/** A refusal that belongs next to one field, e.g. "that e-mail is taken". */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** A refusal about the whole form, e.g. "someone else saved first". */
export class FormError extends Error {}
