import "server-only";
import { notFound } from "next/navigation";
import { can, type Action, type Resource } from "@/lib/access/policy";
import { requireActor, type SessionActor } from "./current";

/** For page loaders: signed in, and allowed; otherwise the page does not exist for this person. */
export async function requirePermission(action: Action, resource: Resource): Promise<SessionActor> {
  const actor = await requireActor();
  if (!can(actor, action, resource)) notFound();
  return actor;
}
