import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Database } from "@/lib/db-client";
import { normaliseEmail, signedInPersonSelect, toSignedInPerson, type SignedInPerson } from "./people";

// Who an identity-provider sign-in is. An e-mail claim alone proves nothing (many providers let a
// user type any address), so a person is matched on e-mail once, at the first sign-in, and only
// when the provider says it verified that address; from then on the person is the provider's
// account (issuer + subject), and a different account with the same e-mail is refused.

// employeeNumber: from the claim the installation names (OIDC_EMPLOYEE_NUMBER_CLAIM), set by the
// municipality's directory: for people without a work e-mail, matched on it when no e-mail matches.
export type OidcSignIn = {
  issuer: string;
  subject: string;
  email: string | null | undefined;
  emailVerified: boolean;
  employeeNumber?: string | null;
};

export type OidcMatch =
  { kind: "person"; person: SignedInPerson } | { kind: "unknown" } | { kind: "refused"; reason: "unverified_email" | "other_subject" };

export async function findPersonByOidcAccount(database: Database, issuer: string, subject: string): Promise<SignedInPerson | null> {
  const person = await database.person.findUnique({
    where: { oidcIssuer_oidcSubject: { oidcIssuer: issuer, oidcSubject: subject } },
    select: signedInPersonSelect,
  });
  return person && toSignedInPerson(person);
}

/** Matches (and on the first sign-in binds) a person; refusals are written to the audit log. */
export async function matchOidcSignIn(database: Database, signIn: OidcSignIn): Promise<OidcMatch> {
  const bound = await findPersonByOidcAccount(database, signIn.issuer, signIn.subject);
  if (bound) return { kind: "person", person: bound };
  const select = { ...signedInPersonSelect, oidcIssuer: true, oidcSubject: true } as const;
  const byEmail = signIn.email ? await database.person.findUnique({ where: { email: normaliseEmail(signIn.email) }, select }) : null;
  // Only for staff without a work address (anyone with one is matched on it, verified), active, not
  // anonymised. An employee number is unique within a municipality only, and the claim does not say
  // which: a number two such people share, in two municipalities of one database, matches nobody.
  // (An installation whose identity provider serves several municipalities sets the claim only if
  // their numbers cannot collide: README, OIDC_EMPLOYEE_NUMBER_CLAIM.)
  const byNumber =
    !byEmail && signIn.employeeNumber
      ? await database.person.findMany({
          where: { employeeNumber: signIn.employeeNumber, email: null, active: true, anonymisedAt: null },
          select,
          take: 2,
        })
      : [];
  const person = byEmail ?? (byNumber.length === 1 ? byNumber[0] : null);
  if (!person) return { kind: "unknown" };
  const via = byEmail ? "email" : "employeeNumber";

  const refuse = async (reason: "unverified_email" | "other_subject"): Promise<OidcMatch> => {
    // Nobody signed in: the entry is about the person whose account was tried.
    await recordAudit(database, {
      actorId: null,
      action: "session.refused",
      resourceKind: "person",
      resourceId: person.id,
      subjectId: person.id,
      details: { provider: "oidc", reason, issuer: signIn.issuer },
    });
    return { kind: "refused", reason };
  };
  // The directory sets the employee number; an e-mail claim must say the provider verified it.
  if (via === "email" && !signIn.emailVerified) return refuse("unverified_email");
  if (person.oidcSubject !== null) return refuse("other_subject");

  return database.$transaction(async (tx) => {
    // Only if still unbound: two first sign-ins at once bind one account, and the other is refused.
    const { count } = await tx.person.updateMany({
      where: { id: person.id, oidcSubject: null },
      data: { oidcIssuer: signIn.issuer, oidcSubject: signIn.subject },
    });
    if (count === 0) {
      await recordAudit(tx, {
        actorId: null,
        action: "session.refused",
        resourceKind: "person",
        resourceId: person.id,
        subjectId: person.id,
        details: { provider: "oidc", reason: "other_subject", issuer: signIn.issuer },
      });
      return { kind: "refused", reason: "other_subject" } as const;
    }
    await recordAudit(tx, {
      actorId: person.id,
      action: "person.oidcBound",
      resourceKind: "person",
      resourceId: person.id,
      subjectId: person.id,
      details: { issuer: signIn.issuer, via },
    });
    return { kind: "person", person: toSignedInPerson(person) } as const;
  });
}

/** Some providers send the claim as a string. Anything but an explicit yes is no. */
export function isEmailVerifiedClaim(value: unknown): boolean {
  return value === true || value === "true";
}
