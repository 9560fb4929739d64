import "server-only";
import { recordAudit, type AuditAction } from "@/lib/audit/record";
import { FieldError, FormError } from "@/lib/auth/errors";
import type { Database, Transaction } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { da } from "@/lib/i18n/da";
import type { UnitFormValues } from "./schema";

const t = da.admin.units.errors;

export async function saveUnit(
  database: Database,
  input: { values: UnitFormValues; actorId: string; municipalityId: string },
): Promise<{ id: string }> {
  const { values, municipalityId, actorId } = input;
  try {
    return await database.$transaction(async (tx) => {
      const parentId = values.parentId || null;
      if (parentId) {
        const parent = await tx.unit.findFirst({ where: { id: parentId, municipalityId, kind: "AREA" }, select: { id: true } });
        if (!parent || parent.id === values.id) throw new FieldError("parentId", t.unknownParent);
      }
      const data = { name: values.name, kind: values.kind, parentId };
      if (!values.id) {
        const created = await tx.unit.create({ data: { ...data, municipalityId } });
        await recordAudit(tx, { actorId, action: "unit.create", resourceKind: "unit", resourceId: created.id, purpose: "administration" });
        return { id: created.id };
      }
      if (values.kind === "UNIT" && (await tx.unit.count({ where: { parentId: values.id } })) > 0)
        throw new FieldError("kind", t.areaWithUnits);
      const updated = await tx.unit.updateMany({
        where: { id: values.id, municipalityId, updatedAt: values.version ? new Date(values.version) : undefined },
        data,
      });
      if (updated.count === 0) throw new FormError(t.conflict);
      await recordAudit(tx, { actorId, action: "unit.update", resourceKind: "unit", resourceId: values.id, purpose: "administration" });
      return { id: values.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new FieldError("name", t.nameTaken);
    throw error;
  }
}

/**
 * One of Administration's municipality settings saved, with its audit entry, in one transaction.
 * `also` writes what belongs with it (the policy links beside the body's name); the audit entry says
 * `details`, or the settings themselves.
 */
export async function saveMunicipalitySettings(
  database: Database,
  input: {
    actorId: string;
    municipalityId: string;
    action: AuditAction;
    /** Plain values only, so they can stand in the audit entry as they are. */
    data: Prisma.MunicipalityUpdateInput & Record<string, string | number | boolean | null>;
    details?: Prisma.InputJsonObject;
    also?: (tx: Transaction) => Promise<unknown>;
  },
): Promise<void> {
  await database.$transaction(async (tx) => {
    // The row's update comes first: a second save of the same settings waits here for the first.
    await tx.municipality.update({ where: { id: input.municipalityId }, data: input.data });
    await input.also?.(tx);
    await recordAudit(tx, {
      actorId: input.actorId,
      action: input.action,
      resourceKind: "municipality",
      resourceId: input.municipalityId,
      purpose: "administration",
      details: input.details ?? input.data,
    });
  });
}
