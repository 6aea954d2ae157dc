import { describe, expect, it } from "vitest";
import { hasPermission } from "./assert-permission";

describe("role permissions", () => {
  it("lets only owners and admins manage members and settings", () => {
    for (const role of ["owner", "admin"] as const) {
      expect(hasPermission({ role }, { invitation: ["create"] })).toBe(true);
      expect(hasPermission({ role }, { settings: ["update"] })).toBe(true);
    }
    for (const role of ["staff", "reviewer"] as const) {
      expect(hasPermission({ role }, { invitation: ["create"] })).toBe(false);
      expect(hasPermission({ role }, { settings: ["update"] })).toBe(false);
    }
  });

  it("lets staff work on disputes and evidence but not review", () => {
    expect(hasPermission({ role: "staff" }, { dispute: ["create"], evidence: ["upload"] })).toBe(true);
    expect(hasPermission({ role: "staff" }, { review: ["decide"] })).toBe(false);
    expect(hasPermission({ role: "reviewer" }, { evidence: ["upload"] })).toBe(false);
  });
});
