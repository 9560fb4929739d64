import { describe, expect, it } from "vitest";
import { roundTemplates } from "@/lib/domain/rounds/templates";
import { da } from "@/lib/i18n/da";
import { roles, type Kind } from "@/lib/i18n/da/roles";

// The wording the seeds give (../shared/seeds/), kept under test: each wording once found wrong
// fails here if it comes back, and role words must follow the round's kind (in LUS the participant
// is a leader, the other party the leader's leader, and the plan a "kompetenceudviklingsark").

type Rendered = { path: string; text: string; roleAware: boolean };

/** Any argument a phrase asks for: an input object answers every key, with the kind where asked. */
function argumentFor(kind: Kind): unknown {
  return new Proxy(
    {},
    {
      get: (_target, key) => {
        if (key === "kind") return kind;
        if (key === Symbol.toPrimitive) return () => kind;
        if (typeof key === "symbol") return undefined;
        return "tekst";
      },
    },
  );
}

/** Every text in the dictionary, with each phrase rendered as it reads in a round of `kind`. */
function render(value: unknown, kind: Kind, path = "da"): Rendered[] {
  if (typeof value === "string") return [{ path, text: value, roleAware: false }];
  if (typeof value === "function") {
    const source = String(value);
    const roleAware = /roles\[|conversationGuide|kind/.test(source);
    // A kind in every position (a name given as "LUS" reads oddly, but never says "medarbejder").
    for (const args of [Array.from({ length: Math.max(value.length, 1) }, () => kind), [argumentFor(kind)]]) {
      try {
        return render(value(...args), kind, path).map((entry) => ({ ...entry, roleAware: entry.roleAware || roleAware }));
      } catch {
        // not this kind of arguments
      }
    }
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => render(item, kind, `${path}[${index}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => render(item, kind, `${path}.${key}`));
  return [];
}

const mus = render(da, "MUS");
const lus = render(da, "LUS");
const everything = [...mus, ...lus];

// Texts that say "medarbejder" in any round, each on purpose: the MUS kind's own name, employee
// numbers, the privacy notice's categories, leaders who lead employees, the sign-in role.
const medarbejderOnPurpose = [
  /^da\.app\.description$/,
  /^da\.home\.noOrganisation$/,
  /^da\.rounds\.[a-zA-Z.]*\.MUS$/,
  /^da\.roles\.MUS\./,
  /^da\.auth\.signIn\.demo[A-Za-z]+\.EMPLOYEE$/,
  /^da\.auth\.noAccess\.text$/,
  /^da\.privacy\./,
  /^da\.handover\.(toLeaderHint|errors\.[a-zA-Z]+)$/,
  /^da\.retention\.anonymousName$/,
  /^da\.sheets\.pdf\.subject$/,
  // Administration speaks of the organisation's people, whatever round they may later be in.
  /^da\.admin\.units\.lead$/,
  // Upward input is LUS only and is about the participating leader's own employees: they are meant.
  /^da\.upward\./,
  /^da\.peopleImport\.errors\.numberReused$/,
];

describe("the wording the seeds give", () => {
  it("says datainformeret, not databaseret", () => {
    for (const { path, text } of everything) expect(text, path).not.toMatch(/databaseret/i);
    expect(da.rounds.material.guide("MUS").join(" ")).toContain("datainformeret");
  });

  it("has the conversation guide's mutual expectation alignment, the same words as the plan editor", () => {
    const seed = "Hvilken af de fire dimensioner starter I med, og hvad er ellers vigtigt at nå omkring?";
    for (const kind of ["MUS", "LUS"] as const) {
      expect(da.rounds.material.guide(kind)[0]).toBe(`Samtalen starter med en gensidig forventningsafstemning: ${seed}`);
      expect(da.rounds.material.guideWithoutDimensions(kind)[0]).toContain(da.plans.editor.expectationsLeadWithoutDimensions);
    }
    expect(da.plans.editor.expectationsLead).toBe(seed);
    for (const { path, text } of everything) {
      expect(text, path).not.toMatch(/Hvilken dimension vil du starte|hvad er ellers vigtigt for dig\?|vigtigst for dig at nå omkring/);
    }
  });

  it("says øvebaner/prøvehandlinger where the seed's »hellere lidt, men godt« counts them", () => {
    const counted = everything.filter(({ text }) => /Hellere lidt, men godt/i.test(text) && /1–2/.test(text));
    expect(counted.length).toBeGreaterThan(2);
    for (const { path, text } of counted) expect(text, path).toContain("øvebaner/prøvehandlinger");
  });

  it("lets the pair discuss work and private life at the round-off, never makes them", () => {
    for (const { path, text } of everything) expect(text, path).not.toMatch(/rundes af med balancen|Tal om balancen/);
    expect(da.plans.guide.roundOff).toMatch(/kan I drøfte balancen mellem arbejdsliv og privatliv/);
    expect(da.rounds.material.guide("LUS").at(-1)).toBe(da.plans.guide.roundOff);
  });

  it("counts Tønder's three common themes and the two Andet rows, never five themes", () => {
    const texts = [...everything.map(({ text }) => text), ...roundTemplates.map((template) => template.description)];
    for (const text of texts) expect(text).not.toMatch(/fem (fælles )?temaer|Tønder-konceptets fem/i);
    const toender = roundTemplates.find((template) => template.id === "toender")!;
    expect(toender.description).toMatch(/tre fælles temaer/);
    expect(toender.themes.map((theme) => theme.title)).toEqual(expect.arrayContaining(["Andet fælles", "Andet individuelt"]));
  });

  it("says truthfully who sees the plan: HR files signed plans", () => {
    expect(da.app.footer("MED-udvalget")).not.toMatch(/kun du og din leder/i);
    expect(da.app.footer("MED-udvalget")).toMatch(/HR journaliserer den underskrevne plan/);
    expect(da.privacy.footerLink).toBeTruthy();
  });

  it("names the cooperation body one way and abbreviates one way", () => {
    for (const { path, text } of everything) {
      expect(text, path).not.toMatch(/samarbejdsudvalg/i);
      expect(text, path).not.toMatch(/\bfx\b/i);
      // The body's name is the municipality's setting: no text names it itself, only the default does.
      // (Administration's hints give names as examples of what to type.)
      const examples = [
        "da.committees.body",
        "da.committees.form.nameHint",
        "da.guidanceSettings.bodyHint",
        "da.guidanceSettings.errors.body",
      ];
      if (/MED-udvalget|Samarbejdsfeltet/i.test(text)) expect(examples, path).toContain(path);
    }
  });

  it("names the cooperation body by the municipality's own name, in the right case", () => {
    const body = "Samarbejdsfeltet";
    const texts = [
      da.wrapUp.meeting.lead(body),
      da.guidance.committee.lead("MUS", body),
      da.unionRep.comments.hint(2000, body),
      da.rounds.list.committee(body),
      da.rounds.kickoff.notesHint(body),
      da.rounds.material.preview(body),
      da.nextSteps.sections.committee(body),
      da.privacy.purposes(body).join(" "),
    ];
    for (const text of texts) expect(text).toContain(body);
    expect(da.guidance.committee.heading(body)).toBe("Samarbejdsfeltets fælles fokus og opgave");
    expect(da.privacy.record.subjects.items("Hovedudvalget MED").join(" ")).toContain("Hovedudvalget MEDs medlemmer");
    expect(da.committees.genitive("Lokal-MED Skovlys")).toBe("Lokal-MED Skovlys'");
  });

  it("names the LUS plan too where a text speaks to a person and knows no round", () => {
    // Fixed texts (home page, privacy notice) are read by MUS and LUS participants alike.
    const fixed = everything.filter(({ roleAware, text }) => !roleAware && /\b(jeres|I skriver)\b[^.]*kompetenceudviklingsplan/.test(text));
    expect(fixed.length).toBeGreaterThan(0);
    for (const { path, text } of fixed) expect(text, path).toMatch(/kompetenceudviklingsark/);
  });

  it("asks for dates as Danes write them", () => {
    expect(da.common.datePlaceholder).toBe("dd-mm-åååå");
    expect(da.rounds.errors.date).toMatch(/dd-mm-åååå/);
    expect(da.wrapUp.errors.date).toMatch(/dd-mm-åååå/);
    for (const { path, text } of everything) expect(text, path).not.toMatch(/åååå-mm-dd/);
  });
});

describe("role words follow the round's kind", () => {
  it("never says medarbejder in a LUS round where a leader is meant", () => {
    // A phrase built from the kind must not say it at all in LUS; a fixed text only on purpose.
    const offenders = lus
      .filter(({ text }) => /medarbejder(?!nummer)/i.test(text))
      .filter(({ path, text, roleAware }) =>
        roleAware ? !/medarbejderudvikling/i.test(text) : !medarbejderOnPurpose.some((pattern) => pattern.test(path)),
      )
      .map(({ path, text }) => `${path}: ${text}`);
    expect(offenders).toEqual([]);
  });

  it("says the LUS words in the places the issue names", () => {
    const leader = roles.LUS;
    expect(da.plans.editor.motivated("LUS")).toBe("Har lederen lyst til og motivation for faglig udvikling?");
    expect(da.plans.pdf.commentHeading("LUS")).toBe("Lederens bemærkning");
    expect(da.sheets.leader.noteLabel("LUS")).toContain("din oplevelse af lederen");
    expect(da.wrapUp.meeting.feedbackHeading("MUS")).toBe("Samlet tilbagemelding til medarbejderne");
    expect(da.wrapUp.meeting.feedbackHeading("LUS")).toBe("Samlet tilbagemelding til lederteamet");
    expect(da.wrapUp.meeting.note("LUS")).toBe("Bemærkning til lederen");
    expect(da.wrapUp.followUp.person("LUS")).toBe("Leder");
    expect(da.wrapUp.meeting.feedbackForReaders("LUS")).toBe("Leders leders samlede tilbagemelding");
    expect(da.plans.pdf.employee("LUS")).toBe("Leder");
    expect(da.plans.pdf.leader("LUS")).toBe("Leders leder");
    expect(da.plans.hr.unfiledColumns.person).not.toMatch(/medarbejder/i);
    expect(leader.plan).toBe("kompetenceudviklingsark");
  });

  it("calls the plan a kompetenceudviklingsark in LUS, a kompetenceudviklingsplan in MUS", () => {
    const planTexts = (kind: Kind) => [
      da.plans.page.title("Åse", kind),
      da.plans.page.openOwn(kind),
      da.plans.pdf.heading(kind),
      da.plans.pdf.title("Åse", "LUS 2027", 1, kind),
      da.plans.mail.dueSubject(kind),
      da.paper.plan.title("LUS 2027", kind),
      da.paper.links.plan(kind),
      da.paper.letters.yours(kind),
      da.nextSteps.approvePlan.text("Bo", kind),
      da.wrapUp.followUp.carriedNote(kind),
      da.rounds.material.guide(kind)[3],
    ];
    for (const text of planTexts("LUS")) {
      expect(text).toMatch(/kompetenceudviklingsark/i);
      expect(text).not.toMatch(/kompetenceudviklingsplan/i);
    }
    for (const text of planTexts("MUS")) expect(text).toMatch(/kompetenceudviklingsplan/i);
    expect(da.paper.letters.yours("LUS")).toContain("et kompetenceudviklingsark");
    expect(da.paper.links.plan("LUS")).toMatch(/^Tomt kompetenceudviklingsark/);
  });
});
