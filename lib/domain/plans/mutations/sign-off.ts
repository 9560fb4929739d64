import "server-only";
import { createHash } from "node:crypto";
import * as Y from "yjs";
import type { Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/record";
import { FormError } from "@/lib/auth/errors";
import { allowedActions, type RoundState } from "@/lib/domain/rounds/state-machine";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import type { Database } from "@/lib/db-client";
import { refuseFormerLeader } from "@/lib/domain/rounds/handover/data";
import { da } from "@/lib/i18n/da";
import { planContent, type PlanContent } from "@/lib/domain/plans/doc";
import { storedPlanContent } from "@/lib/domain/plans/stored/read-content";
import { assertPlanParty, planChannel } from "@/lib/domain/plans/live/store";
import { personRestrictedSql, refuseIfRestricted } from "@/lib/domain/restriction/processing";
import { Prisma } from "@/lib/generated/prisma/client";

// Sign-off. A party approves the plan as their screen shows it, naming the hash of that content.
// Under the plan's row lock the server compares it with the stored plan: if anything changed in
// between, the approval is refused (the version signed is exactly the one both saw). Two approvals
// of the same content make a signed, numbered version; editing afterwards leads to a new version
// that needs both approvals again. Earlier versions stay as they were. Nothing is approved while
// the employee's processing is restricted (GDPR art. 18; their row is locked for share meanwhile).

export function contentHash(content: PlanContent): string {
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

/**
 * `onPaper`: the leader registers the employee's approval, given by signing the printed plan (an
 * employee without e-mail, who has no other way to sign: the policy's "signOnPaper"). The approval is
 * the employee's, marked with who registered it; the PDF says so.
 */
export async function approvePlan(database: Database, actor: Actor, planId: string, seenHash: string, onPaper = false) {
  return database.$transaction(async (tx) => {
    const [plan] = await tx.$queryRaw<
      {
        id: string;
        state: Uint8Array;
        employeeId: string;
        leaderId: string;
        roundId: string;
        roundState: RoundState;
        restricted: boolean;
        signsOnPaper: boolean;
      }[]
    >`
      select pl.id, pl.state, p."personId" as "employeeId", r."leaderId", r.id as "roundId", r.state as "roundState", ${Prisma.raw(personRestrictedSql)} as restricted,
        (person.email is null and person."oidcSubject" is null) as "signsOnPaper"
      from "Plan" pl join "RoundParticipant" p on p.id = pl."participantId" join "Round" r on r.id = p."roundId"
        join "Person" person on person.id = p."personId"
      where pl.id = ${planId}::uuid for share of person, r for update of pl`;
    if (!plan) throw new AccessDenied();
    // The round's row is held for share: an approval and a handover of the round queue, so the
    // approval counts for the leader who leads the round when it is stored.
    if (actor.id !== plan.employeeId && actor.id !== plan.leaderId) await refuseFormerLeader(tx, plan.roundId, actor.id);
    if (onPaper) {
      if (actor.id === plan.leaderId && !plan.signsOnPaper) throw new FormError(da.paper.signature.errors.canSignIn);
      authorize(actor, "signOnPaper", {
        kind: "plan",
        employeeId: plan.employeeId,
        leaderId: plan.leaderId,
        signed: false,
        employeeSignsOnPaper: plan.signsOnPaper,
      });
    } else assertPlanParty(actor, plan, "sign");
    const approverId = onPaper ? plan.employeeId : actor.id;
    // A plan is approved in the phases it can be written in; a closed round is read-only.
    if (!allowedActions(plan.roundState).includes("editPlan")) throw new FormError(da.plans.errors.notOpen);
    refuseIfRestricted(plan.restricted);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, plan.state);
    const content = planContent(doc);
    const hash = contentHash(content);
    if (hash !== seenHash) throw new FormError(da.plans.signOff.changed);

    const latest = await tx.planVersion.findFirst({ where: { planId }, orderBy: { number: "desc" }, include: { approvals: true } });
    // A signature on paper is given to a printed version: the one the leader approved and printed,
    // still the plan as it stands. It never makes a version of its own.
    if (onPaper && !(latest && latest.contentHash === hash && latest.approvals.some((approval) => approval.personId === plan.leaderId)))
      throw new FormError(da.paper.signature.errors.approveFirst);
    const version =
      latest && latest.contentHash === hash
        ? latest
        : await tx.planVersion.create({
            data: { planId, number: (latest?.number ?? 0) + 1, content: storedPlanContent(content), contentHash: hash },
            include: { approvals: true },
          });
    if (!version.approvals.some((approval) => approval.personId === approverId)) {
      await tx.planApproval.create({ data: { versionId: version.id, personId: approverId, registeredById: onPaper ? actor.id : null } });
    }
    const approvers = new Set([...version.approvals.map((approval) => approval.personId), approverId]);
    const signed = approvers.has(plan.employeeId) && approvers.has(plan.leaderId);
    if (signed && !version.signedAt) {
      await tx.planVersion.update({ where: { id: version.id }, data: { signedAt: new Date() } });
      // The follow-up e-mail goes out on the date of the plan in force (see jobs/follow-up-mail.ts).
      await tx.plan.update({
        where: { id: planId },
        data: { followUpDate: content.followUpDate ? new Date(`${content.followUpDate}T00:00:00Z`) : null },
      });
    }
    // The other party's screen shows the approval as it happens (sent on commit).
    await tx.$executeRaw`select pg_notify(${planChannel}, ${`${planId}:approval:${approverId}`})`;
    await recordAudit(tx, {
      actorId: actor.id,
      action: onPaper ? "plan.approveOnPaper" : "plan.approve",
      resourceKind: "planVersion",
      resourceId: version.id,
      subjectId: plan.employeeId,
      purpose: "conversation",
      details: { number: version.number, signed },
    });
    return { number: version.number, signed };
  });
}
