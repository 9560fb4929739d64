import type { RetentionPolicy } from "@/lib/domain/retention/kinds";
import { da } from "@/lib/i18n/da";
import type { PrivacySettingsValues } from "./schema";
import type { Block, Fact } from "./sections";

// What the notice and the record are made from, and the parts they share: the controller and DPO
// as contact facts, the purposes, and the retention lines as the job applies them.

export type PrivacyFacts = {
  municipalityName: string;
  /** The municipality's name for its cooperation body, as the purposes and the record name it. */
  cooperationBody: string;
  /** null until an administrator has filled the settings in. */
  settings: PrivacySettingsValues | null;
  retention: RetentionPolicy;
};

const f = da.privacy.facts;

export const controllerName = ({ municipalityName, settings }: PrivacyFacts) => settings?.controllerName ?? municipalityName;

export function controllerFacts({ municipalityName, settings }: PrivacyFacts): Fact[] {
  return [
    { label: f.name, value: settings?.controllerName ?? municipalityName },
    { label: f.address, value: settings?.controllerAddress ?? f.missing },
  ];
}

export function dpoFacts({ settings }: PrivacyFacts): Fact[] {
  if (!settings)
    return [
      { label: f.name, value: f.missing },
      { label: f.email, value: f.missing },
      { label: f.phone, value: f.missing },
    ];
  return [
    { label: f.name, value: settings.dpoName },
    { label: f.email, value: settings.dpoEmail, href: `mailto:${settings.dpoEmail}` },
    { label: f.phone, value: settings.dpoPhone, href: `tel:${settings.dpoPhone.replace(/[^\d+]/g, "")}` },
  ];
}

export const purposesList = ({ cooperationBody }: PrivacyFacts): Block => ({ kind: "list", items: da.privacy.purposes(cooperationBody) });

/** One row per kind the retention job deletes, with the municipality's period: what the job does. */
export function retentionTable({ retention }: PrivacyFacts): Block {
  const t = da.privacy.retention;
  return {
    kind: "table",
    caption: t.caption,
    headings: [t.columns.kind, t.columns.period, t.columns.reason],
    rows: retention.map(({ kind, months }) => {
      const wording = da.retention.kinds[kind];
      return [wording.name, t.period(months, wording.from), wording.reason];
    }),
  };
}
