import "server-only";
import { tellAboutStrandedRounds } from "@/lib/domain/rounds/handover/stranded";
import { recordAudit } from "@/lib/audit/record";
import { FieldError, FormError } from "@/lib/auth/errors";
import type { Database } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { da } from "@/lib/i18n/da";
import { formatDateTime } from "@/lib/i18n/format";
import { enqueueMails } from "@/lib/mail/outbox";
import { employmentFactsChange, employmentFactsFromForm } from "./employment";
import { followLeaderChanges } from "@/lib/domain/rounds/manager-change/mutations";
import type { PersonFormValues } from "./schema";

const t = da.admin.person.errors;
type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** The manager the form names, by e-mail address (anything with an @) or by employee number. */
async function resolveManager(tx: Tx, reference: string, personId: string | undefined, municipalityId: string): Promise<string | null> {
  if (!reference) return null;
  const byEmail = reference.includes("@");
  const manager = await tx.person.findFirst({
    where: { municipalityId, active: true, ...(byEmail ? { email: reference } : { employeeNumber: reference }) },
    select: { id: true },
  });
  if (!manager) throw new FieldError("manager", byEmail ? t.unknownManager : t.unknownManagerNumber);
  if (manager.id === personId) throw new FieldError("manager", t.ownManager);
  if (personId) {
    // Walk up from the new manager in one query; meeting the person means a loop.
    const [{ loops }] = await tx.$queryRaw<{ loops: boolean }[]>`
      with recursive chain(id, manager_id, depth) as (
        select id, "managerId", 0 from "Person" where id = ${manager.id}::uuid
        union all
        select p.id, p."managerId", c.depth + 1 from "Person" p join chain c on p.id = c.manager_id where c.depth < 1000
      )
      select exists(select 1 from chain where id = ${personId}::uuid) as loops`;
    if (loops) throw new FieldError("manager", t.managerCycle);
  }
  return manager.id;
}

/** The fields an update changes, each with its value before and after, for the audit log. */
function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  return Object.fromEntries(
    Object.keys(after)
      .filter((key) => before[key] !== after[key])
      .map((key) => [key, { from: before[key] ?? null, to: after[key] ?? null }]),
  );
}

/** Refuses, at its field, an address or employee number someone else already has. */
async function refuseTaken(
  tx: Tx,
  data: { email: string | null; employeeNumber: string | null },
  personId: string | undefined,
  municipalityId: string,
) {
  const other = personId ? { id: { not: personId } } : {};
  // Addresses are unique across the database (they are the sign-in identity), numbers within the municipality.
  if (data.email && (await tx.person.findFirst({ where: { email: data.email, ...other }, select: { id: true } })))
    throw new FieldError("email", t.emailTaken);
  if (
    data.employeeNumber &&
    (await tx.person.findFirst({ where: { municipalityId, employeeNumber: data.employeeNumber, ...other }, select: { id: true } }))
  )
    throw new FieldError("employeeNumber", t.employeeNumberTaken);
}

/** Creates or updates a person with their roles, in one transaction, refusing a stale form. */
export async function savePerson(
  database: Database,
  input: { values: PersonFormValues; actorId: string; municipalityId: string },
): Promise<{ id: string; managerChange: string[] }> {
  const { values, actorId } = input;
  if (values.id === actorId && !values.active) throw new FieldError("active", t.deactivateYourself);
  if (values.id === actorId && !values.roles.includes("ADMINISTRATOR")) throw new FieldError("roles", t.removeOwnAdmin);

  try {
    return await database.$transaction(async (tx) => {
      const unit = await tx.unit.findFirst({ where: { id: values.unitId, municipalityId: input.municipalityId }, select: { id: true } });
      if (!unit) throw new FieldError("unitId", t.unknownUnit);
      const managerId = await resolveManager(tx, values.manager, values.id, input.municipalityId);
      const data = {
        name: values.name,
        email: values.email || null,
        employeeNumber: values.employeeNumber || null,
        jobTitle: values.jobTitle || null,
        unitId: unit.id,
        managerId,
      };
      await refuseTaken(tx, data, values.id, input.municipalityId);
      const facts = employmentFactsFromForm(values);
      const factsData = {
        ...facts,
        ...(facts.employmentStart !== undefined
          ? { employmentStart: facts.employmentStart === null ? null : new Date(`${facts.employmentStart}T00:00:00Z`) }
          : {}),
      };

      let id: string;
      let action: "person.create" | "person.update" | "person.deactivate";
      let changes: Record<string, { from: unknown; to: unknown }> | undefined;
      let employmentChanged: string[] | undefined;
      let managerChange: string[] = [];
      if (values.id) {
        const current = await tx.person.findFirst({
          where: { id: values.id, municipalityId: input.municipalityId },
          select: {
            active: true,
            updatedAt: true,
            name: true,
            email: true,
            employeeNumber: true,
            jobTitle: true,
            unitId: true,
            managerId: true,
            employmentType: true,
            employmentStart: true,
            birthYear: true,
            senior: true,
          },
        });
        if (!current) throw new FormError(da.errors.notFound);
        const deactivating = current.active && !values.active;
        const activity =
          values.active === current.active ? {} : { active: values.active, deactivatedAt: values.active ? null : new Date() };
        const updated = await tx.person.updateMany({
          where: { id: values.id, updatedAt: values.version ? new Date(values.version) : undefined },
          data: { ...data, ...activity, ...factsData },
        });
        if (updated.count === 0) throw new FormError(t.conflict);
        if (deactivating) {
          await tx.authSession.updateMany({
            where: { personId: values.id, endedAt: null },
            data: { endedAt: new Date(), endReason: "deactivated" },
          });
          // A leader's open rounds are not left stuck: the leader above is told (handover/stranded.ts).
          await tellAboutStrandedRounds(tx, [values.id]);
        }
        id = values.id;
        action = deactivating ? "person.deactivate" : "person.update";
        // A new leader mid-round: the person's open rounds follow the municipality's rule, in this
        // transaction, after the person's row was updated (lib/domain/rounds/manager-change/).
        if (values.active && current.managerId !== managerId) {
          const toLeader = managerId
            ? await tx.person.findUniqueOrThrow({ where: { id: managerId }, select: { id: true, name: true } })
            : null;
          managerChange = await followLeaderChanges(tx, {
            municipalityId: input.municipalityId,
            actorId,
            changes: [{ personId: values.id, toLeader }],
          });
        }
        const { employmentType, employmentStart, birthYear, senior, ...rest } = current;
        changes = changedFields(rest, { ...data, active: values.active });
        // The facts by name only: a birth year has no place in the audit log's details.
        const stored = { employmentType, employmentStart: employmentStart?.toISOString().slice(0, 10) ?? null, birthYear, senior };
        if (employmentFactsChange(stored, facts)) {
          employmentChanged = (Object.keys(facts) as (keyof typeof facts)[]).filter((key) => facts[key] !== stored[key]);
        }
        // The e-mail address is the sign-in identity: the old address is told, so a change nobody
        // agreed to does not go unnoticed (a person who had none is told nothing).
        if (current.email !== null && current.email !== data.email) {
          await enqueueMails(tx, [
            {
              to: current.email,
              subject: da.mail.emailChanged.subject,
              text: da.mail.emailChanged.text(current.name, data.email, formatDateTime(new Date())),
            },
          ]);
        }
      } else {
        id = (await tx.person.create({ data: { ...data, ...factsData, municipalityId: input.municipalityId, active: values.active } })).id;
        action = "person.create";
      }

      await tx.roleAssignment.deleteMany({ where: { personId: id, role: { notIn: values.roles } } });
      await tx.roleAssignment.createMany({ data: values.roles.map((role) => ({ personId: id, role })), skipDuplicates: true });
      await recordAudit(tx, {
        actorId,
        action,
        resourceKind: "person",
        resourceId: id,
        subjectId: id,
        purpose: "administration",
        ...(changes ? { details: { changes, ...(employmentChanged ? { employmentChanged } : {}) } as Prisma.InputJsonValue } : {}),
      });
      return { id, managerChange };
    });
  } catch (error) {
    // Taken by a save that committed between refuseTaken and this one's write.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      if (JSON.stringify(error.meta ?? {}).includes("employeeNumber")) throw new FieldError("employeeNumber", t.employeeNumberTaken);
      throw new FieldError("email", t.emailTaken);
    }
    throw error;
  }
}
