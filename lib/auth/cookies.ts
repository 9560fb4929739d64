import type { CookiesOptions } from "next-auth";

// next-auth names its session cookie __Secure-… over https, which a subdomain's page may still
// overwrite with a cookie of its own (Domain=the parent). __Host- is what the browser keeps to this
// host alone: it accepts such a cookie only with Secure, Path=/ and no Domain.

export const sessionCookieBaseName = "next-auth.session-token";

/** The session cookie for an app served at `appUrl`: __Host- and Secure over https, plain over http. */
export function sessionCookies(appUrl: string): Partial<CookiesOptions> {
  const secure = appUrl.startsWith("https://");
  return {
    sessionToken: {
      name: `${secure ? "__Host-" : ""}${sessionCookieBaseName}`,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure },
    },
  };
}
