import { describe, expect, it } from "vitest";
import { parseByteRange } from "./parse-byte-range";

describe("parseByteRange", () => {
  it("reads first-last, open-ended and suffix ranges, clamping to the file", () => {
    expect(parseByteRange("bytes=0-9", 100)).toEqual({ start: 0, end: 9 });
    expect(parseByteRange("bytes=90-", 100)).toEqual({ start: 90, end: 99 });
    expect(parseByteRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(parseByteRange("bytes=-500", 100)).toEqual({ start: 0, end: 99 });
    expect(parseByteRange("bytes=50-5000", 100)).toEqual({ start: 50, end: 99 });
    expect(parseByteRange("bytes=99-99", 100)).toEqual({ start: 99, end: 99 });
  });

  it("reports ranges that start past the end as unsatisfiable", () => {
    expect(parseByteRange("bytes=100-", 100)).toBe("unsatisfiable");
    expect(parseByteRange("bytes=100-200", 100)).toBe("unsatisfiable");
    expect(parseByteRange("bytes=-0", 100)).toBe("unsatisfiable");
  });

  it("ignores absent, malformed, multi-range and other-unit headers (whole file)", () => {
    for (const header of [null, "", "bytes=", "bytes=-", "bytes=5-1", "bytes=0-1,3-4", "items=0-1", "bytes=a-b"]) {
      expect(parseByteRange(header, 100)).toBeNull();
    }
  });
});
