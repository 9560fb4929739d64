import { describe, expect, it } from "vitest";
import { clientKey, clientKeyLength } from "@/lib/auth/link-requests";

// The key a sign-in link requester is limited under comes from a header the client may write
// itself: it must stay short, and rotating through one's own IPv6 /64 must not make a new client.

describe("the per-client key", () => {
  it("keeps an IPv4 address as it is", () => {
    expect(clientKey(" 203.0.113.7 ")).toBe("203.0.113.7");
    expect(clientKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("groups IPv6 addresses by their /64, however they are written", () => {
    const key = "2001:db8:12:34::/64";
    expect(clientKey("2001:db8:12:34::1")).toBe(key);
    expect(clientKey("2001:0DB8:0012:0034:ffff:1:2:3")).toBe(key);
    expect(clientKey("[2001:db8:12:34:abcd::7]:443")).toBe(key);
    expect(clientKey("2001:db8:12:34::5%eth0")).toBe(key);
    expect(clientKey("2001:db8:12:34:0:0:198.51.100.1")).toBe(key);
    expect(clientKey("2001:db8:12:35::1")).not.toBe(key);
    expect(clientKey("::1")).toBe("0:0:0:0::/64");
  });

  it(`cuts anything else to ${clientKeyLength} characters`, () => {
    expect(clientKey("x".repeat(8192))).toHaveLength(clientKeyLength);
    expect(clientKey("unknown")).toBe("unknown");
    expect(clientKey("")).toBe("unknown");
  });
});
