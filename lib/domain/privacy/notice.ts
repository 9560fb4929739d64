import { da } from "@/lib/i18n/da";
import { controllerFacts, controllerName, dpoFacts, purposesList, retentionTable, type PrivacyFacts } from "./facts";
import type { Section } from "./sections";

// The privacy notice (GDPR art. 13) as sections, in Danish, from the settings and the retention
// rules: it says what the app and its retention job actually do, so it cannot drift from them.

const t = da.privacy.notice;

export function privacyNotice(facts: PrivacyFacts): Section[] {
  const r = t.rights;
  const sections: Section[] = [
    {
      id: "dataansvarlig",
      heading: t.controller.heading,
      blocks: [
        { kind: "paragraph", text: t.controller.text(controllerName(facts)) },
        { kind: "facts", facts: controllerFacts(facts) },
        ...(facts.settings ? [] : [{ kind: "paragraph" as const, text: t.controller.notSet }]),
      ],
    },
    {
      id: "databeskyttelsesraadgiver",
      heading: t.dpo.heading,
      blocks: [
        { kind: "paragraph", text: t.dpo.text },
        { kind: "facts", facts: dpoFacts(facts) },
      ],
    },
    { id: "formaal", heading: t.purposes.heading, blocks: [{ kind: "paragraph", text: t.purposes.text }, purposesList(facts)] },
    {
      id: "grundlag",
      heading: t.legalBasis.heading,
      blocks: [
        { kind: "paragraph", text: t.legalBasis.text },
        { kind: "paragraph", text: t.legalBasis.ask },
      ],
    },
    {
      id: "hvem-ser-hvad",
      heading: t.access.heading,
      blocks: [{ kind: "list", items: [...t.access.items(facts.cooperationBody), da.employment.privacy.noticeItem] }],
    },
    {
      id: "opbevaring",
      heading: t.retention.heading,
      blocks: [{ kind: "paragraph", text: t.retention.text }, retentionTable(facts), { kind: "paragraph", text: t.retention.hold }],
    },
    { id: "rettigheder", heading: r.heading, blocks: [] },
    {
      id: "indsigt",
      level: 3,
      heading: r.access.heading,
      blocks: [
        { kind: "paragraph", text: r.access.text },
        { kind: "link", text: da.personalData.download, href: "/mine-data" },
        ...(facts.settings?.withholdLeaderNotes
          ? [
              { kind: "paragraph" as const, text: r.access.withheld },
              { kind: "paragraph" as const, text: facts.settings.withholdLeaderNotesReason },
            ]
          : []),
      ],
    },
    {
      id: "berigtigelse",
      level: 3,
      heading: r.rectification.heading,
      blocks: [
        { kind: "paragraph", text: r.rectification.text },
        { kind: "paragraph", text: r.rectification.signedPlan },
      ],
    },
    { id: "sletning", level: 3, heading: r.erasure.heading, blocks: [{ kind: "paragraph", text: r.erasure.text }] },
    { id: "indsigelse", level: 3, heading: r.objection.heading, blocks: [{ kind: "paragraph", text: r.objection.text }] },
    {
      id: "klage",
      level: 3,
      heading: r.complaint.heading,
      blocks: [
        { kind: "paragraph", text: r.complaint.text },
        { kind: "link", text: r.complaint.link, href: "https://www.datatilsynet.dk" },
      ],
    },
  ];
  if (facts.settings?.policyUrl)
    sections.push({
      id: "privatlivspolitik",
      heading: t.policy.heading,
      blocks: [{ kind: "link", text: t.policy.link, href: facts.settings.policyUrl }],
    });
  return sections;
}
