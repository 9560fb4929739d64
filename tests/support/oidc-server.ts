import type { Server } from "node:http";
import Provider from "oidc-provider";

export const oidcClient = { id: "mus-og-lus", secret: "e2e-oidc-client-secret-long-enough-1234567890" };

/**
 * A real OpenID Connect provider on a local port, standing in for the municipality's identity
 * provider. Its development login page takes any login; the login is the subject and the e-mail
 * claim, verified. Two variants stand for what a real provider may do: `<e-mail>#unverified` (an
 * address the provider has not verified) and `<e-mail>#<anything else>` (another account, with its
 * own subject, that carries the same e-mail). `nr:<number>` is someone without e-mail, whose
 * employee number comes in the `employee_number` claim.
 */
export async function startOidcProvider(port: number, appUrl: string): Promise<{ stop: () => Promise<void> }> {
  const provider = new Provider(`http://127.0.0.1:${port}`, {
    clients: [
      {
        client_id: oidcClient.id,
        client_secret: oidcClient.secret,
        redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "employee_number"] },
    findAccount: async (_context, sub) => ({
      accountId: sub,
      claims: async () => {
        // `nr:<number>`: someone without a work e-mail, known to the directory by employee number.
        if (sub.startsWith("nr:")) return { sub, employee_number: sub.slice(3), name: sub };
        const [email, variant] = sub.split("#");
        return { sub, email, email_verified: variant !== "unverified", name: email };
      },
    }),
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["e2e-oidc-cookie-key"] },
  });
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(port, "127.0.0.1", () => resolve(listening));
  });
  return { stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
