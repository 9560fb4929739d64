import "server-only";
import { z } from "zod";
import type { SessionActor } from "@/lib/auth/current";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied } from "@/lib/auth/guard";
import type { Database } from "@/lib/db-client";
import { appendPlanUpdate, assertPlanParty, maxUpdateBytes, planPartiesOf } from "@/lib/domain/plans/live/store";
import { declaredLengthProblem, readBodyWithin } from "@/lib/http/capped-body";
import { da } from "@/lib/i18n/da";
import { allow } from "./rate-limit";
import { announcePresence, presenceSchema } from "./presence";

// What the plan's two POST routes do, in the order that keeps a stranger cheap: the declared
// length first (no database), then whether the sender is one of the plan's parties (one small
// query), then the rate limit (per person and plan, so only a party spends a bucket and a second
// session does not double it), and only then the body, read with a cap that stops at once.

// The answers are a few bytes: "no-transform" keeps the server from gzipping each one.
const plain = { "cache-control": "no-store, no-transform" };
/** A refused body is not read; closing the connection keeps Node from reading the rest to reuse it. */
const refusedBody = { ...plain, connection: "close" };
const maxPresenceBytes = 1024;

function tooLarge(problem: "tooLarge" | "lengthRequired"): Response {
  if (problem === "lengthRequired") return Response.json({ error: da.plans.errors.badUpdate }, { status: 411, headers: refusedBody });
  return Response.json({ error: da.plans.errors.tooLarge }, { status: 413, headers: refusedBody });
}

// A plan's parties, remembered briefly for this check only: it decides whether the body is worth
// reading, and the update's transaction asks the policy again under the plan's row lock. Without
// it every keystroke would cost one more query and pool checkout before its transaction.
type Parties = { employeeId: string; leaderId: string };
const partiesSeen = new Map<string, { parties: Parties; at: number }>();
const partiesTtlMs = 30_000;

async function partiesOf(database: Database, planId: string, now = Date.now()): Promise<Parties | null> {
  const seen = partiesSeen.get(planId);
  if (seen && now - seen.at < partiesTtlMs) return seen.parties;
  const parties = await planPartiesOf(database, planId);
  if (partiesSeen.size >= 10_000) partiesSeen.clear();
  if (parties) partiesSeen.set(planId, { parties, at: now });
  return parties;
}

async function assertParty(database: Database, actor: SessionActor, planId: string, action: "read" | "update"): Promise<void> {
  if (!z.uuid().safeParse(planId).success) throw new AccessDenied();
  const parties = await partiesOf(database, planId);
  if (!parties) throw new AccessDenied();
  try {
    assertPlanParty(actor, parties, action);
  } catch (error) {
    // The pair seen may be from before the round was handed over to this person: ask once more.
    if (!(error instanceof AccessDenied)) throw error;
    partiesSeen.delete(planId);
    const fresh = await partiesOf(database, planId);
    if (!fresh) throw error;
    assertPlanParty(actor, fresh, action);
  }
}

/** One Yjs update from a party's browser (the raw bytes), answered only once it is stored. */
export async function receivePlanUpdate(database: Database, actor: SessionActor, planId: string, request: Request): Promise<Response> {
  const declared = declaredLengthProblem(request, maxUpdateBytes);
  if (declared) return tooLarge(declared);
  await assertParty(database, actor, planId, "update");
  if (!allow(`update:${actor.id}:${planId}`))
    return Response.json({ error: da.plans.errors.tooFast }, { status: 429, headers: { ...plain, "retry-after": "1" } });
  const body = await readBodyWithin(request, maxUpdateBytes);
  if (!body) return tooLarge("tooLarge");
  try {
    const client = z.uuid().safeParse(new URL(request.url).searchParams.get("klient"));
    const { seq } = await appendPlanUpdate(database, actor, planId, body, client.success ? client.data : null);
    return Response.json({ seq: String(seq) }, { headers: plain });
  } catch (error) {
    if (error instanceof FormError) return Response.json({ error: error.message }, { status: 422, headers: plain });
    throw error;
  }
}

/** "I am here, typing in this field": from a party's tab to the other party's screens; never stored. */
export async function receivePresence(database: Database, actor: SessionActor, planId: string, request: Request): Promise<Response> {
  const declared = declaredLengthProblem(request, maxPresenceBytes);
  if (declared) return tooLarge(declared);
  await assertParty(database, actor, planId, "read");
  if (!allow(`presence:${actor.id}:${planId}`, 10, 20)) return new Response(null, { status: 429, headers: { "retry-after": "1" } });
  const body = await readBodyWithin(request, maxPresenceBytes);
  if (!body) return tooLarge("tooLarge");
  const parsed = presenceSchema.safeParse(parseJson(body));
  if (!parsed.success) return new Response(null, { status: 400 });
  await announcePresence(database, planId, { ...parsed.data, person: actor.id });
  return new Response(null, { status: 204 });
}

function parseJson(body: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    return null;
  }
}
