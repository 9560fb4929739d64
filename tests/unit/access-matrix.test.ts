import { describe, expect, it } from "vitest";
import { can, type Action, type Actor, type Resource } from "@/lib/access/policy";

// The whole policy as one table: for every actor and every resource, the actions allowed.
// Every action not listed in a cell must be refused. A new rule is a new row or column.

const person = (id: string, roles: Actor["roles"] = [], active = true): Actor => ({ id, roles, active });

const actors = {
  admin: person("admin", ["ADMINISTRATOR"]),
  hr: person("hr", ["HR"]),
  committee: person("committee", ["COMMITTEE_MEMBER"]),
  leader: person("leader"), // leads the employee this year
  formerLeader: person("former"), // led the employee last year, now leads another unit
  otherLeader: person("other"), // leads another unit
  leadersLeader: person("chief"), // the leader's own leader
  employee: person("employee"),
  colleague: person("colleague"),
  unionRep: person("union-rep"), // the tillidsrepræsentant named on the MUS round, not one of its participants
  deactivated: person("employee", [], false), // the employee, after leaving
} satisfies Record<string, Actor>;

const resources = {
  organisation: { kind: "organisation" },
  auditLog: { kind: "auditLog" },
  employeesAccessReport: { kind: "accessReport", subjectId: "employee", sameMunicipality: true },
  otherMunicipalitysAccessReport: { kind: "accessReport", subjectId: "stranger", sameMunicipality: false },
  employeesPersonalData: { kind: "personalData", subjectId: "employee", sameMunicipality: true },
  otherMunicipalitysPersonalData: { kind: "personalData", subjectId: "stranger", sameMunicipality: false },
  templates: { kind: "roundTemplate" },
  musMaterial: { kind: "roundMaterial", leaderId: "leader", participantIds: ["employee", "colleague"] },
  lusMaterial: { kind: "roundMaterial", leaderId: "chief", participantIds: ["leader"] },
  musProgress: { kind: "roundProgress", leaderId: "leader" },
  musOverview: { kind: "roundOverview", leaderId: "leader" },
  musWrapUp: { kind: "wrapUp", leaderId: "leader", participantIds: ["employee", "colleague"] },
  // The same round, in a unit a MED committee of the actor's covers (only a representative uses it).
  coveredMusMaterial: { kind: "roundMaterial", leaderId: "leader", participantIds: ["employee", "colleague"], committeeCovers: true },
  coveredLusMaterial: { kind: "roundMaterial", leaderId: "chief", participantIds: ["leader"], committeeCovers: true },
  coveredMusWrapUp: { kind: "wrapUp", leaderId: "leader", participantIds: ["employee", "colleague"], committeeCovers: true },
  committeeRounds: { kind: "committeeRounds" },
  // The same round, asked by the union representative the leader named on it (unionRep is a fact
  // about the actor asking, as committeeCovers is).
  unionRepMusMaterial: { kind: "roundMaterial", leaderId: "leader", participantIds: ["employee", "colleague"], unionRep: true },
  unionRepMusWrapUp: { kind: "wrapUp", leaderId: "leader", participantIds: ["employee", "colleague"], unionRep: true },
  unionRepMayComment: { kind: "roundComment", unionRep: true, mayComment: true },
  unionRepMayNotComment: { kind: "roundComment", unionRep: true, mayComment: false },
  notUnionRepComment: { kind: "roundComment", unionRep: false, mayComment: true },
  medCommittees: { kind: "medCommittees" },
  draftSheet: { kind: "preparationSheet", ownerId: "employee", leaderId: "leader", submitted: false },
  submittedSheet: { kind: "preparationSheet", ownerId: "employee", leaderId: "leader", submitted: true },
  lastYearsSheet: { kind: "preparationSheet", ownerId: "employee", leaderId: "former", submitted: true },
  // Last round's scores beside this round's: `earlierLeaderId` is the leader of the round the sheet belongs to.
  earlierScoresSameLeader: { kind: "earlierScores", ownerId: "employee", earlierLeaderId: "leader", shared: true },
  earlierScoresNeverShared: { kind: "earlierScores", ownerId: "employee", earlierLeaderId: "leader", shared: false },
  earlierScoresFormerLeader: { kind: "earlierScores", ownerId: "employee", earlierLeaderId: "former", shared: true },
  privateNote: { kind: "leaderNote", authorId: "leader", leaderId: "leader", aboutId: "employee", shared: false },
  sharedNote: { kind: "leaderNote", authorId: "leader", leaderId: "leader", aboutId: "employee", shared: true },
  // The round went from "former" to "leader", and former kept the notes: neither may write them, the new leader not even read.
  keptNote: { kind: "leaderNote", authorId: "former", leaderId: "leader", aboutId: "employee", shared: false },
  // Handing the round over. aboveLeader and sameMunicipality are facts about the actor asking.
  musHandover: { kind: "roundHandover", leaderId: "leader", aboveLeader: false, sameMunicipality: true },
  musHandoverFromAbove: { kind: "roundHandover", leaderId: "leader", aboveLeader: true, sameMunicipality: true },
  otherMunicipalitysHandover: { kind: "roundHandover", leaderId: "stranger", aboveLeader: false, sameMunicipality: false },
  draftPlan: { kind: "plan", employeeId: "employee", leaderId: "leader", signed: false },
  signedPlan: { kind: "plan", employeeId: "employee", leaderId: "leader", signed: true },
  lastYearsPlan: { kind: "plan", employeeId: "employee", leaderId: "former", signed: true },
  lusSheet: { kind: "preparationSheet", ownerId: "leader", leaderId: "chief", submitted: true },
  // The employee got a new leader mid-round and moved to the new leader's round: the old sheet and
  // the old leader's note stay on the old participation (round led by "leader").
  movedSheet: { kind: "preparationSheet", ownerId: "employee", leaderId: "leader", submitted: true, moved: true },
  movedDraftSheet: { kind: "preparationSheet", ownerId: "employee", leaderId: "leader", submitted: false, moved: true },
  movedNote: { kind: "leaderNote", authorId: "leader", leaderId: "leader", aboutId: "employee", shared: false, moved: true },
  movedSharedNote: { kind: "leaderNote", authorId: "leader", leaderId: "leader", aboutId: "employee", shared: true, moved: true },
  lusPlan: { kind: "plan", employeeId: "leader", leaderId: "chief", signed: false },
  filingDesk: { kind: "personnelFiling" },
  // The organisation's overview; areaChief and committeeCovers are facts about the actor asking.
  organisationWhole: { kind: "organisationOverview", wholeMunicipality: true, areaChief: false, committeeCovers: false },
  organisationUnit: { kind: "organisationOverview", wholeMunicipality: false, areaChief: false, committeeCovers: false },
  organisationUnitInArea: { kind: "organisationOverview", wholeMunicipality: false, areaChief: true, committeeCovers: false },
  organisationUnitCovered: { kind: "organisationOverview", wholeMunicipality: false, areaChief: false, committeeCovers: true },
  organisationProgress: { kind: "organisationProgress", areaChief: false },
  organisationProgressInArea: { kind: "organisationProgress", areaChief: true },
  // The employee has no e-mail address: the leader types in their paper form and registers their
  // signature on the printed plan.
  paperForm: { kind: "paperRegistration", leaderId: "leader" },
  draftPlanOnPaper: { kind: "plan", employeeId: "employee", leaderId: "leader", signed: false, employeeSignsOnPaper: true },
  signedPlanOnPaper: { kind: "plan", employeeId: "employee", leaderId: "leader", signed: true, employeeSignsOnPaper: true },
  // Upward input in the LUS round: "leader" takes part and is asked about by their own employees.
  upwardAboutLeader: { kind: "upwardQuestionnaire", leaderId: "leader", respondentManagerId: "leader" },
  // The actor's own leader is someone else: not their questionnaire to answer.
  upwardAboutAnotherLeader: { kind: "upwardQuestionnaire", leaderId: "leader", respondentManagerId: "other" },
  upwardResults: { kind: "upwardResults", participantId: "leader", leaderId: "chief" },
} satisfies Record<string, Resource>;

const allActions: Action[] = [
  "read",
  "create",
  "update",
  "import",
  "export",
  "file",
  "sign",
  "share",
  "submit",
  "followUp",
  "remark",
  "handOver",
  "signOnPaper",
];

// Whoever is above the round's leader in the manager chain may hand it over, whatever else they are.
const fromAbove: Partial<Record<ResourceName, Action[]>> = { musHandoverFromAbove: ["read", "handOver"] };
// Whoever is the round's named union representative reads its material and wrap-up, and comments if allowed.
// Whoever heads the unit's area (an area chief) reads its overview and its progress counts.
const asAreaChief: Partial<Record<ResourceName, Action[]>> = {
  organisationUnitInArea: ["read", "export"],
  organisationProgressInArea: ["read"],
};
const asUnionRep: Partial<Record<ResourceName, Action[]>> = {
  unionRepMusMaterial: ["read"],
  unionRepMusWrapUp: ["read"],
  unionRepMayComment: ["create"],
};

// Whoever's own leader "leader" is answers about them (a fact about the actor, as aboveLeader is),
// whatever role they have; "leader" never about themselves, even when listed in their own team.
const asTeamMember: Partial<Record<ResourceName, Action[]>> = { upwardAboutLeader: ["read", "submit"] };

type ActorName = keyof typeof actors;
type ResourceName = keyof typeof resources;

// Rows: actors. Cells: the allowed actions, or nothing. Cells left out allow nothing.
const allowed: Record<ActorName, Partial<Record<ResourceName, Action[]>>> = {
  admin: {
    ...fromAbove,
    ...asAreaChief,
    ...asUnionRep,
    ...asTeamMember,
    musHandover: ["read", "handOver"], // an administrator of the round's municipality; never otherMunicipalitysHandover
    organisation: ["read", "create", "update", "import"],
    templates: ["read", "update"],
    auditLog: ["read"],
    employeesAccessReport: ["read", "export"], // never otherMunicipalitysAccessReport
    employeesPersonalData: ["export"], // never otherMunicipalitysPersonalData
    medCommittees: ["read", "create", "update", "import"],
  },
  hr: {
    ...fromAbove,
    ...asAreaChief,
    ...asUnionRep,
    ...asTeamMember,
    templates: ["read"],
    musProgress: ["read"],
    filingDesk: ["read", "export", "file"],
    signedPlan: ["export", "file"],
    signedPlanOnPaper: ["export", "file"],
    lastYearsPlan: ["export", "file"],
    // The whole municipality, every unit.
    organisationWhole: ["read", "export"],
    organisationUnit: ["read", "export"],
    organisationUnitInArea: ["read", "export"],
    organisationUnitCovered: ["read", "export"],
    organisationProgress: ["read"],
    organisationProgressInArea: ["read"],
  },
  committee: {
    ...fromAbove,
    ...asAreaChief,
    ...asUnionRep,
    ...asTeamMember,
    templates: ["read"],
    // Only in the units their committees cover: the shared material, nothing individual.
    coveredMusMaterial: ["read"],
    coveredLusMaterial: ["read"],
    coveredMusWrapUp: ["read"], // the wrap-up and the joint action plan, never the overview
    committeeRounds: ["read"],
    organisationUnitCovered: ["read", "export"], // folded progress only: never organisationProgress
  },
  leader: {
    ...fromAbove,
    ...asAreaChief,
    ...asUnionRep,
    musHandover: ["read", "handOver"], // the round's own leader
    templates: ["read"],
    musMaterial: ["read", "create", "update"],
    unionRepMusMaterial: ["read", "create", "update"],
    unionRepMusWrapUp: ["read", "update", "share"],
    coveredMusMaterial: ["read", "create", "update"],
    coveredLusMaterial: ["read"],
    coveredMusWrapUp: ["read", "update", "share"],
    lusMaterial: ["read"], // a participant in the LUS round
    musProgress: ["read"],
    musOverview: ["read", "update"],
    musWrapUp: ["read", "update", "share"],
    submittedSheet: ["read"],
    earlierScoresSameLeader: ["read"], // shared with this same leader last round; never a draft, never a predecessor's
    privateNote: ["read", "update", "share"],
    sharedNote: ["read", "update", "share"],
    draftPlan: ["read", "export", "update", "sign"],
    signedPlan: ["read", "export", "followUp"],
    lusSheet: ["read", "submit"], // a submitted sheet is read-only for its owner, who may take it back
    lusPlan: ["read", "export", "update", "sign"],
    paperForm: ["read", "update"],
    // Only for an employee without e-mail, and only until the plan is signed.
    draftPlanOnPaper: ["read", "export", "update", "sign", "signOnPaper"],
    signedPlanOnPaper: ["read", "export", "followUp"],
    // Moved away: never the sheet, shared or not; their own notes to read, no more writing.
    movedNote: ["read"],
    movedSharedNote: ["read"],
    upwardResults: ["read"], // the aggregate about themselves
  },
  formerLeader: {
    ...fromAbove,
    ...asAreaChief,
    ...asUnionRep,
    ...asTeamMember,
    templates: ["read"],
    lastYearsSheet: ["read"],
    earlierScoresFormerLeader: ["read"],
    lastYearsPlan: ["read", "export", "followUp"],
  },
  otherLeader: {
    ...fromAbove,
    ...asAreaChief,
    ...asUnionRep,
    ...asTeamMember,
    templates: ["read"],
  },
  leadersLeader: {
    ...fromAbove,
    ...asAreaChief,
    ...asUnionRep,
    ...asTeamMember,
    templates: ["read"],
    lusMaterial: ["read", "create", "update"],
    coveredLusMaterial: ["read", "create", "update"],
    lusSheet: ["read"],
    lusPlan: ["read", "export", "update", "sign"],
    upwardResults: ["read"], // the same aggregate the leader sees, never more
  },
  employee: {
    ...fromAbove,
    ...asAreaChief,
    ...asUnionRep,
    ...asTeamMember,
    templates: ["read"],
    employeesAccessReport: ["read", "export"],
    employeesPersonalData: ["export"],
    musMaterial: ["read"],
    musWrapUp: ["read"],
    coveredMusMaterial: ["read"],
    coveredMusWrapUp: ["read"],
    draftSheet: ["read", "update", "submit"],
    submittedSheet: ["read", "submit"], // "submit" on a submitted sheet: take it back
    lastYearsSheet: ["read", "submit"],
    // The old sheet after a move: read, never changed, shared back or taken back (it went along).
    movedSheet: ["read"],
    movedDraftSheet: ["read"],
    movedSharedNote: ["read"],
    earlierScoresSameLeader: ["read"],
    // Never shared: not last round's picture, not even for its owner (the chart both look at is the same).
    earlierScoresFormerLeader: ["read"],
    sharedNote: ["read"],
    draftPlan: ["read", "export", "update", "sign"],
    signedPlan: ["read", "export", "followUp", "remark"],
    lastYearsPlan: ["read", "export", "followUp", "remark"],
    draftPlanOnPaper: ["read", "export", "update", "sign"],
    signedPlanOnPaper: ["read", "export", "followUp", "remark"],
  },
  colleague: {
    ...fromAbove,
    ...asAreaChief,
    ...asUnionRep,
    ...asTeamMember,
    templates: ["read"],
    musMaterial: ["read"],
    musWrapUp: ["read"],
    coveredMusMaterial: ["read"],
    coveredMusWrapUp: ["read"],
  },
  unionRep: {
    ...fromAbove,
    ...asAreaChief,
    ...asUnionRep,
    ...asTeamMember,
    templates: ["read"],
    // Only the round's shared material and wrap-up: no sheet, note, plan, overview or progress.
  },
  deactivated: {},
};

const cases = (Object.keys(actors) as ActorName[]).flatMap((actorName) =>
  (Object.keys(resources) as ResourceName[]).flatMap((resourceName) =>
    allActions.map((action) => ({
      actorName,
      resourceName,
      action,
      expected: (allowed[actorName][resourceName] ?? []).includes(action),
    })),
  ),
);

describe("the access policy", () => {
  it.each(cases)("$actorName may $action $resourceName: $expected", ({ actorName, resourceName, action, expected }) => {
    expect(can(actors[actorName], action, resources[resourceName])).toBe(expected);
  });

  it("refuses everything to nobody", () => {
    for (const resource of Object.values(resources)) {
      for (const action of allActions) expect(can(null, action, resource)).toBe(false);
    }
  });
});
