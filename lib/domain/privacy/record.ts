import { da } from "@/lib/i18n/da";
import { controllerFacts, dpoFacts, purposesList, retentionTable, type PrivacyFacts } from "./facts";
import type { Section } from "./sections";

// The app's part of the record of processing (GDPR art. 30(1)) as sections: the same controller,
// purposes and retention lines as the notice, with what the record adds (categories, recipients,
// security). The security lines say what the README's "Sign-in and access" and "Database roles" hold.

const t = da.privacy.record;

export function processingRecord(facts: PrivacyFacts): Section[] {
  return [
    { id: "dataansvarlig", heading: t.controller, blocks: [{ kind: "facts", facts: controllerFacts(facts) }] },
    { id: "databeskyttelsesraadgiver", heading: t.dpo, blocks: [{ kind: "facts", facts: dpoFacts(facts) }] },
    { id: "formaal", heading: t.purposes, blocks: [purposesList(facts)] },
    { id: "registrerede", heading: t.subjects.heading, blocks: [{ kind: "list", items: t.subjects.items(facts.cooperationBody) }] },
    {
      id: "oplysninger",
      heading: t.data.heading,
      blocks: [
        { kind: "list", items: [...t.data.items, da.employment.privacy.recordItem] },
        { kind: "paragraph", text: t.data.sensitive },
      ],
    },
    {
      id: "modtagere",
      heading: t.recipients.heading,
      blocks: [
        { kind: "list", items: [...t.recipients.items(facts.cooperationBody), da.employment.privacy.recipientItem] },
        { kind: "paragraph", text: t.recipients.transfers },
      ],
    },
    { id: "slettefrister", heading: t.retention, blocks: [retentionTable(facts)] },
    { id: "sikkerhed", heading: t.security.heading, blocks: [{ kind: "list", items: [...t.security.items] }] },
  ];
}
