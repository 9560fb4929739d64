import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { withRequestClient } from "@/lib/auth/link-requests";
import { authOptions } from "@/lib/auth/options";

// next-auth's own endpoints: sign-in, callbacks, sign-out. It protects its POSTs with its own CSRF token.
type Context = { params: Promise<{ nextauth: string[] }> };

function handler(request: NextRequest, context: Context) {
  return withRequestClient(request.headers, () => NextAuth(request, context, authOptions()));
}

export { handler as GET, handler as POST };
