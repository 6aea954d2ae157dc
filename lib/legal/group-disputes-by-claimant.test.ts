import { describe, expect, it } from "vitest";
import { findClaimantGroup, groupDisputesByClaimant } from "./group-disputes-by-claimant";
import type { DisputeRecord } from "./assessment-input-schema";

type Keys = Partial<DisputeRecord["buyer"]>;
const d = (disputeId: string, keys: Keys = {}) => ({ disputeId, buyer: { platform: "TAOBAO" as const, ...keys } });
const ids = (groups: { disputes: { disputeId: string }[] }[]) => groups.map((g) => g.disputes.map((x) => x.disputeId));

describe("groupDisputesByClaimant", () => {
  it("joins disputes sharing any key, transitively, whatever the order", () => {
    // a–b share a phone, b–c an address: a and c never share a key but are one claimant.
    const a = d("a", { phoneHash: "p1" });
    const b = d("b", { phoneHash: "p1", addressHash: "h1" });
    const c = d("c", { addressHash: "h1" });
    expect(ids(groupDisputesByClaimant([a, b, c]))).toEqual([["a", "b", "c"]]);
    // The bridge last: a and c start as separate groups and are merged by b.
    expect(ids(groupDisputesByClaimant([a, c, b]))).toEqual([["a", "c", "b"]]);
  });

  it("chains over several hops and keys of all kinds", () => {
    const disputes = [
      d("1", { platformBuyerId: "tb-x" }),
      d("2", { platformBuyerId: "tb-x", phoneHash: "p2" }),
      d("3", { phoneHash: "p2", addressHash: "h2" }),
      d("4", { addressHash: "h2" }),
      d("5", { phoneHash: "p9" }),
    ];
    expect(ids(groupDisputesByClaimant(disputes))).toEqual([["1", "2", "3", "4"], ["5"]]);
  });

  it("treats the same platform id on two platforms as two buyers", () => {
    const disputes = [d("t", { platformBuyerId: "same" }), { disputeId: "j", buyer: { platform: "JD" as const, platformBuyerId: "same" } }];
    expect(ids(groupDisputesByClaimant(disputes))).toEqual([["t"], ["j"]]);
  });

  it("leaves a dispute without keys on its own", () => {
    expect(ids(groupDisputesByClaimant([d("x"), d("y"), d("z", { phoneHash: null, addressHash: undefined })]))).toEqual([
      ["x"],
      ["y"],
      ["z"],
    ]);
  });

  it("says which keys linked which disputes, without the key values", () => {
    const [group] = groupDisputesByClaimant([d("a", { phoneHash: "p1" }), d("b", { phoneHash: "p1", addressHash: "h1" }), d("c", { addressHash: "h1" })]);
    expect(group.links).toEqual([
      { kind: "phone", disputeIds: ["a", "b"] },
      { kind: "address", disputeIds: ["b", "c"] },
    ]);
    expect(JSON.stringify(group.links)).not.toContain("p1");
  });

  it("finds the group of one dispute", () => {
    const disputes = [d("a", { phoneHash: "p1" }), d("b"), d("c", { phoneHash: "p1" })];
    expect(findClaimantGroup(disputes, "c")?.disputes.map((x) => x.disputeId)).toEqual(["a", "c"]);
    expect(findClaimantGroup(disputes, "nope")).toBeUndefined();
  });
});
