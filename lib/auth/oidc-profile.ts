import "server-only";
import { isEmailVerifiedClaim } from "./oidc-binding";
import { normaliseEmail } from "./people";

// The signed ID token is the trusted source (next-auth validates it, with state, nonce and PKCE).
// Some identity providers leave the e-mail out of it and give it only from the userinfo endpoint,
// so we ask there, with the access token just issued, when the ID token has none.

type Claims = {
  sub: string;
  email?: string;
  email_verified?: unknown;
  name?: string;
  preferred_username?: string;
  [claim: string]: unknown;
};

/** The employee number from the configured claim, as text (some directories send a number). */
function employeeNumberOf(claims: Claims | undefined, claim: string | null): string | null {
  const value = claim ? claims?.[claim] : undefined;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value.trim() !== "" && value.length <= 100 ? value.trim() : null;
}

// Remembered once found; a failed lookup is not remembered, so one hiccup at the identity provider
// does not turn every later first sign-in away until a restart. Each call waits at most 5 seconds.
let userinfoEndpoint: Promise<string | undefined> | undefined;
const timeout = () => AbortSignal.timeout(5_000);

function findUserinfoEndpoint(issuer: string): Promise<string | undefined> {
  userinfoEndpoint ??= fetch(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`, { signal: timeout() })
    .then((response) => response.json() as Promise<{ userinfo_endpoint?: string }>)
    .then((configuration) => configuration.userinfo_endpoint)
    .catch(() => undefined)
    .then((endpoint) => {
      if (!endpoint) userinfoEndpoint = undefined;
      return endpoint;
    });
  return userinfoEndpoint;
}

export async function oidcProfile(
  issuer: string,
  claims: Claims,
  accessToken: string | undefined,
  employeeNumberClaim: string | null = null,
) {
  let { email, name } = claims;
  let employeeNumber = employeeNumberOf(claims, employeeNumberClaim);
  // Whether the provider vouches for the address, from the same place the address came from.
  let emailVerified = isEmailVerifiedClaim(claims.email_verified);
  if ((!email || (employeeNumberClaim && !employeeNumber)) && accessToken) {
    const endpoint = await findUserinfoEndpoint(issuer);
    if (endpoint) {
      const response = await fetch(endpoint, { headers: { authorization: `Bearer ${accessToken}` }, signal: timeout() }).catch(() => null);
      if (response?.ok) {
        const userinfo = (await response.json()) as Claims;
        if (userinfo.sub === claims.sub) {
          if (!email) {
            email = userinfo.email;
            emailVerified = isEmailVerifiedClaim(userinfo.email_verified);
          }
          employeeNumber = employeeNumber ?? employeeNumberOf(userinfo, employeeNumberClaim);
          name = name ?? userinfo.name;
        }
      }
    }
  }
  return {
    id: claims.sub,
    email: email ? normaliseEmail(email) : null,
    name: name ?? claims.preferred_username ?? null,
    emailVerifiedByProvider: emailVerified,
    employeeNumber,
  };
}
