-- CreateTable
CREATE TABLE "MedCommittee" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MedCommittee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MedCommitteeUnit" (
    "committeeId" UUID NOT NULL,
    "unitId" UUID NOT NULL,

    CONSTRAINT "MedCommitteeUnit_pkey" PRIMARY KEY ("committeeId","unitId")
);

-- CreateTable
CREATE TABLE "MedCommitteeMember" (
    "committeeId" UUID NOT NULL,
    "personId" UUID NOT NULL,

    CONSTRAINT "MedCommitteeMember_pkey" PRIMARY KEY ("committeeId","personId")
);

-- CreateIndex
CREATE UNIQUE INDEX "MedCommittee_municipalityId_name_key" ON "MedCommittee"("municipalityId", "name");

-- CreateIndex
CREATE INDEX "MedCommitteeUnit_unitId_idx" ON "MedCommitteeUnit"("unitId");

-- CreateIndex
CREATE INDEX "MedCommitteeMember_personId_idx" ON "MedCommitteeMember"("personId");

-- AddForeignKey
ALTER TABLE "MedCommittee" ADD CONSTRAINT "MedCommittee_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MedCommitteeUnit" ADD CONSTRAINT "MedCommitteeUnit_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "MedCommittee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MedCommitteeUnit" ADD CONSTRAINT "MedCommitteeUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MedCommitteeMember" ADD CONSTRAINT "MedCommitteeMember_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "MedCommittee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Until now every MED representative read every round. Each municipality with representatives gets
-- one committee covering its whole unit tree (its top units), with them as members, so nobody reads
-- less than before the upgrade; an administrator then splits it into the real committees.
INSERT INTO "MedCommittee" ("id", "municipalityId", "name", "updatedAt")
SELECT gen_random_uuid(), m."id", 'Hoved-MED', CURRENT_TIMESTAMP
FROM "Municipality" m
WHERE EXISTS (
  SELECT 1 FROM "RoleAssignment" r JOIN "Person" p ON p."id" = r."personId"
  WHERE r."role" = 'COMMITTEE_MEMBER' AND p."municipalityId" = m."id"
);

INSERT INTO "MedCommitteeUnit" ("committeeId", "unitId")
SELECT c."id", u."id" FROM "MedCommittee" c JOIN "Unit" u ON u."municipalityId" = c."municipalityId" AND u."parentId" IS NULL;

INSERT INTO "MedCommitteeMember" ("committeeId", "personId")
SELECT c."id", p."id" FROM "MedCommittee" c
JOIN "Person" p ON p."municipalityId" = c."municipalityId"
JOIN "RoleAssignment" r ON r."personId" = p."id" AND r."role" = 'COMMITTEE_MEMBER';
