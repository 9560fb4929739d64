import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { FieldError, FormError } from "@/lib/auth/errors";
import type { Database } from "@/lib/db-client";
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
