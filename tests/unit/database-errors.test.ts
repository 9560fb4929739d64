import { describe, expect, it } from "vitest";
import { describeDatabaseError } from "@/lib/database-errors";

const url = "postgresql://app:s3cret@db.example:5433/mus";
const withCode = (code: string, message = "boom") => Object.assign(new Error(message), { code });

describe("describing a database that cannot be used", () => {
  it.each([
    ["ECONNREFUSED", "Nothing answers at db.example:5433"],
    ["ENOTFOUND", "cannot be found"],
    ["28P01", 'refused the user "app"'],
    ["3D000", 'The database "mus" does not exist at db.example:5433'],
  ])("explains %s in one line", (code, expected) => {
    const line = describeDatabaseError(withCode(code), url);
    expect(line).toContain(expected);
    expect(line).not.toContain("\n");
  });

  it("finds the code inside an AggregateError (Node's dual-stack connect)", () => {
    const error = new AggregateError([withCode("ECONNREFUSED")], "");
    expect(describeDatabaseError(error, url)).toContain("Nothing answers");
  });

  it("never repeats the password", () => {
    const line = describeDatabaseError(new Error(`failed to connect to ${url}`), url);
    expect(line).not.toContain("s3cret");
  });
});
