import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalAuditRow, chainHash, genesisHash, type CanonicalRow } from "@/lib/audit/canonical";

const row: CanonicalRow = {
  id: "42",
  at: "2026-11-29T21:00:00.123Z",
  actorId: "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
  action: "sheet.update",
  resourceKind: "sheet",
  resourceId: null,
  subjectId: null,
  purpose: "null",
  details: '{"a": 1, "b": "æ"}',
};

describe("the audit row's canonical form", () => {
  it("is pinned: seals made today must verify with the code of later years", () => {
    expect(canonicalAuditRow(row)).toBe(
      '["audit-v1","42","2026-11-29T21:00:00.123Z","3f2504e0-4f89-41d3-9a0c-0305e82c3301","sheet.update","sheet",null,null,"null","{\\"a\\": 1, \\"b\\": \\"æ\\"}"]',
    );
    expect(chainHash(genesisHash, row).toString("hex")).toBe("4723a61bd0b0147bb63159cb8e9cc58ad4a7e152e4a81038e93e3da90dc32076");
  });

  it("tells a missing value from the text null, and cannot move text across a field boundary", () => {
    expect(canonicalAuditRow({ ...row, purpose: null })).not.toBe(canonicalAuditRow(row));
    expect(canonicalAuditRow({ ...row, action: "a,b", resourceKind: "c" })).not.toBe(
      canonicalAuditRow({ ...row, action: "a", resourceKind: "b,c" }),
    );
    expect(canonicalAuditRow({ ...row, action: 'a","b', resourceKind: "c" })).not.toBe(
      canonicalAuditRow({ ...row, action: "a", resourceKind: 'b","c' }),
    );
  });

  it("chains: each hash is SHA-256 over the previous hash and the row", () => {
    const first = chainHash(genesisHash, row);
    const second = chainHash(first, { ...row, id: "43" });
    expect(second).toEqual(
      createHash("sha256")
        .update(first)
        .update(canonicalAuditRow({ ...row, id: "43" }))
        .digest(),
    );
    expect(chainHash(second, row)).not.toEqual(first);
  });
});
