import type { PlanContent } from "@/lib/domain/plans/doc";
import { da } from "@/lib/i18n/da";
import { day, escapeHtml, facts, grid, heading, none, paragraph, stamp, valueText, when } from "./html-parts";
import type { PlanData } from "./shape";

// A plan in indhold.html: the plan as it stands, every approved version with its approvals and
// filing, the follow-ups, the booked follow-up meeting and the wrap-up's settlements.

const e = da.plans.editor;
const t = da.personalData.document.plan;
const d = da.personalData.document;

const decisionText = (decision: string) => (da.wrapUp.meeting.decisions as Record<string, string>)[decision] ?? decision;
const inWords = <K extends string>(words: Record<K, string>, value: string) => valueText(words[value as K] ?? value);

function content(plan: PlanContent, kind: "MUS" | "LUS"): string {
  const fields = facts([
    [e.startWith, valueText(plan.startWith)],
    [e.motivated(kind), inWords(e.motivation, plan.motivated)],
    [e.expectations, valueText(plan.expectations)],
    [e.goals, valueText(plan.goals)],
    [e.evaluation, valueText(plan.evaluation)],
    [e.followUpDate, day(plan.followUpDate)],
  ]);
  const actions = plan.actions.map((action, index) => {
    const subtasks = action.subtasks.map((task) => `<li>${valueText(task.text)} (${inWords(e.taskStates, task.state)})</li>`).join("");
    return facts(
      [
        [e.what, valueText(action.what)],
        [e.how, valueText(action.how)],
        [e.support, valueText(action.support)],
        [e.who, valueText(action.who)],
        [e.byWhen, day(action.byWhen)],
        [e.theme, valueText(action.theme)],
        [e.form, inWords(e.forms, action.form)],
        [e.waitsForWrapUp, escapeHtml(action.waitsForWrapUp ? d.yes : d.no)],
        [t.carriedFrom, valueText(action.carriedFrom)],
        [t.subtasks, subtasks ? `<ul>${subtasks}</ul>` : valueText("")],
      ],
      e.action(index + 1),
    );
  });
  return fields + heading(6, t.actions) + (actions.length ? actions.join("") : none());
}

/** `kind`: the round's, for the role words (roles.ts). */
export function planHtml(plan: PlanData, kind: "MUS" | "LUS"): string {
  const versions = plan.versions.map(
    (version) =>
      heading(5, t.version(version.number)) +
      facts([
        [t.createdAt, when(version.createdAt)],
        [t.signedAt, when(version.signedAt)],
        [t.filedAt, when(version.filedAt)],
        [
          t.approvals,
          version.approvals.map((approval) => escapeHtml(t.approval(approval.name, stamp(approval.approvedAt)))).join("<br>") ||
            valueText(""),
        ],
        [t.employeeComment, valueText(version.employeeComment)],
      ]) +
      content(version.content, kind),
  );
  const followUps = plan.followUps.map((followUp) => [
    day(followUp.heldOn),
    valueText(followUp.note),
    followUp.actionStates.map((state, index) => escapeHtml(`${e.action(index + 1)}: ${da.plans.followUp.states[state]}`)).join("<br>") ||
      valueText(""),
  ]);
  const meeting = plan.followUpMeeting;
  return [
    heading(4, t.heading),
    facts([[t.createdAt, when(plan.createdAt)]]),
    heading(5, t.current),
    content(plan.current, kind),
    ...versions,
    heading(5, t.followUps),
    followUps.length ? grid([t.heldOn, t.note, t.actionStates], followUps) : none(),
    heading(5, t.meeting),
    meeting ? paragraph(d.rounds.conversationAt(stamp(meeting.startsAt), meeting.durationMinutes, meeting.location)) : none(),
    heading(5, t.settlements),
    plan.settlements.length
      ? `<ul>${plan.settlements.map((s) => `<li>${escapeHtml(t.settlement(s.actionNumber, decisionText(s.decision), s.note, stamp(s.settledAt)))}</li>`).join("")}</ul>`
      : none(),
  ].join("");
}
