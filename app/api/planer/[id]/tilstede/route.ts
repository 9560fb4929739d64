import { defineRoute } from "@/lib/auth/route";
import { db } from "@/lib/db";
import { receivePresence } from "@/lib/realtime/plan-requests";

// "I am here, typing in this field": from a party's tab to the other party's screens. Checked
// against the plan on every call, like the updates; never stored.
export const POST = defineRoute<{ id: string }>(({ actor, request, params }) => receivePresence(db(), actor, params.id, request), {
  activity: false,
});
