import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { demoPeople } from "@/prisma/seed/demo-organisation";

describe("the README's demo people", () => {
  const readme = readFileSync("README.md", "utf8");

  it("are seeded people, with the names the seed gives them", () => {
    const emails = [...readme.matchAll(/`([a-z.]+@vesteraa\.example)`/g)].map((match) => match[1]);
    expect(emails.length).toBeGreaterThanOrEqual(6);
    for (const email of emails) {
      const person = demoPeople.find((candidate) => candidate.email === email);
      expect(person, email).toBeDefined();
      expect(readme).toContain(person!.name);
    }
  });

  it("name someone for every stored role", () => {
    for (const role of ["ADMINISTRATOR", "HR", "COMMITTEE_MEMBER"] as const) {
      const person = demoPeople.find((candidate) => candidate.roles?.includes(role));
      expect(readme).toContain(person!.email);
    }
  });
});
