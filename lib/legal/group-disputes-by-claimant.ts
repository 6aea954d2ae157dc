import type { DisputeRecord } from "./assessment-input-schema";
import type { BuyerKeyKind, ClaimantLink } from "./legal-assessment-schema";

type Keyed = Pick<DisputeRecord, "disputeId" | "buyer">;

export type ClaimantGroup<T extends Keyed> = { disputes: T[]; links: ClaimantLink[] };

/**
 * Platform ids are only unique within one platform, so the platform is part of the key;
 * phone and address hashes are already normalised and salted upstream. Nicknames are not
 * keys: strangers share them.
 */
function keysOf(dispute: Keyed): { kind: BuyerKeyKind; key: string }[] {
  const { platform, platformBuyerId, phoneHash, addressHash } = dispute.buyer;
  const keys: { kind: BuyerKeyKind; key: string }[] = [];
  if (platformBuyerId) keys.push({ kind: "platform-id", key: `platform-id:${platform}:${platformBuyerId}` });
  if (phoneHash) keys.push({ kind: "phone", key: `phone:${phoneHash}` });
  if (addressHash) keys.push({ kind: "address", key: `address:${addressHash}` });
  return keys;
}

/**
 * Groups disputes into claimants: two disputes belong to one claimant when they share any
 * key, and the relation is transitive (A–B by phone, B–C by address puts A, B, C together),
 * because a buyer rotating accounts still reuses a phone or an address. Union–find over the
 * dispute indexes. Groups and their disputes keep input order; `links` says which key
 * kinds joined which disputes, for the merchant to judge (a shared address may be a household).
 */
export function groupDisputesByClaimant<T extends Keyed>(disputes: T[]): ClaimantGroup<T>[] {
  const parent = disputes.map((_, index) => index);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    // The smaller index stays root so a group is ordered by its first dispute.
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const holders = new Map<string, { kind: BuyerKeyKind; indexes: number[] }>();
  disputes.forEach((dispute, index) => {
    for (const { kind, key } of keysOf(dispute)) {
      const entry = holders.get(key);
      if (entry) {
        union(entry.indexes[0], index);
        if (!entry.indexes.includes(index)) entry.indexes.push(index);
      } else {
        holders.set(key, { kind, indexes: [index] });
      }
    }
  });

  const groups = new Map<number, ClaimantGroup<T>>();
  disputes.forEach((dispute, index) => {
    const root = find(index);
    const group = groups.get(root) ?? { disputes: [], links: [] };
    group.disputes.push(dispute);
    groups.set(root, group);
  });
  for (const { kind, indexes } of holders.values()) {
    if (indexes.length < 2) continue;
    groups.get(find(indexes[0]))!.links.push({ kind, disputeIds: indexes.map((i) => disputes[i].disputeId) });
  }
  return [...groups.values()];
}

/** The claimant group that contains `disputeId`, or undefined when it is not in the list. */
export function findClaimantGroup<T extends Keyed>(disputes: T[], disputeId: string): ClaimantGroup<T> | undefined {
  return groupDisputesByClaimant(disputes).find((group) => group.disputes.some((d) => d.disputeId === disputeId));
}
