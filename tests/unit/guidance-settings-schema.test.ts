import { describe, expect, it } from "vitest";
import { guidanceSettingsSchema } from "@/lib/domain/organisation/guidance-settings-schema";
import { da } from "@/lib/i18n/da";

// What Administration may store as the cooperation body's name and the policy links every
// leader's checklist shows: the same schema the form and the server action use.

const e = da.guidanceSettings.errors;
const parse = (input: unknown) => guidanceSettingsSchema.safeParse(input);
const messages = (input: unknown) => {
  const result = parse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("the guidance settings", () => {
  it("keeps a name and links, trimmed, and drops rows left empty", () => {
    const result = parse({
      cooperationBody: "  Samarbejdsfeltet ",
      policyLinks: [
        { title: " Trivselspolitik ", url: "https://intra.vesteraa.dk/trivsel" },
        { title: "", url: "" },
      ],
    });
    expect(result.success && result.data).toEqual({
      cooperationBody: "Samarbejdsfeltet",
      policyLinks: [{ title: "Trivselspolitik", url: "https://intra.vesteraa.dk/trivsel" }],
    });
  });

  it("refuses a link that is not a web address, with the message next to the field", () => {
    for (const url of ["javascript:alert(1)", "file:///etc/passwd", "intra/trivsel", "https://localhost/x", "data:text/html,hej"])
      expect(messages({ cooperationBody: "MED-udvalget", policyLinks: [{ title: "Politik", url }] })).toEqual({
        "policyLinks.0.url": e.url,
      });
  });

  it("asks for the missing half of a link", () => {
    expect(messages({ cooperationBody: "MED-udvalget", policyLinks: [{ title: "", url: "https://intra.vesteraa.dk/a" }] })).toEqual({
      "policyLinks.0.title": e.titleMissing,
    });
    expect(messages({ cooperationBody: "MED-udvalget", policyLinks: [{ title: "Politik", url: "" }] })).toEqual({
      "policyLinks.0.url": e.urlMissing,
    });
  });

  it("refuses a name too short, too long or with a control character, and more than eight links", () => {
    for (const cooperationBody of ["M", "x".repeat(61), "MED\u0000-udvalget"])
      expect(messages({ cooperationBody, policyLinks: [] })).toEqual({ cooperationBody: e.body });
    const links = Array.from({ length: 9 }, (_, index) => ({ title: `Politik ${index}`, url: `https://intra.vesteraa.dk/${index}` }));
    expect(messages({ cooperationBody: "MED-udvalget", policyLinks: links })).toEqual({ policyLinks: e.tooMany });
    expect(messages({ cooperationBody: "MED-udvalget", policyLinks: [{ title: "x".repeat(121), url: "https://a.dk" }] })).toEqual({
      "policyLinks.0.title": e.title,
    });
  });
});
