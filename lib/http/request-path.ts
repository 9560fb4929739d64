import "server-only";
import { headers } from "next/headers";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { requestPathHeader } from "./request-path-header";

/**
 * The path and query the browser asked for, as proxy.ts passed it on. A layout does not know
 * which page below it was asked for; signing in must return the person to exactly that page.
 */
export async function requestedPath(): Promise<string> {
  return safeCallbackUrl((await headers()).get(requestPathHeader) ?? undefined);
}
