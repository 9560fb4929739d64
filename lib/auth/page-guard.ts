import "server-only";
import { notFound } from "next/navigation";
import { can, type Action, type Resource } from "@/lib/access/policy";
import { recordRefusal } from "@/lib/audit/refusal";
import { requestedPath } from "@/lib/http/request-path";
import { requireActor, type SessionActor } from "./current";

/** The page does not exist for this person; that they asked is recorded. */
export async function refuse(actor: SessionActor): Promise<never> {
  await recordRefusal(actor.id, `GET ${await requestedPath()}`);
  notFound();
}

/** For page loaders: signed in, and allowed; otherwise the page does not exist for this person. */
export async function requirePermission(action: Action, resource: Resource): Promise<SessionActor> {
  const actor = await requireActor();
  if (!can(actor, action, resource)) await refuse(actor);
  return actor;
}
