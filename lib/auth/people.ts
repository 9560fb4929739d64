import "server-only";
import { db } from "@/lib/db";
import type { StoredRole } from "@/lib/access/policy";

export type SignedInPerson = {
  id: string;
  name: string;
  email: string;
  active: boolean;
  roles: StoredRole[];
};

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The imported person with this e-mail address, if any: nobody else gets an account. */
export async function findPersonByEmail(email: string): Promise<SignedInPerson | null> {
  const person = await db().person.findUnique({
    where: { email: normaliseEmail(email) },
    select: { id: true, name: true, email: true, active: true, roles: { select: { role: true } } },
  });
  return person && { ...person, roles: person.roles.map((assignment) => assignment.role) };
}
