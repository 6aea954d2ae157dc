import { describe, expect, it } from "vitest";
import { parseChinaDateTime, toDateInputValue, toDateTimeInputValue } from "./format-date";

describe("China-time form dates", () => {
  it("reads dates and local times as China time, whatever the server's zone", () => {
    expect(parseChinaDateTime("2026-03-01")?.toISOString()).toBe("2026-02-28T16:00:00.000Z");
    expect(parseChinaDateTime("2026-03-01T18:30")?.toISOString()).toBe("2026-03-01T10:30:00.000Z");
    expect(parseChinaDateTime("2026-03-01T18:30:15")?.toISOString()).toBe("2026-03-01T10:30:15.000Z");
    expect(parseChinaDateTime("2026-03-01T10:30:00Z")?.toISOString()).toBe("2026-03-01T10:30:00.000Z");
    expect(parseChinaDateTime("2026-03-01T10:30:00.250+02:00")?.toISOString()).toBe("2026-03-01T08:30:00.250Z");
  });

  it("rejects impossible and malformed dates instead of rolling them over", () => {
    for (const bad of ["2026-02-30", "2026-02-30T10:00", "2026-02-30T10:00:00Z", "2026-13-01", "01/03/2026", "2026-3-1", "", "tomorrow"]) {
      expect(parseChinaDateTime(bad), bad).toBeNull();
    }
  });

  it("writes input values in China time", () => {
    const date = new Date("2026-02-28T16:00:00.000Z");
    expect(toDateInputValue(date)).toBe("2026-03-01");
    expect(toDateTimeInputValue(new Date("2026-03-01T10:30:00Z"))).toBe("2026-03-01T18:30");
  });
});
