import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    sid?: string;
  }
  interface User {
    /** Set by the OIDC profile: the provider's email_verified claim, true only if it said yes. */
    emailVerifiedByProvider?: boolean;
    /** Set by the OIDC profile from the configured employee-number claim (OIDC_EMPLOYEE_NUMBER_CLAIM). */
    employeeNumber?: string | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}
