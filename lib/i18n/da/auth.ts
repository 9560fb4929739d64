import { common } from "./common";

export const auth = {
  signIn: {
    title: "Log ind",
    lead: "Log ind med din arbejdsmail eller med kommunens login.",
    oidcButton: (name: string) => `Log ind med ${name}`,
    emailHeading: "Få et login-link på e-mail",
    emailLabel: "Din e-mailadresse på arbejdet",
    emailHint: "Vi sender et link, som du logger ind med. Det virker i 15 minutter og kun én gang.",
    emailButton: "Send mig et login-link",
    emailSending: "Sender …",
    or: "eller",
    demoHeading: "Prøv som en af demo-personerne",
    demoLead:
      "Demo-tilstand: du kan logge ind som enhver i demo-kommunen med ét klik. Det er slået fra, når appen kører på kommunens egen database.",
    /** `roles`: all of the person's roles when there is more than one (each person is listed once). */
    demoButton: (name: string, jobTitle: string | null, unit: string | null, roles: string[] = []) =>
      `Log ind som ${name}${jobTitle ? ` · ${jobTitle}` : ""}${unit ? `, ${unit}` : ""}${roles.length > 0 ? ` · ${common.andList(roles)}` : ""}`,
    demoGroups: {
      ADMINISTRATOR: "Administrator",
      HR: "HR",
      COMMITTEE_MEMBER: "MED-repræsentant",
      LEADERS_LEADER: "Leders leder",
      LEADER: "Leder",
      EMPLOYEE: "Medarbejder",
    },
    /** What a demo person will find, from what the demo database holds (loadDemoDirectory). */
    demoShows: {
      leads: (rounds: string[]) => `Leder med ${common.andList(rounds)}`,
      takesPart: (rounds: string[]) => `Deltager i ${common.andList(rounds)}`,
      round: (
        kind: "MUS" | "LUS",
        state: "PLANNING" | "PREPARATION" | "CONVERSATIONS" | "WRAP_UP" | "FOLLOW_UP" | "CLOSED",
        year: number,
      ) =>
        state === "CLOSED"
          ? `en afsluttet ${kind}-runde fra ${year}`
          : `en ${kind}-runde ${{ PLANNING: "i planlægningsfasen", PREPARATION: "i forberedelsesfasen", CONVERSATIONS: "i samtalefasen", WRAP_UP: "i den fælles opsamling", FOLLOW_UP: "i opfølgningsfasen" }[state]}`,
      sheetShared: "skemaet er delt",
      planSigned: "planen er underskrevet",
      planStarted: "planen er påbegyndt",
      waitingForHr: (count: number) =>
        count === 1 ? "1 underskreven plan venter på journalisering" : `${count} underskrevne planer venter på journalisering`,
    },
    /** The same roles inside a sentence. */
    demoRoles: {
      ADMINISTRATOR: "administrator",
      HR: "HR",
      COMMITTEE_MEMBER: "MED-repræsentant",
      LEADERS_LEADER: "leders leder",
      LEADER: "leder",
      EMPLOYEE: "medarbejder",
    },
  },
  checkMail: {
    title: "Tjek din e-mail",
    text: "Hvis adressen tilhører en person i kommunen, har vi sendt et link til den. Linket virker i 15 minutter og kan kun bruges én gang.",
    back: "Tilbage til login",
  },
  error: {
    title: "Login lykkedes ikke",
    Verification: "Linket er udløbet eller allerede brugt. Bed om et nyt link.",
    CredentialsSignin: "Der er ingen adgang for den person.",
    AccessDenied: "Du har ikke adgang.",
    default: "Der skete en fejl under login. Prøv igen.",
    back: "Prøv igen",
  },
  noAccess: {
    title: "Du har ikke adgang til MUS og LUS",
    text: "Du er ikke oprettet som medarbejder i kommunens system, eller din adgang er lukket. Kontakt HR eller din leder, hvis du mener, det er en fejl.",
    back: "Til forsiden",
  },
  signOut: {
    title: "Log ud",
    text: "Vil du logge ud? Luk også browseren, hvis du bruger en fælles computer.",
    button: "Log ud",
    signingOut: "Logger ud …",
    unsentDrafts:
      "Der ligger ændringer på denne computer, som endnu ikke er nået frem. Åbn skemaet eller planen igen og vent, til der står »Gemt«, før du logger ud. Logger du ud nu, slettes de fra denne computer.",
    signOutAnyway: "Log ud og slet de ikke-gemte ændringer",
  },
  nav: {
    label: "Hovedmenu",
    home: "Forside",
    rounds: "Runder",
    admin: "Administration",
    filing: "Journalisering",
    myData: "Mine data",
    signIn: "Log ind",
    signOut: "Log ud",
    signedInAs: (name: string) => `Logget ind som ${name}`,
  },
} as const;
