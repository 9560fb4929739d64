import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { appUrl, env, isDemoMode, oidcSettings } from "@/lib/env";
import { sendMail } from "@/lib/mail/send";
import { withHelpFooter } from "@/lib/mail/help-footer";
import { signInMail } from "@/lib/mail/sign-in-mail";
import { isDemoEmail } from "@/prisma/seed/demo-organisation";
import { authAdapter } from "./adapter";
import { sessionCookies } from "./cookies";
import { admitLinkRequest, currentClient } from "./link-requests";
import { matchOidcSignIn } from "./oidc-binding";
import { oidcProfile } from "./oidc-profile";
import { findPersonByEmail, findPersonById, normaliseEmail } from "./people";
import { endSession, openSession } from "./sessions";

export const noAccessPath = "/ingen-adgang";
export const checkMailPath = "/log-ind/tjek-mail";

function providers(): NextAuthOptions["providers"] {
  const list: NextAuthOptions["providers"] = [
    EmailProvider({
      // Unused: sendVerificationRequest below sends (or logs) the Danish mail itself.
      server: "smtp://localhost:25",
      from: env().MAIL_FROM,
      maxAge: 15 * 60,
      normalizeIdentifier: normaliseEmail,
      sendVerificationRequest: ({ identifier, url, expires }) => sendLinkIfAllowed(identifier, url, expires),
    }),
  ];
  const oidc = oidcSettings();
  if (oidc) {
    list.push({
      id: "oidc",
      name: oidc.name,
      type: "oauth",
      wellKnown: `${oidc.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: oidc.clientId,
      clientSecret: oidc.clientSecret,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      // No linking on e-mail alone: the signIn callback binds the account to a person first
      // (oidc-binding.ts), after which the adapter finds the person by the account.
      profile: (claims: { sub: string; email?: string; email_verified?: unknown; name?: string }, tokens: { access_token?: string }) =>
        oidcProfile(oidc.issuer, claims, tokens.access_token, oidc.employeeNumberClaim),
    });
  }
  // Demo sign-in exists only in demo mode: otherwise the provider is simply not there.
  if (isDemoMode()) {
    list.push(
      CredentialsProvider({
        id: "demo",
        name: "Demo",
        credentials: { email: { label: "E-mail", type: "email" } },
        authorize: async (credentials) => {
          // Only the fictional demo people: a real person in the same database is never one click away.
          const person = credentials?.email && isDemoEmail(credentials.email) ? await findPersonByEmail(credentials.email) : null;
          if (!person)
            await recordAudit(db(), {
              actorId: null,
              action: "session.refused",
              resourceKind: "session",
              details: { provider: "demo", reason: "not_demo_person" },
            });
          // An inactive person gets through to the signIn callback, which shows the no-access page.
          return person ? { id: person.id, email: person.email, name: person.name } : null;
        },
      }),
    );
  }
  return list;
}

// Every link request is answered after the same time, whether a mail goes or not (see below).
const linkAnswerFloorMs = 400;

async function sendLinkIfAllowed(identifier: string, url: string, expires: Date): Promise<void> {
  const started = Date.now();
  if (await admitLinkRequest(db(), identifier, currentClient())) {
    // Not awaited: how long the SMTP server takes must not show in the answer. A lost mail is
    // asked for again; the failure is in the log.
    withHelpFooter(db(), [signInMail(identifier, url, expires)])
      .then(([mail]) => sendMail(mail))
      .catch((error) => console.error(`[mail] sign-in link not sent: ${String(error)}`));
  }
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + linkAnswerFloorMs - Date.now())));
}

/** A deactivated person who reaches the end of a sign-in is turned away, and it is in their log. */
async function recordInactiveRefusal(personId: string, provider: string): Promise<void> {
  await recordAudit(db(), {
    actorId: null,
    action: "session.refused",
    resourceKind: "person",
    resourceId: personId,
    subjectId: personId,
    details: { provider, reason: "inactive" },
  });
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const { NEXTAUTH_SECRET, SESSION_MAX_HOURS } = env();
  cached = {
    secret: NEXTAUTH_SECRET,
    adapter: authAdapter,
    providers: providers(),
    // The cookie holds a signed token naming a server-side session row (see sessions.ts).
    session: { strategy: "jwt", maxAge: SESSION_MAX_HOURS * 3600, updateAge: 0 },
    // __Secure-/__Host- cookie prefixes, Secure, HttpOnly and SameSite=Lax whenever the app is served
    // over https, and then the session cookie __Host- rather than __Secure- (cookies.ts).
    useSecureCookies: appUrl().startsWith("https://"),
    cookies: sessionCookies(appUrl()),
    pages: { signIn: "/log-ind", verifyRequest: checkMailPath, error: "/log-ind/fejl", signOut: "/log-ud" },
    callbacks: {
      async signIn({ user, account, email }) {
        const oidc = oidcSettings();
        if (account?.provider === "oidc" && oidc) {
          const match = await matchOidcSignIn(db(), {
            issuer: oidc.issuer,
            subject: account.providerAccountId,
            email: user.email,
            emailVerified: user.emailVerifiedByProvider === true,
            employeeNumber: user.employeeNumber ?? null,
          });
          if (match.kind === "refused") return false; // next-auth's AccessDenied: the Danish sign-in error page
          if (match.kind === "person" && !match.person.active) await recordInactiveRefusal(match.person.id, "oidc");
          return match.kind === "person" && match.person.active ? true : noAccessPath;
        }
        // Asking for a link goes the same way for every address, to the same "check your mail"
        // page; sendLinkIfAllowed decides, unseen, whether a mail goes. The link itself comes back
        // here without verificationRequest, and only an active person gets in with it.
        if (email?.verificationRequest) return true;
        const person = user.email ? await findPersonByEmail(user.email) : null;
        if (person && !person.active) await recordInactiveRefusal(person.id, account?.provider ?? "email");
        return person?.active ? true : noAccessPath;
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          const person = user.email ? await findPersonByEmail(user.email) : await findPersonById(user.id);
          if (!person) return token;
          token.sid = await openSession(db(), person.id, account.provider);
          token.sub = person.id;
          await recordAudit(db(), {
            actorId: person.id,
            action: "session.sign_in",
            resourceKind: "session",
            resourceId: token.sid,
            details: { provider: account.provider },
          });
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") {
          await endSession(db(), token.sid, "signed_out");
          if (token.sub)
            await recordAudit(db(), { actorId: token.sub, action: "session.sign_out", resourceKind: "session", resourceId: token.sid });
        }
      },
    },
  };
  return cached;
}
