// Data protection: the administrator's settings (the controller and the DPO), the public privacy
// notice (GDPR art. 13) and the record of processing (art. 30). The notice and the record are built
// from these words by lib/domain/privacy/, with the retention lines from da.retention.kinds.

import { committees } from "./committees";
import { capitalisedRole } from "./roles";
import { upward } from "./upward";

const months = (count: number) => (count === 1 ? "1 måned" : `${count} måneder`);

/** "Runden er afsluttet" as the end of "… efter, at runden er afsluttet". */
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase("da-DK") + text.slice(1);

export const privacy = {
  nav: "Databeskyttelse",
  footerLink: "Sådan behandler vi dine oplysninger",
  settings: {
    title: "Databeskyttelse",
    lead: "Hvem der er dataansvarlig, og hvordan man kontakter databeskyttelsesrådgiveren. Oplysningerne står i privatlivserklæringen, som alle kan læse, og i fortegnelsen over behandlingen.",
    notSet: "Oplysningerne er ikke udfyldt endnu. Indtil da nævner privatlivserklæringen kun kommunens navn.",
    controllerLegend: "Den dataansvarlige",
    controllerName: "Kommunens juridiske navn",
    controllerNameHint: "F.eks. Nordby Kommune.",
    controllerAddress: "Kommunens adresse",
    controllerAddressHint: "Postadressen, f.eks. Rådhustorvet 1, 1234 Nordby.",
    dpoLegend: "Databeskyttelsesrådgiveren",
    dpoName: "Navn",
    dpoEmail: "E-mail",
    dpoPhone: "Telefon",
    policyUrl: "Link til kommunens generelle privatlivspolitik (valgfrit)",
    policyUrlHint: "En adresse, der begynder med https://. Lad feltet stå tomt, hvis kommunen ikke har en.",
    withholdLegend: "Lederens noter i indsigten",
    withholdLeaderNotes: "Tilbagehold lederens noter om en person, så længe personens runde ikke er afsluttet",
    withholdLeaderNotesHint:
      "Gælder, når en person henter alt, appen har om sig, og når en administrator henter det for personen. Noter fra afsluttede runder er altid med. Personen får at vide, at noterne er tilbageholdt, og hvorfor.",
    withholdReason: "Begrundelse, som personen får at se",
    withholdReasonHint:
      "Står i personens download ved hver runde, hvor noterne er tilbageholdt, og i privatlivserklæringen. Højst 1.000 tegn.",
    // Filled in when the box is ticked and no reason is written yet; the administrator may change it.
    withholdReasonSuggestion:
      "Lederens noter er lederens interne arbejdsnoter til en samtale, der ikke er afsluttet endnu. Efter reglerne om interne arbejdsdokumenter i forvaltningsloven og offentlighedsloven kan de undtages fra indsigt, så længe runden er i gang. Når runden er afsluttet, er noterne med, når du henter dine oplysninger.",
    save: "Gem oplysningerne",
    saving: "Gemmer …",
    saved: "Oplysningerne er gemt. Privatlivserklæringen viser dem nu.",
    errors: {
      phone: "Skriv et telefonnummer med cifre, f.eks. +45 12 34 56 78.",
      url: "Skriv en adresse, der begynder med https://, f.eks. https://www.nordby.dk/privatliv.",
      withholdReason: "Skriv den begrundelse, personen får at se, når lederens noter tilbageholdes.",
    },
    noticeLink: "Se privatlivserklæringen",
    recordHeading: "Fortegnelse over behandlingen",
    recordLead:
      "Appens del af kommunens fortegnelse efter databeskyttelsesforordningens artikel 30: formål, oplysninger, modtagere, slettefrister og sikkerhed. En HTML-fil, der kan åbnes i en browser, printes eller sendes til databeskyttelsesrådgiveren.",
    recordDownload: "Hent fortegnelsen som HTML-fil",
  },
  // Shared by the notice and the record.
  facts: {
    name: "Navn",
    address: "Adresse",
    email: "E-mail",
    phone: "Telefon",
    missing: "Ikke oplyst endnu",
  },
  purposes: (body: string) => [
    "Forberedelse: deltageren (i MUS en medarbejder, i LUS en leder) udfylder et forberedelsesskema til sin medarbejderudviklingssamtale (MUS) eller lederudviklingssamtale (LUS), og den, der holder samtalen (lederen, i LUS leders leder), forbereder sig.",
    "Samtalen og planen: de to skriver kompetenceudviklingsplanen (i LUS kompetenceudviklingsarket) sammen og underskriver den begge.",
    "Opfølgning: de følger op på planen ved mini-MUS og statussamtaler, og HR journaliserer den underskrevne plan i personalemappen.",
    `Enhedens overblik: lederen og ${body} får samlede, anonyme tal for enheden, som aldrig viser den enkeltes svar.`,
    "Driften af samtalerne: e-mails om runden og samtalerne, login og en log over, hvem der har set og ændret hvad.",
    upward.privacy.purpose,
  ],
  retention: {
    columns: { kind: "Oplysninger", period: "Slettes", reason: "Hvorfor" },
    caption: "Slettefrister efter kommunens regler",
    period: (count: number, from: string) => `${months(count)} efter, at ${lowerFirst(from)}`,
  },
  notice: {
    title: "Sådan behandler vi dine oplysninger",
    lead: (controller: string) =>
      `Privatlivserklæring for MUS og LUS, appen til medarbejder- og lederudviklingssamtaler i ${controller}. Her står, hvilke oplysninger om dig appen behandler, hvorfor, hvem der ser dem, hvor længe de gemmes, og hvilke rettigheder du har (databeskyttelsesforordningens artikel 13).`,
    controller: {
      heading: "Hvem er ansvarlig for dine oplysninger",
      text: (controller: string) => `${controller} er dataansvarlig for de oplysninger, der behandles i MUS og LUS.`,
      notSet:
        "Kommunen har endnu ikke skrevet sin adresse og sin databeskyttelsesrådgiver her. Spørg HR eller administratoren af MUS og LUS, hvem du kan kontakte.",
    },
    dpo: {
      heading: "Databeskyttelsesrådgiveren",
      text: "Du kan kontakte kommunens databeskyttelsesrådgiver om alt, der handler om dine oplysninger og dine rettigheder:",
    },
    purposes: {
      heading: "Hvad bruger vi oplysningerne til",
      text: "Appen bruges til de årlige udviklingssamtaler og til intet andet:",
    },
    legalBasis: {
      heading: "Grundlaget for behandlingen",
      text: "Kommunen behandler oplysningerne for at varetage sine opgaver som arbejdsgiver, herunder at udvikle medarbejdernes og ledernes kompetencer og følge op på det aftalte. Det sker efter databeskyttelsesforordningens artikel 6, stk. 1, litra e (opgaver i samfundets interesse og offentlig myndighed) og, hvor kommunen har pligt til at gemme oplysningerne, litra c (retlig forpligtelse), inden for arbejdsgiverens ledelsesret og kommunens aftaler om MUS.",
      ask: "Vil du vide mere om grundlaget for en bestemt del af behandlingen, så spørg databeskyttelsesrådgiveren.",
    },
    access: {
      heading: "Hvem ser hvad",
      items: (body: string) => [
        "Dit forberedelsesskema er dit, indtil du deler det med din leder. Når du har delt det, ser du og din leder det.",
        "Du og din leder ser jeres kompetenceudviklingsplan (i LUS kompetenceudviklingsarket) og opfølgningen på den.",
        "HR journaliserer den underskrevne plan i din personalemappe.",
        `${capitalisedRole(body)} ser kun samlede, anonyme tal for enheden, aldrig den enkeltes svar.`,
        upward.privacy.access,
        "Administratorer vedligeholder organisationen: personer, enheder, roller og opbevaringsregler.",
        "Al læsning og ændring af dine oplysninger logges: hvem, hvornår og hvorfor. Du kan selv se loggen under Mine data.",
      ],
    },
    retention: {
      heading: "Hvor længe gemmer vi oplysningerne",
      text: "Appen sletter oplysningerne af sig selv efter kommunens regler:",
      hold: "Er en sag eller en klage i gang, kan sletningen af dine oplysninger sættes i bero, indtil sagen er afsluttet. Den plan, HR har journaliseret i personalemappen, gemmes der efter kommunens regler for personalesager.",
    },
    rights: {
      heading: "Dine rettigheder",
      access: {
        heading: "Indsigt",
        text: "Du har ret til at se de oplysninger, appen har om dig, og hvem der har set dem. Under Mine data kan du se loggen og hente det hele:",
        withheld:
          "Kommunen har valgt, at lederens noter om dig ikke er med, når du henter dine oplysninger, så længe runden ikke er afsluttet. Downloadet siger, hvor mange noter der er tilbageholdt i hver runde. Når runden er afsluttet, er noterne med. Kommunens begrundelse:",
      },
      rectification: {
        heading: "Berigtigelse",
        text: "Er en oplysning om dig forkert, har du ret til at få den rettet. Navn, e-mail og stilling retter HR eller administratoren.",
        signedPlan:
          "En underskrevet plan ændres ikke bagefter. Er der noget forkert i den, skriver du en bemærkning til planen, og du og din leder retter den i en ny udgave, som I begge underskriver.",
      },
      erasure: {
        heading: "Sletning og begrænsning",
        text: "Du kan bede om at få oplysninger slettet før tid, eller om at brugen af dem begrænses. Spørg administratoren af MUS og LUS eller HR. Nogle oplysninger har kommunen pligt til at gemme, og er en sag eller en klage i gang, kan sletningen være sat i bero. Er brugen begrænset, bliver dine oplysninger gemt (de slettes heller ikke efter de almindelige frister) og kan læses af dem, der i forvejen må se dem. Men dit forberedelsesskema, lederens noter om dig og jeres plan kan ikke ændres, deles eller underskrives, der bookes ingen samtaler, og du kommer ikke med i nye runder og får ingen invitationer eller påmindelser, før begrænsningen er ophævet.",
      },
      objection: {
        heading: "Indsigelse",
        text: "Du kan gøre indsigelse mod behandlingen af dine oplysninger. Kontakt databeskyttelsesrådgiveren.",
      },
      complaint: {
        heading: "Klage",
        text: "Er du utilfreds med, hvordan dine oplysninger behandles, kan du klage til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby.",
        link: "Datatilsynets hjemmeside",
      },
    },
    policy: {
      heading: "Kommunens privatlivspolitik",
      link: "Læs kommunens generelle privatlivspolitik",
    },
  },
  record: {
    title: "Fortegnelse over behandling af personoplysninger – MUS og LUS",
    lead: (controller: string, when: string) =>
      `Appens del af ${controller}s fortegnelse efter databeskyttelsesforordningens artikel 30, stk. 1. Dannet ${when} ud fra appens indstillinger og opbevaringsregler.`,
    controller: "Dataansvarlig",
    dpo: "Databeskyttelsesrådgiver",
    purposes: "Formål med behandlingen",
    subjects: {
      heading: "Kategorier af registrerede",
      items: (body: string) => [
        "Medarbejdere, der deltager i medarbejderudviklingssamtaler (MUS).",
        "Ledere, der holder samtaler med deres medarbejdere og selv deltager i lederudviklingssamtaler (LUS).",
        `HR-medarbejdere, ${committees.genitive(body)} medlemmer og administratorer, som brugere af appen.`,
      ],
    },
    data: {
      heading: "Kategorier af personoplysninger",
      items: [
        "Identitet og ansættelse: navn, medarbejdernummer, e-mailadresse (hvis personen har en), stilling, enhed, nærmeste leder og roller i appen.",
        "Forberedelsesskemaer: svar på rundens spørgsmål og de fire selvvurderinger (tal).",
        "Lederens noter til samtalen.",
        "Kompetenceudviklingsplaner med udgaver, godkendelser, bemærkninger og journalisering.",
        "Opfølgning: noter fra opfølgningen og aftalte mini-MUS.",
        "Samtalernes tidspunkt og sted.",
        "E-mails, som appen har sendt.",
        "Adgangslog (revisionslog) over læsning og ændring af personoplysninger, og logins (sessioner).",
      ],
      sensitive:
        "Appen beder ikke om følsomme oplysninger (artikel 9) eller oplysninger om strafbare forhold (artikel 10). Skriver nogen dem alligevel i et fritekstfelt, behandles de som resten af teksten.",
    },
    recipients: {
      heading: "Modtagere",
      items: (body: string) => [
        "Den, der holder samtalen (i MUS den nærmeste leder, i LUS leders leder): deltagerens forberedelsesskema, når det er delt, og planen.",
        "HR: den underskrevne plan til journalisering i personalemappen.",
        `${capitalisedRole(body)}: kun samlede, anonyme tal for enheden.`,
        "Administratorer af appen: organisationen (personer, enheder, roller), adgangsloggen og opbevaringsreglerne.",
      ],
      transfers:
        "Appen sender ingen oplysninger til andre end kommunens egne brugere; e-mails går gennem kommunens mailserver. Hvor server og database står, fremgår af kommunens aftaler om driften. Appen overfører ikke selv oplysninger til lande uden for EU/EØS.",
    },
    retention: "Slettefrister",
    security: {
      heading: "Tekniske og organisatoriske sikkerhedsforanstaltninger",
      items: [
        "Login med et engangslink på e-mail (gyldigt i 15 minutter) eller med kommunens eget login (OIDC).",
        "Sessioner gemmes på serveren; cookien peger kun på dem. En session slutter ved log ud, efter 30 minutters inaktivitet, senest efter 12 timer, og når personen deaktiveres.",
        "Én adgangspolitik afgør, hvem der må se og gøre hvad; alt andet afvises, og afviste forsøg logges.",
        "Revisionslog over al læsning og ændring af personoplysninger, skrevet i samme transaktion som ændringen. Databasen afviser, at loggen ændres eller slettes, bortset fra at hele, forseglede afsnit ældre end logperioden (mindst et år) slettes af databasens egen funktion. Loggen forsegles løbende med en hashkæde (SHA-256), så en ændring bag om appen kan opdages.",
        "Databaseroller: appen forbinder sig som en rolle, der ikke ejer tabellerne og ikke kan ændre eller slette i revisionsloggen; kun opdateringer af databasen kører som ejeren.",
        "Krypteret forbindelse (TLS) mellem browser og server (https), og til databasen og mailserveren, når kommunen kræver det i opsætningen.",
        "Automatisk sletning efter slettefristerne ovenfor, med en slettelog, der viser antal, ikke indhold. Sletning i bero (legal hold) på en person eller en runde, og begrænset behandling (artikel 18), standser sletningen af det, de dækker.",
        "Kladder, der endnu ikke er gemt, ligger i browseren under personens eget navn og fjernes ved log ud.",
      ],
    },
    fileName: (controller: string) => `fortegnelse-mus-og-lus-${controller}.html`,
  },
};
