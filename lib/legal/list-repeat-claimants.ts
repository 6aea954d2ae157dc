import { z } from "zod";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { Prisma } from "@/lib/db/generated/client";
import type { DisputeStatus, Platform } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors";
import { groupDisputesByClaimant } from "./group-disputes-by-claimant";
import type { BuyerKeyKind } from "./legal-assessment-schema";

export const listRepeatClaimantsSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  pageSize: z.coerce.number().int().min(1).max(100).catch(20),
  /** Only the claimant this dispute belongs to (the dispute page links here). */
  dispute: z.string().trim().min(1).max(100).optional().catch(undefined),
});
/** Raw search params: every field optional and unvalidated, as a page receives them. */
export type ListRepeatClaimantsQuery = Partial<Record<"page" | "pageSize" | "dispute", string | undefined>>;

type BuyerRow = { id: string; platform: Platform; platformBuyerId: string | null; nickname: string | null; phoneHash: string | null; addressHash: string | null };

export type RepeatClaimant = {
  /** The claimant's first buyer record; stable while the group does not change. */
  key: string;
  accounts: { platform: Platform; platformBuyerId: string | null; nickname: string | null }[];
  disputeCount: number;
  totalClaimedFen: number;
  matchedBy: BuyerKeyKind[];
  disputes: { id: string; orderNo: string; amountClaimedFen: number; status: DisputeStatus; claimFiledAt: Date }[];
};

type ClaimantSummary = Omit<RepeatClaimant, "disputes"> & { memberIds: string[] };

/**
 * Buyers with more than one claim at the caller's merchant, grouped the way the legal
 * assessment groups them (shared platform id within a platform, phone hash or address hash,
 * transitively), with their total claimed, highest total first. Records without any key
 * (nickname only) never group, exactly as in the assessment.
 *
 * Two kinds of claimant, so that the cost does not grow with the merchant's history:
 * - "linked": several buyer records sharing a key — few; loaded with per-record SQL
 *   aggregates and grouped in memory with the assessment's union–find;
 * - "single record" with several claims — the common case; counted, summed, sorted and cut
 *   to the page inside SQLite, so only the rows up to the requested page leave the database.
 * Only the shown page's disputes are loaded.
 */
export async function listRepeatClaimants(ctx: Pick<SessionContext, "organizationId">, rawQuery: ListRepeatClaimantsQuery = {}) {
  const query = listRepeatClaimantsSchema.parse(rawQuery);
  const org = ctx.organizationId;

  let onlyBuyerId: string | null = null;
  if (query.dispute) {
    const dispute = await db.dispute.findFirst({ where: { id: query.dispute, organizationId: org }, select: { buyerId: true } });
    if (!dispute) throw notFound();
    onlyBuyerId = dispute.buyerId ?? "";
  }

  // COALESCE: "NULL IN (...)" is NULL, and NOT NULL would silently drop records without a phone.
  const linkedCondition = Prisma.sql`(
    COALESCE(b.phoneHash IN (SELECT phoneHash FROM Buyer WHERE organizationId = ${org} AND phoneHash IS NOT NULL GROUP BY phoneHash HAVING COUNT(*) > 1), 0)
    OR COALESCE(b.addressHash IN (SELECT addressHash FROM Buyer WHERE organizationId = ${org} AND addressHash IS NOT NULL GROUP BY addressHash HAVING COUNT(*) > 1), 0)
    OR (
      -- Index-only prefilter: the per-row EXISTS (platform ids are unique per platform) runs for repeated ids only.
      COALESCE(b.platformBuyerId IN (SELECT platformBuyerId FROM Buyer WHERE organizationId = ${org} AND platformBuyerId IS NOT NULL GROUP BY platformBuyerId HAVING COUNT(*) > 1), 0)
      AND EXISTS (SELECT 1 FROM Buyer o WHERE o.organizationId = b.organizationId AND o.platform = b.platform AND o.platformBuyerId = b.platformBuyerId AND o.id <> b.id)
    )
  )`;
  const linkedRows = await db.$queryRaw<(BuyerRow & { claims: number | bigint; claimedFen: number | bigint | null })[]>`
    SELECT b.id, b.platform, b.platformBuyerId, b.nickname, b.phoneHash, b.addressHash,
      (SELECT COUNT(*) FROM Dispute d WHERE d.organizationId = b.organizationId AND d.buyerId = b.id) AS claims,
      (SELECT SUM(d.amountClaimedFen) FROM Dispute d WHERE d.organizationId = b.organizationId AND d.buyerId = b.id) AS claimedFen
    FROM Buyer b
    WHERE b.organizationId = ${org} AND ${linkedCondition}
    ORDER BY b.createdAt, b.id`;
  const stats = new Map(linkedRows.map((row) => [row.id, { count: Number(row.claims), sum: Number(row.claimedFen ?? 0) }]));
  const groups = groupDisputesByClaimant(linkedRows.map((buyer) => ({ disputeId: buyer.id, buyer })));
  let linked: ClaimantSummary[] = groups
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
  if (onlyBuyerId !== null) linked = linked.filter((claimant) => claimant.memberIds.includes(onlyBuyerId!));
  linked.sort(byTotal);

  // Single records: those ranked up to the page's end, sorted and cut in SQL, with the
  // total from a window function; merged with the linked groups afterwards.
  const singleRanked = (limit: number) => db.$queryRaw<{ id: string; claims: number | bigint; claimedFen: number | bigint; total: number | bigint }[]>`
    WITH linked AS (SELECT b.id FROM Buyer b WHERE b.organizationId = ${org} AND ${linkedCondition}),
    single AS (
      SELECT d.buyerId AS id, COUNT(*) AS claims, SUM(d.amountClaimedFen) AS claimedFen
      FROM Dispute d
      WHERE d.organizationId = ${org} AND d.buyerId IS NOT NULL AND d.buyerId NOT IN (SELECT id FROM linked)
        ${onlyBuyerId !== null ? Prisma.sql`AND d.buyerId = ${onlyBuyerId}` : Prisma.empty}
      GROUP BY d.buyerId HAVING COUNT(*) > 1
    )
    SELECT s.id, s.claims, s.claimedFen, COUNT(*) OVER () AS total
    FROM single s JOIN Buyer b ON b.id = s.id
    WHERE b.platformBuyerId IS NOT NULL OR b.phoneHash IS NOT NULL OR b.addressHash IS NOT NULL
    ORDER BY s.claimedFen DESC, s.claims DESC, s.id
    LIMIT ${limit}`;
  let singleRows = await singleRanked(query.page * query.pageSize);
  let total = Number(singleRows[0]?.total ?? 0) + linked.length;
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(query.page, pageCount);
  if (page !== query.page) {
    singleRows = await singleRanked(page * query.pageSize);
    total = Number(singleRows[0]?.total ?? 0) + linked.length;
  }
  const single: ClaimantSummary[] = singleRows.map((row) => ({
    key: row.id,
    memberIds: [row.id],
    accounts: [],
    disputeCount: Number(row.claims),
    totalClaimedFen: Number(row.claimedFen),
    matchedBy: [],
  }));
  const shown = [...linked, ...single].sort(byTotal).slice((page - 1) * query.pageSize, page * query.pageSize);
  // Account details only for the single records on this page.
  const singleBuyers = await db.buyer.findMany({
    where: { organizationId: org, id: { in: shown.filter((c) => !c.accounts.length).map((c) => c.key) } },
    select: BUYER_SELECT,
  });
  for (const claimant of shown) {
    const buyer = singleBuyers.find((b) => b.id === claimant.key);
    if (!buyer) continue;
    claimant.accounts = [{ platform: buyer.platform, platformBuyerId: buyer.platformBuyerId, nickname: buyer.nickname }];
    claimant.matchedBy = keyKinds(buyer);
  }

  const disputes = await db.dispute.findMany({
    where: { organizationId: org, buyerId: { in: shown.flatMap((c) => c.memberIds) } },
    select: { id: true, buyerId: true, amountClaimedFen: true, status: true, claimFiledAt: true, order: { select: { orderNo: true } } },
    orderBy: [{ claimFiledAt: "asc" }, { id: "asc" }],
  });
  const items: RepeatClaimant[] = shown.map(({ memberIds, ...claimant }) => ({
    ...claimant,
    disputes: disputes
      .filter((d) => d.buyerId && memberIds.includes(d.buyerId))
      .map((d) => ({ id: d.id, orderNo: d.order.orderNo, amountClaimedFen: d.amountClaimedFen, status: d.status, claimFiledAt: d.claimFiledAt })),
  }));
  return { items, total, page, pageSize: query.pageSize, pageCount, filteredByDispute: query.dispute ?? null };
}

const BUYER_SELECT = { id: true, platform: true, platformBuyerId: true, nickname: true, phoneHash: true, addressHash: true } as const;

/** Highest total first; ties by number of claims, then a stable key. SQL orders single records the same way. */
function byTotal(a: ClaimantSummary, b: ClaimantSummary): number {
  return b.totalClaimedFen - a.totalClaimedFen || b.disputeCount - a.disputeCount || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function keyKinds(buyer: BuyerRow): BuyerKeyKind[] {
  return [
    ...(buyer.platformBuyerId ? (["platform-id"] as const) : []),
    ...(buyer.phoneHash ? (["phone"] as const) : []),
    ...(buyer.addressHash ? (["address"] as const) : []),
  ];
}
