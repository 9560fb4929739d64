import { defineRoute } from "@/lib/auth/route";
import { db } from "@/lib/db";
import { receivePlanUpdate } from "@/lib/realtime/plan-requests";

// One Yjs update from a party's browser (the raw bytes). Its size and sender are checked before
// the body is read (lib/realtime/plan-requests.ts); answered only once it is stored.
export const POST = defineRoute<{ id: string }>(({ actor, request, params }) => receivePlanUpdate(db(), actor, params.id, request));
