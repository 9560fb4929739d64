import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { withRequestClient } from "@/lib/auth/link-requests";
import { authOptions } from "@/lib/auth/options";
import { declaredLengthProblem, readBodyWithin } from "@/lib/http/capped-body";

// next-auth's own endpoints: sign-in, callbacks, sign-out. It protects its POSTs with its own CSRF
// token, but reads the whole body first, from anyone: so the body is judged and read here, within
// a cap far above any sign-in form (an e-mail address, a token, a callback address).
type Context = { params: Promise<{ nextauth: string[] }> };

const maxAuthBodyBytes = 16 * 1024;

function refusal(status: 411 | 413) {
  return Response.json({ error: status === 413 ? "too large" : "length required" }, { status, headers: { "cache-control": "no-store" } });
}

async function handler(request: NextRequest, context: Context) {
  let forwarded = request;
  if (request.method === "POST") {
    const problem = declaredLengthProblem(request, maxAuthBodyBytes);
    if (problem) return refusal(problem === "tooLarge" ? 413 : 411);
    const body = await readBodyWithin(request, maxAuthBodyBytes);
    if (body === null) return refusal(413);
    forwarded = new NextRequest(request.url, { method: "POST", headers: request.headers, body: body as BodyInit });
  }
  return withRequestClient(forwarded.headers, () => NextAuth(forwarded, context, authOptions()));
}

export { handler as GET, handler as POST };
