import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { FieldError, FormError } from "@/lib/auth/errors";
import type { Database } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { da } from "@/lib/i18n/da";
import type { CommitteeValues } from "./schema";

// Saving a MED committee: its name, units and members in one transaction, checked against the
// municipality (no unit or person of another), members only among MED representatives; recorded
// in the audit log with who sits on it and what it covers (ids: the log holds no content).

const e = da.committees.errors;

export async function saveCommittee(
  database: Database,
  { municipalityId, actorId, values }: { municipalityId: string; actorId: string; values: CommitteeValues },
): Promise<{ committeeId: string }> {
  const unitIds = [...new Set(values.unitIds)];
  const memberIds = [...new Set(values.memberIds)];
  try {
    return await database.$transaction(async (tx) => {
      const units = await tx.unit.count({ where: { id: { in: unitIds }, municipalityId } });
      if (units !== unitIds.length) throw new FieldError("unitIds", e.unknownUnit);
      const people = await tx.person.findMany({
        where: { id: { in: memberIds }, municipalityId },
        select: { id: true, name: true, roles: { where: { role: "COMMITTEE_MEMBER" }, select: { role: true } } },
      });
      if (people.length !== memberIds.length) throw new FieldError("memberIds", e.unknownMember);
      const without = people.find((person) => person.roles.length === 0);
      if (without) throw new FieldError("memberIds", e.notRepresentative(without.name));

      let committeeId = values.committeeId;
      if (committeeId) {
        const { count } = await tx.medCommittee.updateMany({ where: { id: committeeId, municipalityId }, data: { name: values.name } });
        if (count === 0) throw new FormError(e.gone);
      } else {
        committeeId = (await tx.medCommittee.create({ data: { municipalityId, name: values.name } })).id;
      }
      await tx.medCommitteeUnit.deleteMany({ where: { committeeId } });
      await tx.medCommitteeUnit.createMany({ data: unitIds.map((unitId) => ({ committeeId: committeeId!, unitId })) });
      await tx.medCommitteeMember.deleteMany({ where: { committeeId } });
      await tx.medCommitteeMember.createMany({ data: memberIds.map((personId) => ({ committeeId: committeeId!, personId })) });
      await recordAudit(tx, {
        actorId,
        action: "medCommittee.save",
        resourceKind: "medCommittee",
        resourceId: committeeId,
        details: { unitIds, memberIds },
      });
      return { committeeId };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new FieldError("name", e.nameTaken);
    throw error;
  }
}

export async function deleteCommittee(
  database: Database,
  { municipalityId, actorId, committeeId }: { municipalityId: string; actorId: string; committeeId: string },
): Promise<void> {
  await database.$transaction(async (tx) => {
    const { count } = await tx.medCommittee.deleteMany({ where: { id: committeeId, municipalityId } });
    if (count === 0) throw new FormError(e.gone);
    await recordAudit(tx, { actorId, action: "medCommittee.delete", resourceKind: "medCommittee", resourceId: committeeId });
  });
}
