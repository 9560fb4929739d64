import { da } from "@/lib/i18n/da";
import { formatDate } from "@/lib/i18n/format";

// The leaflet's content as plain sections, a pure function of the round's facts: the page and the
// PDF render the same thing, and a test can read it without either.

export type LeafletInput = {
  municipality: string;
  kind: "MUS" | "LUS";
  title: string;
  leaderName: string;
  focus: string;
  coreTask: string;
  developmentGoals: string[];
  kickoffDate: Date;
  conversationsFrom: Date;
  conversationsTo: Date;
  wrapUpDate: Date;
  followUpDate: Date;
  themes: string[];
  /** The municipality's help contact, when one is set (Administration). */
  help?: { name: string; title: string; email: string; phone: string } | null;
};

export type LeafletSection = { heading: string; lead?: string; items: string[]; numbered?: boolean };

export type LeafletContent = {
  title: string;
  municipality: string;
  roundTitle: string;
  intro: string;
  facts: { label: string; value: string }[];
  sections: LeafletSection[];
};

export function leafletContent(input: LeafletInput): LeafletContent {
  const t = da.guidance.leaflet;
  const f = t.facts;
  const facts = [
    { label: f.round, value: input.title },
    { label: f.leader, value: input.leaderName },
    { label: f.kickoff, value: formatDate(input.kickoffDate) },
    { label: f.conversations, value: t.period(formatDate(input.conversationsFrom), formatDate(input.conversationsTo)) },
    { label: f.wrapUp, value: formatDate(input.wrapUpDate) },
    { label: f.followUp, value: formatDate(input.followUpDate) },
    ...(input.focus.trim() ? [{ label: f.focus, value: input.focus.trim() }] : []),
  ];
  const goals = input.developmentGoals.map((goal) => goal.trim()).filter(Boolean);
  const frame = [
    ...(input.coreTask.trim() ? [`${t.coreTask}: ${input.coreTask.trim()}`] : []),
    ...(goals.length > 0 ? [`${t.goals}: ${da.common.andList(goals)}`] : []),
  ];
  const sections: LeafletSection[] = [
    { heading: t.stepsHeading, items: [...t.steps], numbered: true },
    ...(input.themes.length > 0 || frame.length > 0
      ? [{ heading: t.themesHeading, lead: input.themes.length > 0 ? t.themesLead : undefined, items: [...input.themes, ...frame] }]
      : []),
    { heading: t.prepareHeading, items: t.prepare(input.kind) },
    { heading: t.conversationHeading, items: t.conversation(input.kind) },
    { heading: t.privacyHeading, items: t.privacy(input.kind) },
    { heading: da.guidance.conversation.notPartHeading, items: [da.guidance.conversation.notPart(input.kind)] },
    ...(input.help
      ? [
          {
            heading: t.helpHeading,
            items: [
              da.guidance.helpContact.lead(input.help.name, input.help.title),
              ...(input.help.email ? [da.guidance.helpContact.emailLabel(input.help.email)] : []),
              ...(input.help.phone ? [da.guidance.helpContact.phoneLabel(input.help.phone)] : []),
            ],
          },
        ]
      : []),
  ];
  return {
    title: t.pageTitle(input.kind),
    municipality: input.municipality,
    roundTitle: input.title,
    intro: t.intro(input.kind, input.municipality),
    facts,
    sections,
  };
}
