import "server-only";
import type { Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/record";
import { FieldError, FormError } from "@/lib/auth/errors";
import { AccessDenied, authorize } from "@/lib/auth/guard";
import type { Database } from "@/lib/db-client";
import { da } from "@/lib/i18n/da";
import { enqueueMails } from "@/lib/mail/outbox";
import { followUnionRep } from "../meetings/mutations";
import { changeRound, type RoundChange } from "../mutations/planned-round";
import { wrapUpBegun, type RoundState } from "../state-machine";
import { unionRepNamedMail } from "./mails";
import type { CommentSection, UnionRepValues } from "./schema";

const t = da.unionRep;

/**
 * Names (or removes) the round's union representative and sets whether they may comment, through
 * changeRound (row lock, the leader only, any phase but closed, version check). A person newly
 * named is told by e-mail through the outbox, in the same transaction; the log holds ids only.
 */
export async function saveUnionRep(
  database: Database,
  change: RoundChange & { municipalityId: string },
  values: UnionRepValues,
): Promise<{ named: string | null; mailed: boolean; version: number }> {
  return changeRound(database, change, "nameUnionRep", async (tx, round) => {
    if (round.municipalityId !== change.municipalityId) throw new AccessDenied();
    const before = await tx.round.findUniqueOrThrow({ where: { id: round.id }, select: { unionRepId: true } });
    let rep: { id: string; name: string; email: string | null } | null = null;
    if (values.personId) {
      if (values.personId === round.leaderId) throw new FieldError("personId", t.errors.leader);
      rep = await tx.person.findFirst({
        where: { id: values.personId, municipalityId: round.municipalityId, active: true },
        select: { id: true, name: true, email: true },
      });
      if (!rep) throw new FieldError("personId", t.errors.unknown);
    }
    await tx.round.update({
      where: { id: round.id },
      data: { unionRepId: rep?.id ?? null, unionRepMayComment: rep ? values.mayComment : false },
    });
    const newlyNamed = rep !== null && rep.id !== before.unionRepId;
    let mailed = false;
    if (rep && newlyNamed) {
      const leader = await tx.person.findUniqueOrThrow({ where: { id: round.leaderId }, select: { name: true } });
      const mail = unionRepNamedMail(round, { rep, leader: leader.name, mayComment: values.mayComment });
      if (mail) await enqueueMails(tx, [mail]);
      mailed = mail !== null;
    }
    // The kick-off and the wrap-up already set follow the representative.
    await followUnionRep(tx, round, before.unionRepId, rep?.id ?? null);
    await recordAudit(tx, {
      actorId: change.actor.id,
      action: "round.unionRep",
      resourceKind: "round",
      resourceId: round.id,
      subjectId: rep?.id ?? before.unionRepId,
      purpose: "planning",
      details: { from: before.unionRepId, to: rep?.id ?? null, mayComment: rep ? values.mayComment : false },
    });
    return { named: rep?.name ?? null, mailed };
  });
}

type CommentRound = { id: string; state: RoundState; unionRepId: string | null; unionRepMayComment: boolean };

/**
 * A comment by the round's union representative on its shared material or its wrap-up: allowed
 * while the leader lets them comment and the round is open (the wrap-up's only once it has begun).
 * Stored as plain text; the log names the section, never the text.
 */
export async function addRoundComment(
  database: Database,
  input: { actor: Actor; municipalityId: string; roundId: string; section: CommentSection; text: string },
): Promise<{ id: string }> {
  return database.$transaction(async (tx) => {
    // A share lock: the leader's change of the representative, on the row lock, waits or is seen.
    const [round] = await tx.$queryRaw<CommentRound[]>`
      select id, state, "unionRepId", "unionRepMayComment" from "Round"
      where id = ${input.roundId}::uuid and "municipalityId" = ${input.municipalityId}::uuid for share`;
    if (!round) throw new AccessDenied();
    const unionRep = round.unionRepId === input.actor.id;
    if (unionRep && !round.unionRepMayComment) throw new FormError(t.comments.notAllowed);
    authorize(input.actor, "create", { kind: "roundComment", unionRep, mayComment: round.unionRepMayComment });
    if (round.state === "CLOSED") throw new FormError(t.comments.closed);
    if (input.section === "WRAP_UP" && !wrapUpBegun(round.state)) throw new FormError(t.comments.wrapUpNotStarted);
    const { id } = await tx.roundComment.create({
      data: { roundId: round.id, authorId: input.actor.id, section: input.section, text: input.text },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: input.actor.id,
      action: "round.comment",
      resourceKind: "roundComment",
      resourceId: id,
      purpose: "planning",
      details: { roundId: round.id, section: input.section },
    });
    return { id };
  });
}
