import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "./record";

// A signed-in person asking for something the policy refuses them is recorded: probing for other
// people's sheets or plans shows up in the log. What was asked for is the path (or the action),
// never its content. Recording never changes the answer: if it fails, the refusal still stands.
export async function recordRefusal(actorId: string, asked: string): Promise<void> {
  await recordAudit(db(), { actorId, action: "access.refused", resourceKind: "request", resourceId: asked.slice(0, 300) }).catch(
    () => undefined,
  );
}
