import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const pageSize = 50;

/** `unitName`: part of the unit's name, as typed (case does not matter). */
export type PeopleFilter = { query: string; unitName: string; status: "active" | "inactive" | "all"; page: number };

/** One page of people with unit, manager and roles: two queries, whatever the page holds. */
export async function loadPeoplePage(municipalityId: string, filter: PeopleFilter) {
  const where: Prisma.PersonWhereInput = {
    municipalityId,
    ...(filter.status === "all" ? {} : { active: filter.status === "active" }),
    ...(filter.unitName ? { unit: { name: { contains: filter.unitName, mode: "insensitive" } } } : {}),
    ...(filter.query
      ? {
          OR: [
            { name: { contains: filter.query, mode: "insensitive" } },
            { email: { contains: filter.query.toLowerCase() } },
            // The whole number, as HR quotes it (the municipality's unique index finds it).
            { employeeNumber: filter.query.trim() },
          ],
        }
      : {}),
  };
  const [total, people] = await Promise.all([
    db().person.count({ where }),
    db().person.findMany({
      // Joined relations would be looked up for every row the offset skips too (page 50 took twice
      // as long); a second query for the fifty shown rows does not.
      relationLoadStrategy: "query",
      where,
      // People without an address sort last among namesakes; the id keeps their pages apart.
      orderBy: [{ name: "asc" }, { email: "asc" }, { id: "asc" }],
      skip: (filter.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        name: true,
        email: true,
        employeeNumber: true,
        jobTitle: true,
        active: true,
        unit: { select: { name: true } },
        manager: { select: { name: true } },
        roles: { select: { role: true } },
      },
    }),
  ]);
  return { total, people, pages: Math.max(1, Math.ceil(total / pageSize)) };
}

export async function loadPersonForEdit(municipalityId: string, id: string) {
  return db().person.findFirst({
    where: { id, municipalityId },
    select: {
      id: true,
      name: true,
      email: true,
      employeeNumber: true,
      jobTitle: true,
      unitId: true,
      active: true,
      deactivatedAt: true,
      updatedAt: true,
      manager: { select: { email: true, employeeNumber: true } },
      roles: { select: { role: true } },
      reports: { where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } },
      employmentType: true,
      employmentStart: true,
      birthYear: true,
      senior: true,
    },
  });
}

export async function loadUnitOptions(municipalityId: string) {
  return db().unit.findMany({
    where: { municipalityId },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true, parentId: true },
  });
}
