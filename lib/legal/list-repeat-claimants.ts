import { z } from "zod";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import type { DisputeStatus } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors";
import { keyKinds, loadLinkedClaimants, type ClaimantSummary } from "./load-linked-claimants";
import { HAS_BUYER_KEY, singleClaimantsSql } from "./single-claimants-sql";

export const listRepeatClaimantsSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  pageSize: z.coerce.number().int().min(1).max(100).catch(20),
  /** Only the claimant this dispute belongs to (the dispute page links here). */
  dispute: z.string().trim().min(1).max(100).optional().catch(undefined),
});
/** Raw search params: every field optional and unvalidated, as a page receives them. */
export type ListRepeatClaimantsQuery = Partial<Record<"page" | "pageSize" | "dispute", string | undefined>>;

export type RepeatClaimant = Omit<ClaimantSummary, "memberIds"> & {
  disputes: { id: string; orderNo: string; amountClaimedFen: number; status: DisputeStatus; claimFiledAt: Date }[];
};

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

  let linked = await loadLinkedClaimants(org);
  if (onlyBuyerId !== null) linked = linked.filter((claimant) => claimant.memberIds.includes(onlyBuyerId!));
  linked.sort(byTotal);

  // Single records: those ranked up to the page's end, sorted and cut in SQL, with the
  // total from a window function; merged with the linked groups afterwards.
  const singleRanked = (limit: number) => db.$queryRaw<{ id: string; claims: number | bigint; claimedFen: number | bigint; total: number | bigint }[]>`
    ${singleClaimantsSql(org, { sums: true, onlyBuyerId })}
    SELECT s.id, s.claims, s.claimedFen, COUNT(*) OVER () AS total
    FROM single s JOIN Buyer b ON b.id = s.id
    WHERE ${HAS_BUYER_KEY}
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
