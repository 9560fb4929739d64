import "server-only";
import { cleanText, cutText } from "@/lib/text/clean";
import { db } from "@/lib/db";
import type { StoredRole } from "@/lib/access/policy";

export type SignedInPerson = {
  id: string;
  name: string;
  email: string | null;
  active: boolean;
  roles: StoredRole[];
  /** Everything a person administers, files or plans is within their own municipality. */
  municipalityId: string;
};

/** What a signed-in person is loaded with, wherever they are loaded. */
export const signedInPersonSelect = {
  id: true,
  name: true,
  email: true,
  active: true,
  municipalityId: true,
  roles: { select: { role: true } },
} as const;

export function toSignedInPerson(person: {
  id: string;
  name: string;
  email: string | null;
  active: boolean;
  municipalityId: string;
  roles: { role: StoredRole }[];
}): SignedInPerson {
  return { ...person, roles: person.roles.map((assignment) => assignment.role) };
}

export function normaliseEmail(email: string): string {
  // Reached from next-auth's own routes, outside defineAction: cleaned here (lib/text/clean.ts),
  // and cut at the longest address there can be, so a megabyte of "address" is never stored.
  return cutText(cleanText(email).trim().toLowerCase(), 320);
}

/** The person a sign-in's account names (adapter.ts gives every account its person's id). */
export async function findPersonById(id: string): Promise<SignedInPerson | null> {
  const person = await db().person.findUnique({ where: { id }, select: signedInPersonSelect });
  return person && toSignedInPerson(person);
}

/**
 * The imported person with this e-mail address, if any: nobody else gets an account. Someone
 * without an address is never found this way (no sign-in link, no OIDC match by e-mail).
 */
export async function findPersonByEmail(email: string): Promise<SignedInPerson | null> {
  const person = await db().person.findUnique({
    where: { email: normaliseEmail(email) },
    select: signedInPersonSelect,
  });
  return person && toSignedInPerson(person);
}
