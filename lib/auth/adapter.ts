import "server-only";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { db } from "@/lib/db";
import { oidcSettings } from "@/lib/env";
import { findPersonByOidcAccount } from "./oidc-binding";
import { findPersonByEmail } from "./people";

// next-auth needs an adapter for e-mail links (to keep the one-time tokens). People are never
// created here: only imported people may sign in, which the signIn callback decides before this
// adapter is asked to create anyone. Sessions are our own (see session.ts), so the session
// methods are not used.

// next-auth's user always has an address; a person without one (bound to an OIDC account before
// the address was removed) is given "", and the session is opened by id (options.ts, jwt).
const asUser = (person: { id: string; email: string | null; name: string }): AdapterUser => ({
  id: person.id,
  email: person.email ?? "",
  name: person.name,
  emailVerified: null,
});

export const authAdapter: Adapter = {
  async getUserByEmail(email) {
    const person = await findPersonByEmail(email);
    return person ? asUser(person) : null;
  },
  async getUser(id) {
    const person = await db().person.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
    return person ? asUser(person) : null;
  },
  async getUserByAccount({ provider, providerAccountId }) {
    // The person bound to this identity-provider account at their first sign-in (oidc-binding.ts).
    const oidc = oidcSettings();
    if (provider !== "oidc" || !oidc) return null;
    const person = await findPersonByOidcAccount(db(), oidc.issuer, providerAccountId);
    return person ? asUser(person) : null;
  },
  async linkAccount() {},
  async updateUser(user) {
    const person = await db().person.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, email: true, name: true } });
    return asUser(person);
  },
  async createUser() {
    throw new Error("People are imported by an administrator, never created at sign-in");
  },
  async createVerificationToken(token) {
    await db().verificationToken.create({ data: token });
    return token;
  },
  async useVerificationToken({ identifier, token }) {
    try {
      return await db().verificationToken.delete({ where: { identifier_token: { identifier, token } } });
    } catch {
      return null; // already used, or never issued
    }
  },
};
