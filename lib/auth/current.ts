import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/access/policy";
import { requestedPath } from "@/lib/http/request-path";
import { signInPath } from "./callback-url";
import type { SignedInPerson } from "./people";
import { actorFromCookieHeader } from "./request-actor";

export type SessionActor = Actor & Pick<SignedInPerson, "name" | "email" | "municipalityId"> & { sessionId: string };

async function currentActor(activity: boolean): Promise<SessionActor | null> {
  return actorFromCookieHeader((await headers()).get("cookie"), { activity });
}

/** Who is signed in, checked against the server-side session on every request. */
export const getActor = cache(() => currentActor(true));

/** The same, for requests a page makes by itself (presence, the live stream): they are not the person's activity. */
export const getActorWithoutActivity = cache(() => currentActor(false));

/** For pages: the signed-in person, or off to the sign-in page, which returns them to the page asked for. */
export async function requireActor(): Promise<SessionActor> {
  const actor = await getActor();
  if (!actor) redirect(signInPath(await requestedPath()));
  return actor;
}
