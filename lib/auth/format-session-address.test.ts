import { describe, expect, it } from "vitest";
import { formatSessionAddress } from "./format-session-address";

describe("formatSessionAddress", () => {
  it("writes an IPv6 network in its short form with its prefix length", () => {
    expect(formatSessionAddress("0000:0000:0000:0000:0000:0000:0000:0000")).toBe("::/64");
    expect(formatSessionAddress("2001:0DB8:0000:0001:0000:0000:0000:0000")).toBe("2001:db8:0:1::/64");
  });

  it("leaves IPv4 addresses and anything unparseable as they are", () => {
    expect(formatSessionAddress("10.0.0.1")).toBe("10.0.0.1");
    expect(formatSessionAddress("unknown")).toBe("unknown");
  });
});
