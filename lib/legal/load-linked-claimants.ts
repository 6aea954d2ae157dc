import { db } from "@/lib/db/prisma";
import { Prisma } from "@/lib/db/generated/client";
import type { Platform } from "@/lib/db/generated/enums";
import { groupDisputesByClaimant } from "./group-disputes-by-claimant";
import type { BuyerKeyKind } from "./legal-assessment-schema";

export type BuyerRow = { id: string; platform: Platform; platformBuyerId: string | null; nickname: string | null; phoneHash: string | null; addressHash: string | null };

/** A repeat claimant before its disputes are loaded: its buyer records and their totals. */
export type ClaimantSummary = {
  /** The claimant's first buyer record; stable while the group does not change. */
  key: string;
  memberIds: string[];
  accounts: { platform: Platform; platformBuyerId: string | null; nickname: string | null }[];
  disputeCount: number;
  totalClaimedFen: number;
  matchedBy: BuyerKeyKind[];
};

/**
 * SQL condition on `Buyer b`: the record shares a key (platform id within its platform, phone
 * hash or address hash) with another record of the merchant.
 */
export function linkedBuyerCondition(org: string): Prisma.Sql {
  // COALESCE: "NULL IN (...)" is NULL, and NOT NULL would silently drop records without a phone.
  return Prisma.sql`(
    COALESCE(b.phoneHash IN (SELECT phoneHash FROM Buyer WHERE organizationId = ${org} AND phoneHash IS NOT NULL GROUP BY phoneHash HAVING COUNT(*) > 1), 0)
    OR COALESCE(b.addressHash IN (SELECT addressHash FROM Buyer WHERE organizationId = ${org} AND addressHash IS NOT NULL GROUP BY addressHash HAVING COUNT(*) > 1), 0)
    OR (
      -- Index-only prefilter: the per-row EXISTS (platform ids are unique per platform) runs for repeated ids only.
      COALESCE(b.platformBuyerId IN (SELECT platformBuyerId FROM Buyer WHERE organizationId = ${org} AND platformBuyerId IS NOT NULL GROUP BY platformBuyerId HAVING COUNT(*) > 1), 0)
      AND EXISTS (SELECT 1 FROM Buyer o WHERE o.organizationId = b.organizationId AND o.platform = b.platform AND o.platformBuyerId = b.platformBuyerId AND o.id <> b.id)
    )
  )`;
}

/**
 * The merchant's claimants made of several linked buyer records (few), with more than one
 * claim between them: per-record SQL aggregates, grouped in memory with the assessment's
 * union–find so the groups are exactly the assessment's.
 */
export async function loadLinkedClaimants(org: string): Promise<ClaimantSummary[]> {
  const linkedRows = await db.$queryRaw<(BuyerRow & { claims: number | bigint; claimedFen: number | bigint | null })[]>`
    SELECT b.id, b.platform, b.platformBuyerId, b.nickname, b.phoneHash, b.addressHash,
      (SELECT COUNT(*) FROM Dispute d WHERE d.organizationId = b.organizationId AND d.buyerId = b.id) AS claims,
      (SELECT SUM(d.amountClaimedFen) FROM Dispute d WHERE d.organizationId = b.organizationId AND d.buyerId = b.id) AS claimedFen
    FROM Buyer b
    WHERE b.organizationId = ${org} AND ${linkedBuyerCondition(org)}
    ORDER BY b.createdAt, b.id`;
  const stats = new Map(linkedRows.map((row) => [row.id, { count: Number(row.claims), sum: Number(row.claimedFen ?? 0) }]));
  const groups = groupDisputesByClaimant(linkedRows.map((buyer) => ({ disputeId: buyer.id, buyer })));
  return groups
    .map((group) => {
      const members = group.disputes.map((d) => d.buyer);
      const matchedBy = new Set<BuyerKeyKind>(group.links.map((link) => link.kind));
      for (const buyer of members) if ((stats.get(buyer.id)?.count ?? 0) > 1) for (const kind of keyKinds(buyer)) matchedBy.add(kind);
      return {
        key: members[0].id,
        memberIds: members.map((b) => b.id),
        accounts: members.map(({ platform, platformBuyerId, nickname }) => ({ platform, platformBuyerId, nickname })),
        disputeCount: members.reduce((sum, b) => sum + (stats.get(b.id)?.count ?? 0), 0),
        totalClaimedFen: members.reduce((sum, b) => sum + (stats.get(b.id)?.sum ?? 0), 0),
        matchedBy: (["platform-id", "phone", "address"] as const).filter((kind) => matchedBy.has(kind)),
      };
    })
    .filter((claimant) => claimant.disputeCount > 1);
}

/** The keys a buyer record carries. */
export function keyKinds(buyer: BuyerRow): BuyerKeyKind[] {
  return [
    ...(buyer.platformBuyerId ? (["platform-id"] as const) : []),
    ...(buyer.phoneHash ? (["phone"] as const) : []),
    ...(buyer.addressHash ? (["address"] as const) : []),
  ];
}
