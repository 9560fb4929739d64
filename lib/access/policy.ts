// The one access policy. Pure: it knows only what it is given, so every rule is a row in a
// table test. Default deny: a combination not named here is refused.
//
// Rules (PRODUCT.md, "Rules users count on"):
// - A preparation sheet is the employee's until submitted; then the conversation's leader sees it.
// - The leader's notes about an employee are the leader's, until the leader shares them.
// - A plan is seen by its two parties only; HR handles a signed plan only to export and file it.
// - Overviews are aggregates for the round's leader (the threshold is enforced where they are computed);
//   the leader's working areas after the conversations (overview notes, GRUS, settling waiting
//   agreements, the round's follow-up and closing) are the leader's too.
// - The wrap-up meeting's record and joint action plan are shared: the participants and the committee
//   read them; the leader's feedback reaches the participants only once the leader publishes it.
// - The committee sees a round's shared material and its wrap-up, never an individual conversation,
//   and only of the rounds in the units its MED committees cover (committeeCovers, computed from the
//   committees the member sits on: lib/domain/committees/coverage.ts); never another municipality's.
// - "Leader" is the leader of that conversation, not whoever leads the person today: a new leader
//   does not inherit last year's plan, and last year's leader does not see this year's sheet.
// - Last round's scores, shown beside this round's, are a read of last round's sheet: the person
//   sees their own; a leader only those shared with that same leader in that round (a new leader
//   sees none), and only from a sheet that was shared: a draft or a sheet taken back shows nothing.
// - Carrying last plan's unfinished actions into the next plan reads the earlier plan: it happens by
//   itself only when the new plan's leader may read that plan (the same leader); otherwise only
//   the employee, a party to both, may bring them (lib/domain/plans/carry-over/data.ts asks as a "plan").
// - A person's access report, and everything held about them, is for that person, or for an
//   administrator of the person's own municipality (an access request under GDPR art. 15 made
//   through the administration); never for another municipality's administrator.
// - A leader's notes are their author's, and written only while the author leads the round: a round
//   handed over leaves the old leader's notes out of the new leader's sight (unless the old leader
//   handed them on, which makes the new leader their author), and the old leader writes no more.
// - Handing a round over to another leader is for the round's leader, a leader above them in the
//   manager chain (who answers for the round when the leader cannot), and an administrator of the
//   round's municipality. Whom it may go to is checked against the organisation where it is done.
// - A paper form (Skema 1 on paper) is typed in by the conversation's leader, who was handed it; the
//   leader then reads it like a shared sheet. The employee's signature on a printed plan is
//   registered by the leader only for an employee who cannot sign in (no e-mail address and no
//   identity-provider account: no other way to sign); anyone who can signs in the app themselves.
//   Both are marked as registered, and by whom.
// - A participant whose leader changed mid-round and who moved to the new leader's round (or whom
//   the new leader was asked to add) is no longer the old leader's: the old leader no longer reads the
//   sheet left on the old participation, nor writes notes about them (their own notes stay theirs to
//   read, and are not handed to the new leader); the employee still reads the old sheet, unchanged.
// - A union representative (tillidsrepræsentant) named on a round by its leader reads what the
//   committee reads of that round (the shared material and the wrap-up, nothing individual), and
//   writes comments on it only while the leader allows it (unionRep: the actor is the round's named
//   representative, a fact looked up where the round is).
// - Upward input in a LUS round (lib/domain/upward/): a leader's own employees answer about their own
//   leader only, never about themselves (respondentManagerId: the actor's manager, looked up where
//   the questionnaire is); the answers are read only as aggregates (the threshold and the window
//   are enforced where they are computed), by the leader they are about and by the round's leader
//   (the leader's leader), who see the same. Nobody else, no administrator or HR: the answers hold
//   no person, so there is nothing individual to hand anyone.
// - The organisation's overview across units (lib/domain/organisation-overview/) shows aggregates
//   only, each passing the anonymity rule at every level: HR reads it for the whole municipality, an
//   area chief (the leader of a unit with units below it, or the manager of leaders) for the units
//   at and below the ones they head, a MED representative for the units their committees cover.
//   Progress counts unfolded (as HR's desk has them) are for HR and the area chief; a representative
//   sees them only where the unit is large enough for answer figures.
// - A deactivated person can do nothing.

export type StoredRole = "ADMINISTRATOR" | "HR" | "COMMITTEE_MEMBER";

export type Actor = { id: string; active: boolean; roles: readonly StoredRole[] };

export type Resource =
  | { kind: "organisation" }
  | { kind: "auditLog" }
  // Who read or changed a person's data, and everything held about them (GDPR art. 15);
  // sameMunicipality: the person is of the actor's municipality.
  | { kind: "accessReport"; subjectId: string; sameMunicipality: boolean }
  | { kind: "personalData"; subjectId: string; sameMunicipality: boolean }
  | { kind: "roundTemplate" }
  // committeeCovers: the round's unit is covered by a MED committee the actor sits on.
  // unionRep: the actor is the union representative the leader named on the round.
  | { kind: "roundMaterial"; leaderId: string; participantIds: readonly string[]; committeeCovers?: boolean; unionRep?: boolean }
  // Writing a comment on the round's shared material or wrap-up; mayComment: the leader allows it.
  | { kind: "roundComment"; unionRep: boolean; mayComment: boolean }
  // The list of rounds a MED representative follows (each then read as roundMaterial or wrapUp).
  | { kind: "committeeRounds" }
  // The municipality's MED committees: who sits on which, covering which units.
  | { kind: "medCommittees" }
  | { kind: "roundProgress"; leaderId: string }
  | { kind: "roundOverview"; leaderId: string }
  | { kind: "wrapUp"; leaderId: string; participantIds: readonly string[]; committeeCovers?: boolean; unionRep?: boolean }
  // moved: the participation moved to another leader's round when the person's leader changed.
  | { kind: "preparationSheet"; ownerId: string; leaderId: string; submitted: boolean; moved?: boolean }
  | { kind: "earlierScores"; ownerId: string; earlierLeaderId: string; shared: boolean }
  | { kind: "leaderNote"; authorId: string; leaderId: string; aboutId: string; shared: boolean; moved?: boolean }
  // aboveLeader: the actor is above the round's leader in the manager chain; sameMunicipality: the
  // round is of the actor's municipality.
  | { kind: "roundHandover"; leaderId: string; aboveLeader: boolean; sameMunicipality: boolean }
  // employeeSignsOnPaper: the plan's employee cannot sign in (no e-mail address, no identity-provider
  // account), so signs the printed plan.
  | { kind: "plan"; employeeId: string; leaderId: string; signed: boolean; employeeSignsOnPaper?: boolean }
  // The employee's paper form, typed in by the conversation's leader.
  | { kind: "paperRegistration"; leaderId: string }
  | { kind: "personnelFiling" }
  // leaderId: the participating leader the questionnaire is about; respondentManagerId: the actor's own leader.
  | { kind: "upwardQuestionnaire"; leaderId: string; respondentManagerId: string | null }
  // participantId: the leader the answers are about; leaderId: the round's leader (the leader's leader).
  | { kind: "upwardResults"; participantId: string; leaderId: string }
  // One level of the organisation's overview. wholeMunicipality: the level is the municipality
  // itself; areaChief: the unit is at or below a unit the actor heads; committeeCovers: a MED
  // committee of the actor's covers it (all three facts looked up where the overview is loaded).
  | { kind: "organisationOverview"; wholeMunicipality: boolean; areaChief: boolean; committeeCovers: boolean }
  // Progress counts per unit without folding small units (areaChief as above).
  | { kind: "organisationProgress"; areaChief: boolean };

export type Action =
  | "read"
  | "create"
  | "update"
  | "import"
  | "export"
  | "file"
  | "sign"
  | "share"
  | "submit"
  | "followUp"
  | "remark"
  | "handOver"
  | "signOnPaper";

const has = (actor: Actor, role: StoredRole) => actor.roles.includes(role);
const oneOf = (action: Action, ...allowed: Action[]) => allowed.includes(action);
/** A MED representative, for a round in a unit one of their committees covers. */
const committeeReads = (actor: Actor, covers: boolean | undefined) => has(actor, "COMMITTEE_MEMBER") && covers === true;

export function can(actor: Actor | null, action: Action, resource: Resource): boolean {
  if (!actor || !actor.active) return false;
  switch (resource.kind) {
    case "organisation":
      return has(actor, "ADMINISTRATOR") && oneOf(action, "read", "create", "update", "import");

    case "auditLog":
      return has(actor, "ADMINISTRATOR") && action === "read";

    case "accessReport":
      return (
        oneOf(action, "read", "export") && (actor.id === resource.subjectId || (has(actor, "ADMINISTRATOR") && resource.sameMunicipality))
      );

    case "personalData":
      // One's own, or, for an administrator, anyone's in their own municipality (an access request
      // made through the administration); never another municipality's people.
      if (action !== "export") return false;
      return actor.id === resource.subjectId || (has(actor, "ADMINISTRATOR") && resource.sameMunicipality);

    case "roundTemplate":
      // Every leader starts rounds from the templates; only administrators change them.
      return action === "read" || (has(actor, "ADMINISTRATOR") && action === "update");

    case "roundMaterial":
      // The round's leader plans it (creating one names yourself as its leader); participants and
      // the cooperation committee read the shared material, which holds nothing individual.
      if (actor.id === resource.leaderId) return oneOf(action, "read", "create", "update");
      return (
        action === "read" &&
        (resource.participantIds.includes(actor.id) || committeeReads(actor, resource.committeeCovers) || resource.unionRep === true)
      );

    case "roundComment":
      // Read with the material (roundMaterial); written by the named representative, if allowed.
      return action === "create" && resource.unionRep && resource.mayComment;

    case "committeeRounds":
      return action === "read" && has(actor, "COMMITTEE_MEMBER");

    case "medCommittees":
      return has(actor, "ADMINISTRATOR") && oneOf(action, "read", "create", "update", "import");

    case "personnelFiling":
      // HR's filing desk: counts per round and the signed plans to file, never their making.
      return has(actor, "HR") && oneOf(action, "read", "export", "file");

    case "organisationOverview":
      if (!oneOf(action, "read", "export")) return false;
      if (has(actor, "HR")) return true;
      return !resource.wholeMunicipality && (resource.areaChief || committeeReads(actor, resource.committeeCovers));

    case "organisationProgress":
      return action === "read" && (has(actor, "HR") || resource.areaChief);

    case "roundProgress":
      return action === "read" && (actor.id === resource.leaderId || has(actor, "HR"));

    case "roundOverview":
      return actor.id === resource.leaderId && oneOf(action, "read", "update");

    case "wrapUp":
      if (actor.id === resource.leaderId) return oneOf(action, "read", "update", "share");
      return (
        action === "read" &&
        (resource.participantIds.includes(actor.id) || committeeReads(actor, resource.committeeCovers) || resource.unionRep === true)
      );

    case "preparationSheet":
      // The owner shares it with the leader and may take it back ("submit" both ways; the
      // conversation's start, checked where it is known, ends that); only a draft is edited.
      // A moved participation's sheet is kept as it was: its owner reads it, nobody changes it.
      if (actor.id === resource.ownerId)
        return action === "read" || (!resource.moved && (action === "submit" || (!resource.submitted && action === "update")));
      return actor.id === resource.leaderId && resource.submitted && !resource.moved && action === "read";

    case "earlierScores":
      // Read-only history, and only of a sheet that stands shared (a draft, or a sheet taken back, was
      // never given to anyone, so it is not "last round's picture", not even for its owner, and the
      // chart the two look at in the conversation is the same): the person's own, and the leader it
      // was shared with; a new leader reads nothing of the old round.
      if (action !== "read" || !resource.shared) return false;
      return actor.id === resource.ownerId || actor.id === resource.earlierLeaderId;

    case "leaderNote":
      if (actor.id === resource.authorId && actor.id === resource.leaderId)
        return resource.moved ? action === "read" : oneOf(action, "read", "update", "share");
      return actor.id === resource.aboutId && resource.shared && action === "read";

    case "roundHandover":
      // Reading is seeing the handover page; handing over is the act.
      if (!oneOf(action, "read", "handOver")) return false;
      return actor.id === resource.leaderId || resource.aboveLeader || (has(actor, "ADMINISTRATOR") && resource.sameMunicipality);

    case "paperRegistration":
      return actor.id === resource.leaderId && oneOf(action, "read", "update");

    case "upwardQuestionnaire":
      return oneOf(action, "read", "submit") && actor.id !== resource.leaderId && resource.respondentManagerId === resource.leaderId;

    case "upwardResults":
      return action === "read" && (actor.id === resource.participantId || actor.id === resource.leaderId);

    case "plan": {
      if (action === "signOnPaper") return actor.id === resource.leaderId && !resource.signed && resource.employeeSignsOnPaper === true;
      if (actor.id === resource.employeeId || actor.id === resource.leaderId) {
        // Follow-up notes and the mini-MUS booking belong to a signed plan; so does the employee's
        // remark to the version that is filed.
        if (resource.signed && action === "remark") return actor.id === resource.employeeId;
        return oneOf(action, "read", "export") || (resource.signed ? action === "followUp" : oneOf(action, "update", "sign"));
      }
      return has(actor, "HR") && resource.signed && oneOf(action, "export", "file");
    }
  }
}
