import { beforeEach, describe, expect, it } from "vitest";
import { FormError } from "@/lib/auth/errors";
import { AccessDenied } from "@/lib/auth/guard";
import { deleteCommittee, saveCommittee } from "@/lib/domain/committees/mutations";
import { committeeSchema } from "@/lib/domain/committees/schema";
import { da } from "@/lib/i18n/da";
import { loadHomeSteps } from "@/lib/domain/next-steps/loaders";
import { conversationGuidePdf } from "@/lib/domain/rounds/guide-pdf";
import { blankSheetPdf } from "@/lib/domain/rounds/paper-forms";
import { seedDemoOrganisation, seedOrganisation } from "@/prisma/seed/seed";
import { resetDatabase, testDatabase } from "../support/database";
import { actorFor, demoEmail, publishedRound } from "../support/rounds";

// A MED representative reads the shared material of the rounds in the units their committees cover
// (each with every unit below it), and no other: not another area's, not another municipality's.
// In the demo, Anne Sofie Mørch sits on the committee for Børn og Unge.

const database = testDatabase();
let anne: Awaited<ReturnType<typeof actorFor>>;
let schoolRound = ""; // Åbyskolen, under Børn og Unge
let careRound = ""; // Hjemmeplejen Vest, under Sundhed og Omsorg

const followed = async () => (await loadHomeSteps(anne, database)).committee.map((item) => item.round.id);

beforeEach(async () => {
  await resetDatabase();
  await seedDemoOrganisation(database);
  anne = await actorFor(database, demoEmail("anne.moerch"));
  schoolRound = await publishedRound(database, await actorFor(database, demoEmail("ole.baekgaard")));
  careRound = await publishedRound(database, await actorFor(database, demoEmail("susanne.holm")));
}, 120_000);

describe("MED committees", () => {
  it("let a representative read the rounds of the units their committee covers, below its area too, and no others", async () => {
    expect(await followed()).toEqual([schoolRound]);
    await expect(conversationGuidePdf(database, anne, schoolRound, undefined)).resolves.toMatchObject({ contentType: "application/pdf" });
    await expect(blankSheetPdf(database, anne, schoolRound, undefined)).resolves.toMatchObject({ contentType: "application/pdf" });
    await expect(conversationGuidePdf(database, anne, careRound, undefined)).rejects.toBeInstanceOf(AccessDenied);
    await expect(blankSheetPdf(database, anne, careRound, undefined)).rejects.toBeInstanceOf(AccessDenied);

    // The committee takes on Sundhed og Omsorg: its rounds follow at once.
    const committee = await database.medCommittee.findFirstOrThrow();
    const care = await database.unit.findFirstOrThrow({ where: { name: "Sundhed og Omsorg" } });
    await database.medCommitteeUnit.create({ data: { committeeId: committee.id, unitId: care.id } });
    expect((await followed()).sort()).toEqual([schoolRound, careRound].sort());
    await expect(conversationGuidePdf(database, anne, careRound, undefined)).resolves.toMatchObject({ contentType: "application/pdf" });
  });

  it("never show another municipality's rounds, even in a unit of the same name", async () => {
    const nordby = await seedOrganisation(database, { municipality: "Nordby Kommune", domain: "nordby.example" });
    const nordbyOle = await actorFor(database, "ole.baekgaard@nordby.example");
    const nordbyRound = await publishedRound(database, nordbyOle, { municipalityId: nordby });
    expect(await followed()).not.toContain(nordbyRound);
    await expect(conversationGuidePdf(database, anne, nordbyRound, undefined)).rejects.toBeInstanceOf(AccessDenied);
  });

  it("need the role as well as the seat, and a seat as well as the role", async () => {
    const committee = await database.medCommittee.findFirstOrThrow();
    const freja = await actorFor(database, demoEmail("freja.lund"));
    await database.medCommitteeMember.create({ data: { committeeId: committee.id, personId: freja.id } });
    await expect(conversationGuidePdf(database, freja, schoolRound, undefined)).rejects.toBeInstanceOf(AccessDenied);
    expect((await loadHomeSteps(freja, database)).committee).toEqual([]);

    // The role taken away takes the seat with it, so granting it again later brings back nothing by itself.
    await database.roleAssignment.deleteMany({ where: { personId: anne.id, role: "COMMITTEE_MEMBER" } });
    expect(await database.medCommitteeMember.count({ where: { personId: anne.id } })).toBe(0);
    await database.roleAssignment.create({ data: { personId: anne.id, role: "COMMITTEE_MEMBER" } });
    expect(await followed()).toEqual([]);
    await expect(conversationGuidePdf(database, anne, schoolRound, undefined)).rejects.toBeInstanceOf(AccessDenied);
  });

  it("are saved by an administrator with units and members of the municipality, representatives only, and audited", async () => {
    const admin = await actorFor(database, demoEmail("peter.jaeger"));
    const municipalityId = (await database.municipality.findFirstOrThrow()).id;
    const care = await database.unit.findFirstOrThrow({ where: { name: "Hjemmeplejen Vest" } });
    const save = (values: Partial<Parameters<typeof saveCommittee>[1]["values"]>) =>
      saveCommittee(database, {
        municipalityId,
        actorId: admin.id,
        values: committeeSchema.parse({ name: "Lokal-MED Hjemmeplejen", unitIds: [care.id], memberIds: [anne.id], ...values }),
      });
    const { committeeId } = await save({});
    expect(await followed()).toContain(careRound);
    const audit = await database.auditEvent.findFirstOrThrow({ where: { action: "medCommittee.save", resourceId: committeeId } });
    expect(audit.details).toEqual({ unitIds: [care.id], memberIds: [anne.id] });

    // The same name twice, a unit or a person of another municipality, someone without the role: each refused next to its field.
    const error = async (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (caught: unknown) => caught,
      );
    expect(await error(save({}))).toMatchObject({ field: "name", message: da.committees.errors.nameTaken });
    const nordby = await seedOrganisation(database, { municipality: "Nordby Kommune", domain: "nordby.example" });
    const nordbyUnit = await database.unit.findFirstOrThrow({ where: { municipalityId: nordby } });
    const nordbyAnne = await actorFor(database, "anne.moerch@nordby.example");
    expect(await error(save({ name: "B", unitIds: [nordbyUnit.id] }))).toMatchObject({
      field: "unitIds",
      message: da.committees.errors.unknownUnit,
    });
    expect(await error(save({ name: "C", memberIds: [nordbyAnne.id] }))).toMatchObject({ field: "memberIds" });
    const freja = await actorFor(database, demoEmail("freja.lund"));
    expect(await error(save({ name: "D", memberIds: [freja.id] }))).toMatchObject({
      field: "memberIds",
      message: da.committees.errors.notRepresentative("Freja Lund"),
    });
    expect(await database.medCommittee.count({ where: { name: { in: ["B", "C", "D"] } } })).toBe(0);
    expect(committeeSchema.safeParse({ name: " ", unitIds: [], memberIds: [] }).error?.issues[0]).toMatchObject({ path: ["name"] });

    // Another municipality's administrator cannot delete it; deleting it ends what it gave.
    await expect(deleteCommittee(database, { municipalityId: nordby, actorId: admin.id, committeeId })).rejects.toBeInstanceOf(FormError);
    await deleteCommittee(database, { municipalityId, actorId: admin.id, committeeId });
    expect(await followed()).not.toContain(careRound);
    await expect(deleteCommittee(database, { municipalityId, actorId: admin.id, committeeId })).rejects.toBeInstanceOf(FormError);
  });
});
