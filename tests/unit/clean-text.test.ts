import { describe, expect, it } from "vitest";
import { cleanInput, cleanText, cutText, hasUnstorable } from "@/lib/text/clean";

// Every text a person can send passes cleanText (server actions through defineAction, e-mail
// sign-in, page queries, the plan's editor): what Postgres refuses never reaches it, and what the
// person sees is what is kept.

describe("cleaning text", () => {
  it("drops NUL and the other control characters, keeps tab and line breaks", () => {
    expect(cleanText("Før\u0000efter")).toBe("Førefter");
    expect(cleanText("a\u0001\u0007\u000B\u000C\u001Fb")).toBe("ab");
    expect(cleanText("linje 1\r\nlinje 2\tmed tab")).toBe("linje 1\r\nlinje 2\tmed tab");
  });

  it("turns a lone surrogate into the replacement character a browser shows for it", () => {
    expect(cleanText("a\uD800b")).toBe("a\uFFFDb");
    expect(cleanText("a\uDC00b")).toBe("a\uFFFDb");
    expect(cleanText("slut\uD83D")).toBe("slut\uFFFD");
    expect(cleanText("\uDE00start")).toBe("\uFFFDstart");
  });

  it("leaves emoji, Danish letters and right-to-left text exactly as they are", () => {
    const text = "Æble, øl og å 👋🏽 👨‍👩‍👧 مرحبا بك שלום \u202Eabc\u202C";
    expect(cleanText(text)).toBe(text);
    expect(hasUnstorable(text)).toBe(false);
  });

  it("cleans a megabyte in good time and returns the same string when there is nothing to do", () => {
    const big = "x".repeat(1_000_000);
    expect(cleanText(big)).toBe(big);
    const started = performance.now();
    expect(cleanText(`${big}\u0000`)).toHaveLength(1_000_000);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("cleans every string of a request, keys too, and leaves numbers, booleans and null alone", () => {
    const input = { title: "Runde\u0000", values: { list: ["a\uD800", 3, true, null], ["nøgle\u0000"]: "v" }, when: undefined };
    expect(cleanInput(input)).toEqual({ title: "Runde", values: { list: ["a\uFFFD", 3, true, null], nøgle: "v" }, when: undefined });
  });

  it("cuts text to a length without ending on half an emoji", () => {
    expect(cutText("abc😀", 4)).toBe("abc");
    expect(cutText("abc😀", 5)).toBe("abc😀");
    expect(cutText("abcd", 2)).toBe("ab");
    expect(cutText("ab", 10)).toBe("ab");
  });
});
