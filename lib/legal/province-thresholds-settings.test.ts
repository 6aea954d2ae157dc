import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { merchantWithStore } from "@/lib/disputes/dispute-test-fixtures";
import { AppError } from "@/lib/errors";
import { addMember } from "@/test/factories";
import { getProvinceThresholds } from "./get-province-thresholds";
import { listLegalRuleVersions } from "./list-legal-rule-versions";
import { updateProvinceThresholds } from "./update-province-thresholds";

const NOW = new Date("2026-11-20T04:00:00Z");
const code = (expected: string) => (e: unknown) => e instanceof AppError && e.code === expected;

describe("province thresholds in settings", () => {
  it("stores figures inside the national ranges, with an audit event; empty fields mean the default", async () => {
    const { owner } = await merchantWithStore();
    await updateProvinceThresholds(owner, { province: "广东省", relativelyLarge: "6,000", huge: "", especiallyHuge: "" }, NOW);
    expect(await getProvinceThresholds(owner, NOW)).toMatchObject({ province: "广东省", relativelyLargeFen: 600_000, hugeFen: null, especiallyHugeFen: null });

    const admin = await addMember(owner, "admin");
    await updateProvinceThresholds(admin, { province: "广东省", relativelyLarge: "6000", huge: "60000.00", especiallyHuge: "500000" }, NOW);
    const events = await db.auditEvent.findMany({ where: { action: "settings.legal_thresholds", organizationId: owner.organizationId }, orderBy: { seq: "asc" } });
    expect(events).toHaveLength(2);
    expect(JSON.parse(events[1].data)).toEqual({
      before: { province: "广东省", relativelyLargeFen: 600_000, hugeFen: null, especiallyHugeFen: null },
      after: { province: "广东省", relativelyLargeFen: 600_000, hugeFen: 6_000_000, especiallyHugeFen: 50_000_000 },
    });
  });

  it("rejects figures outside the national range and malformed amounts, changing nothing", async () => {
    const { owner } = await merchantWithStore();
    await expect(updateProvinceThresholds(owner, { relativelyLarge: "2999.99" }, NOW)).rejects.toSatisfy(
      (e) => e instanceof AppError && e.fieldErrors.relativelyLarge?.[0] === "thresholdOutOfRange",
    );
    await expect(updateProvinceThresholds(owner, { huge: "200000", especiallyHuge: "400000" }, NOW)).rejects.toSatisfy(
      (e) => e instanceof AppError && Object.keys(e.fieldErrors).sort().join() === "especiallyHuge,huge",
    );
    await expect(updateProvinceThresholds(owner, { relativelyLarge: "3千" }, NOW)).rejects.toThrow();
    expect(await db.merchantSettings.findUnique({ where: { organizationId: owner.organizationId } })).toBeNull();
  });

  it("lets neither staff nor reviewers change the thresholds", async () => {
    const { owner } = await merchantWithStore();
    for (const role of ["staff", "reviewer"] as const) {
      const member = await addMember(owner, role);
      await expect(updateProvinceThresholds(member, { relativelyLarge: "5000" }, NOW)).rejects.toSatisfy(code("FORBIDDEN"));
    }
    expect(await db.merchantSettings.findUnique({ where: { organizationId: owner.organizationId } })).toBeNull();
  });
});

describe("legal rule versions", () => {
  it("shows which version of the Public Security law applies on a date, for owner and reviewer but not staff", async () => {
    const { owner } = await merchantWithStore();
    const before = await listLegalRuleVersions(owner, "2025-12-31", NOW);
    const after = await listLegalRuleVersions(await addMember(owner, "reviewer"), "2026-01-01", NOW);
    const psapl = (r: typeof before) => r.versions.filter((v) => v.id === "public-security-fraud").map((v) => [v.version, v.appliesOnDate]);
    expect(psapl(before)).toEqual([["2012-amendment", true], ["2025-revision", false]]);
    expect(psapl(after)).toEqual([["2012-amendment", false], ["2025-revision", true]]);
    expect((await listLegalRuleVersions(owner, undefined, NOW)).date).toBe("2026-11-20");

    await expect(listLegalRuleVersions(await addMember(owner, "staff"))).rejects.toSatisfy(code("FORBIDDEN"));
    await expect(listLegalRuleVersions(owner, "2026-02-30")).rejects.toSatisfy(code("VALIDATION"));
  });
});
