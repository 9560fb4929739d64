import { admin } from "./da/admin";
import { audit } from "./da/audit";
import { auth } from "./da/auth";
import { committeeImport } from "./da/committee-import";
import { committees } from "./da/committees";
import { common } from "./da/common";
import { erasure } from "./da/erasure";
import { employment } from "./da/employment";
import { errors } from "./da/errors";
import { guidance } from "./da/guidance";
import { handover } from "./da/handover";
import { mail } from "./da/mail";
import { managerChange } from "./da/manager-change";
import { meetings } from "./da/meetings";
import { nextSteps } from "./da/next-steps";
import { guidanceSettings } from "./da/guidance-settings";
import { organisationOverview } from "./da/organisation-overview";
import { paper } from "./da/paper";
import { peopleImport } from "./da/people-import";
import { personalData } from "./da/personal-data";
import { restriction } from "./da/restriction";
import { retention } from "./da/retention";
import { plans } from "./da/plans";
import { privacy } from "./da/privacy";
import { capitalisedRole, roles } from "./da/roles";
import { rounds } from "./da/rounds";
import { sheets } from "./da/sheets";
import { unionRep } from "./da/union-rep";
import { upward } from "./da/upward";
import { wrapUp } from "./da/wrap-up";

// Every word the app shows, in Danish, in one place (split into files by screen, joined here).
// Components import from here and never write user-visible text of their own
// (ESLint's react/jsx-no-literals enforces it).

export const da = {
  admin,
  audit,
  auth,
  committeeImport,
  committees,
  common,
  employment,
  erasure,
  errors,
  guidance,
  handover,
  mail,
  managerChange,
  meetings,
  nextSteps,
  guidanceSettings,
  organisationOverview,
  paper,
  peopleImport,
  personalData,
  plans,
  privacy,
  restriction,
  retention,
  roles,
  rounds,
  sheets,
  unionRep,
  upward,
  wrapUp,
  app: {
    name: "MUS og LUS",
    description: "Medarbejder- og lederudviklingssamtaler fra forberedelse til opfølgning.",
    skipToContent: "Gå til indhold",
    // Who sees what, as the privacy notice says it (HR files signed plans); the notice is linked beside it.
    footer: (body: string) =>
      `Dit forberedelsesskema ser kun du, til du deler det med din leder. Planen ser du og din leder; HR journaliserer den underskrevne plan i din personalemappe. ${capitalisedRole(body)} ser kun samlede, anonyme tal.`,
    footerNav: "Om appen",
  },
  home: {
    title: "Udviklingssamtaler, der fører til noget",
    lead: "Her planlægger lederen årets runde, du forbereder dig, og under samtalen skriver I jeres kompetenceudviklingsplan sammen (i LUS hedder den kompetenceudviklingsarket).",
    noOrganisation: "Der er endnu ikke oprettet en organisation. En administrator kan importere enheder og medarbejdere.",
    organisationSummary: (units: number, people: number) =>
      `${units} ${units === 1 ? "enhed" : "enheder"} og ${people} ${people === 1 ? "ansat" : "ansatte"}`,
    stepsHeading: "Sådan forløber en runde",
    steps: [
      {
        title: "Fælles opstartsmøde",
        text: "Lederen planlægger runden, fortæller om kerneopgaven og de aktuelle udviklingsmål, og gruppen vælger temaer og spørgsmål.",
      },
      {
        title: "Forberedelse og samtale",
        text: "Du udfylder dit forberedelsesskema. Under samtalen skriver I kompetenceudviklingsplanen (i LUS kompetenceudviklingsarket) sammen og underskriver den begge.",
      },
      {
        title: "Fælles opsamling",
        text: "Lederen får et overblik, der aldrig viser den enkeltes svar, og enheden aftaler en fælles handleplan.",
      },
      {
        title: "Opfølgning",
        text: "I følger op på planen ved mini-MUS og statussamtaler, og HR journaliserer den underskrevne plan.",
      },
    ],
  },
} as const;
