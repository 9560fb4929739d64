import { da } from "@/lib/i18n/da";
import { day, escapeHtml, facts, grid, heading, none, paragraph, stamp, valueText, when } from "./html-parts";
import { planHtml } from "./html-plan";
import type { DocumentField, ParticipationData, PersonalData } from "./shape";

// indhold.html: the person's data as one self-contained, accessible Danish document (lang="da",
// headings in order, tables with headers). No script and nothing fetched: its own small style only.

const d = da.personalData.document;

const style = `body{font-family:system-ui,sans-serif;line-height:1.5;color:#111;max-width:60rem;margin:2rem auto;padding:0 1rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top;white-space:pre-wrap}
th{background:#eee}caption{text-align:left;font-weight:600}section{margin-top:2rem}`;

function fieldTable(fields: DocumentField[]): string {
  return fields.length
    ? grid(
        [d.sheet.field, d.sheet.value],
        fields.map((field) => [escapeHtml(field.label), valueText(field.value)]),
      )
    : none();
}

function personHtml({ person }: PersonalData): string {
  const roles = person.roles.map((role) => da.admin.roles[role]).join(", ");
  return facts([
    [d.person.name, valueText(person.name)],
    [d.person.email, valueText(person.email)],
    [d.person.employeeNumber, valueText(person.employeeNumber)],
    [d.person.jobTitle, valueText(person.jobTitle)],
    [d.person.unit, valueText(person.unit)],
    [d.person.manager, valueText(person.manager ? da.common.personWithEmail(person.manager.name, person.manager.email) : null)],
    [d.person.roles, valueText(roles)],
    [d.person.status, escapeHtml(person.active ? d.person.active : d.person.deactivated(stamp(person.deactivatedAt, "")))],
    [d.person.createdAt, when(person.createdAt)],
    [da.employment.export.type, valueText(person.employmentType ? da.employment.types[person.employmentType] : null)],
    [da.employment.export.start, person.employmentStart ? day(person.employmentStart) : valueText(null)],
    [da.employment.export.birthYear, valueText(person.birthYear)],
    [da.employment.export.senior, valueText(person.senior === null ? null : person.senior ? d.yes : d.no)],
  ]);
}

function leaderNoteHtml({ leaderNote, leaderNoteWithheld }: ParticipationData): string {
  if (leaderNoteWithheld)
    return paragraph(d.leaderNote.withheld(leaderNoteWithheld.notes)) + paragraph(d.leaderNote.reason(leaderNoteWithheld.reason));
  return leaderNote
    ? paragraph(d.leaderNote.lead) + facts([[d.sheet.updatedAt, when(leaderNote.updatedAt)]]) + fieldTable(leaderNote.fields)
    : none();
}

function participationHtml(participation: ParticipationData): string {
  const { round, conversation, sheet, paperSheet, plan } = participation;
  const booked = conversation
    ? d.rounds.conversationAt(stamp(conversation.startsAt), conversation.durationMinutes, conversation.location)
    : d.rounds.notBooked;
  return [
    `<section>${heading(3, round.title)}`,
    facts([
      [d.rounds.year, escapeHtml(String(round.year))],
      [d.rounds.kind, escapeHtml(round.kind)],
      [d.rounds.state, valueText(da.rounds.phases.names[round.state as keyof typeof da.rounds.phases.names] ?? round.state)],
      [d.rounds.leader, valueText(da.common.personWithEmail(round.leader.name, round.leader.email))],
      [d.rounds.conversation, escapeHtml(booked)],
    ]),
    heading(4, d.sheet.heading),
    sheet
      ? facts([
          [d.sheet.state, escapeHtml(d.sheet.states[sheet.state])],
          [d.sheet.submittedAt, when(sheet.submittedAt)],
          [d.sheet.updatedAt, when(sheet.updatedAt)],
          ...(sheet.registeredBy ? ([[d.sheet.registeredBy, valueText(sheet.registeredBy)]] as [string, string][]) : []),
        ]) + fieldTable(sheet.fields)
      : none(),
    paperSheet
      ? heading(4, d.sheet.paperHeading) +
        facts([
          [d.sheet.registeredBy, valueText(paperSheet.registeredBy)],
          [d.sheet.updatedAt, when(paperSheet.updatedAt)],
        ]) +
        fieldTable(paperSheet.fields)
      : "",
    heading(4, d.leaderNote.heading),
    leaderNoteHtml(participation),
    plan ? planHtml(plan, round.kind) : "",
    "</section>",
  ].join("");
}

function mailsHtml({ mails }: PersonalData): string {
  const m = d.mails;
  return mails.length
    ? grid(
        [m.createdAt, m.sentAt, m.subject, m.text],
        mails.map((mail) => [when(mail.createdAt), when(mail.sentAt, m.notSent), valueText(mail.subject), valueText(mail.text)]),
      )
    : none();
}

function accessLogHtml({ accessLog }: PersonalData): string {
  const c = da.audit.myData.columns;
  const who = (entry: PersonalData["accessLog"][number]) =>
    entry.actor
      ? entry.actor.self
        ? da.audit.myData.you
        : da.common.personWithEmail(entry.actor.name, entry.actor.email)
      : da.admin.log.system;
  return accessLog.length
    ? grid(
        [c.at, c.actor, c.action, c.purpose],
        accessLog.map((entry) => [when(entry.at), valueText(who(entry)), valueText(entry.actionText), valueText(entry.purposeText)]),
      )
    : none();
}

function unionRepCommentsHtml({ unionRepComments }: PersonalData): string {
  const c = d.unionRepComments;
  return grid(
    [c.round, c.section, c.createdAt, c.text],
    unionRepComments.map((comment) => [
      valueText(comment.round),
      valueText(c.sections[comment.section]),
      when(comment.createdAt),
      valueText(comment.text),
    ]),
  );
}

function upwardAnsweredHtml({ upwardAnswered }: PersonalData): string {
  const u = da.upward.personalData;
  return (
    paragraph(u.lead) +
    grid(
      [u.round, u.leader],
      upwardAnswered.map((row) => [valueText(row.round), valueText(row.leader)]),
    )
  );
}

const section = (title: string, body: string) => `<section>${heading(2, title)}${body}</section>`;

export function personalDataHtml(data: PersonalData): string {
  const title = d.title(data.person.name);
  return [
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(title)}</title><style>${style}</style></head><body><main>`,
    `<h1>${escapeHtml(title)}</h1>`,
    paragraph(d.lead(data.person.municipality, stamp(data.generatedAt))),
    section(d.person.heading, personHtml(data)),
    section(d.rounds.heading, data.participations.length ? data.participations.map(participationHtml).join("") : none()),
    data.unionRepComments.length ? section(d.unionRepComments.heading, unionRepCommentsHtml(data)) : "",
    data.upwardAnswered.length ? section(da.upward.personalData.heading, upwardAnsweredHtml(data)) : "",
    section(d.mails.heading, mailsHtml(data)),
    section(d.accessLog.heading, accessLogHtml(data)),
    `</main></body></html>\n`,
  ].join("");
}
