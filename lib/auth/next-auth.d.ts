import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    sid?: string;
  }
  interface User {
    /** Set by the OIDC profile: the provider's email_verified claim, true only if it said yes. */
    emailVerifiedByProvider?: boolean;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}
