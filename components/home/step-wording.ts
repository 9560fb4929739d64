import type { Booking, NextStep, RoundKind } from "@/lib/domain/next-steps/rule";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { da } from "@/lib/i18n/da";

// A next step in words: its title, what it says, the one link that does it and any further links
// (each conversation, the material). The MUS/LUS role words come from the dictionary's roles.

export type StepLink = { href: string; label: string; detail?: string };
/** `lines` say what and why above the links; `notes` say what else waits, below them. */
export type StepWords = { title: string; lines: string[]; primary: StepLink; links: StepLink[]; notes?: string[] };

const t = da.nextSteps;
const booking = (value: Booking) => t.booking(formatDateTime(value.startsAt), value.durationMinutes, value.location);

/** `kind` is the round's (for the role words); steps that belong to no round ignore it. */
export function describeStep(next: NextStep, kind: RoundKind): StepWords {
  const role = da.roles[kind];
  const only = (title: string, lines: string[], primary: StepLink): StepWords => ({ title, lines, primary, links: [] });
  switch (next.step) {
    case "handOverRound":
      return only(t.handOverRound.title, [t.handOverRound.text(next.leader)], { href: next.href, label: t.handOverRound.link });
    case "writeKickoff":
      return only(t.writeKickoff.title, [t.writeKickoff.text(formatDate(next.kickoffDate))], {
        href: next.href,
        label: t.writeKickoff.link,
      });
    case "writeQuestions":
      return only(t.writeQuestions.title, [t.writeQuestions.text(next.groupsWithoutQuestions)], {
        href: next.href,
        label: t.writeQuestions.link,
      });
    case "chooseParticipants":
      return only(t.chooseParticipants.title, [t.chooseParticipants.text(role.participants)], {
        href: next.href,
        label: t.chooseParticipants.link,
      });
    case "publish":
      return only(t.publish.title, [t.publish.text(next.participants, role.participantDefinite, role.participants)], {
        href: next.href,
        label: t.publish.link,
      });
    case "bookConversations":
      return only(t.bookConversations.title, [t.bookConversations.text(next.booked, next.total)], {
        href: next.href,
        label: t.bookConversations.link,
      });
    case "readSheets":
      return only(
        t.readSheets.title,
        [
          t.readSheets.text(next.shared, next.total, role.participant, role.participants),
          ...(next.next ? [t.readSheets.next(next.next.name, booking(next.next.booking))] : []),
        ],
        { href: next.href, label: t.readSheets.link },
      );
    case "holdConversations": {
      const [first, ...rest] = next.next;
      return {
        title: t.holdConversations.title(next.next.length),
        lines: [],
        primary: { href: first.href, label: t.conversationWith(first.name), detail: booking(first.booking) },
        links: rest.map((appointment) => ({
          href: appointment.href,
          label: t.conversationWith(appointment.name),
          detail: booking(appointment.booking),
        })),
        notes: [
          ...(next.more > 0 ? [t.holdConversations.more(next.more)] : []),
          ...(next.unsigned > 0 ? [t.holdConversations.unsigned(next.unsigned)] : []),
          ...(next.unbooked > 0 ? [t.holdConversations.unbooked(next.unbooked)] : []),
        ],
      };
    }
    case "signPlans": {
      const [first, ...rest] = next.waiting;
      const held = (value: Booking) => t.heldOn(formatDateTime(value.startsAt));
      return {
        title: t.signPlans.title,
        lines: [t.signPlans.text(next.unsigned)],
        primary: { href: first.href, label: t.planWith(first.name), detail: held(first.booking) },
        links: rest.map((appointment) => ({
          href: appointment.href,
          label: t.planWith(appointment.name),
          detail: held(appointment.booking),
        })),
      };
    }
    case "startWrapUp":
      return only(t.startWrapUp.title, [t.startWrapUp.text], { href: next.href, label: t.startWrapUp.link });
    case "holdWrapUp":
      return {
        title: t.holdWrapUp.title,
        lines: [t.holdWrapUp.text(formatDate(next.date))],
        primary: { href: next.href, label: t.holdWrapUp.link },
        links: [{ href: next.overviewHref, label: t.holdWrapUp.overview }],
      };
    case "followUpRound":
      return only(t.followUpRound.title, [t.followUpRound.text], { href: next.href, label: t.followUpRound.link });
    case "createRound":
      return only(
        t.createRound.title(da.rounds.kindShort[next.kind]),
        [t.createRound.text(da.rounds.kindShort[next.kind], da.roles[next.kind].participants)],
        {
          href: next.href,
          label: t.createRound.link,
        },
      );

    case "fillSheet":
      return {
        title: t.fillSheet.title,
        lines: [t.conversationLine(next.leader, next.booking && booking(next.booking)), t.fillSheet.text],
        primary: { href: next.href, label: t.fillSheet.link },
        links: [{ href: next.materialHref, label: t.fillSheet.material }],
      };
    case "continueSheet":
      return only(
        t.continueSheet.title,
        [t.conversationLine(next.leader, next.booking && booking(next.booking)), t.continueSheet.text(next.leader)],
        {
          href: next.href,
          label: t.continueSheet.link,
        },
      );
    case "conversation":
      return {
        title: t.conversation.title,
        lines: [t.conversationLine(next.leader, booking(next.booking)), t.conversation.text],
        primary: { href: next.href, label: t.conversation.link },
        links: [{ href: next.sheetHref, label: t.conversation.sheet }],
      };
    case "awaitBooking":
      return only(t.awaitBooking.title, [t.awaitBooking.text(next.leader)], { href: next.href, label: t.awaitBooking.link });
    case "approvePlan":
      return only(t.approvePlan.title, [t.approvePlan.text(next.leader, kind)], { href: next.href, label: t.approvePlan.link });
    case "awaitApproval":
      return only(t.awaitApproval.title, [t.awaitApproval.text(next.leader)], { href: next.href, label: t.awaitApproval.link });
    case "followUpPlan":
      return only(
        t.followUpPlan.title,
        [t.followUpPlan.text(da.plans.followUp.miniName[kind], next.followUpDate && formatDate(next.followUpDate))],
        {
          href: next.href,
          label: t.followUpPlan.link,
        },
      );
    case "readWrapUp":
      return only(t.readWrapUp.title, [t.readWrapUp.text(next.leader)], { href: next.href, label: t.readWrapUp.link });

    case "readMaterial":
      return only(t.readMaterial.title, [t.readMaterial.text], { href: next.href, label: t.readMaterial.link });
    case "filePlans":
      return only(t.filePlans.title(next.unfiled), [t.filePlans.text(next.unfiled)], {
        href: next.href,
        label: t.filePlans.link(next.unfiled),
      });
    case "organisation": {
      const nav = da.admin.nav;
      return {
        title: t.organisation.title,
        lines: [t.organisation.text],
        primary: { href: next.href, label: t.organisation.link },
        links: [
          { href: next.people, label: nav.people },
          { href: next.units, label: nav.units },
          { href: next.templates, label: nav.templates },
        ],
      };
    }
  }
}
