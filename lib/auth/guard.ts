import { can, type Action, type Actor, type Resource } from "@/lib/access/policy";

/**
 * Refused access. Callers answer it exactly as they answer a record that does not exist, so
 * asking about something you may not see does not reveal that it is there.
 */
export class AccessDenied extends Error {
  constructor() {
    super("not found");
  }
}

export function authorize(actor: Actor | null, action: Action, resource: Resource): asserts actor is Actor {
  if (!can(actor, action, resource)) throw new AccessDenied();
}
