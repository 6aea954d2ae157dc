import { Prisma } from "@/lib/db/generated/client";
import { linkedBuyerCondition } from "./load-linked-claimants";

/**
 * `WITH linked AS (…), single AS (…)`: buyer records that share no key with another record and
 * have more than one claim (`single.id`; with `sums`, also `claims` and `claimedFen`). Without
 * sums SQLite answers from the (organizationId, buyerId) index alone, which is what a count needs.
 */
export function singleClaimantsSql(org: string, options: { sums: boolean; onlyBuyerId: string | null }): Prisma.Sql {
  return Prisma.sql`WITH linked AS (SELECT b.id FROM Buyer b WHERE b.organizationId = ${org} AND ${linkedBuyerCondition(org)}),
    single AS (
      SELECT d.buyerId AS id ${options.sums ? Prisma.sql`, COUNT(*) AS claims, SUM(d.amountClaimedFen) AS claimedFen` : Prisma.empty}
      FROM Dispute d
      WHERE d.organizationId = ${org} AND d.buyerId IS NOT NULL AND d.buyerId NOT IN (SELECT id FROM linked)
        ${options.onlyBuyerId !== null ? Prisma.sql`AND d.buyerId = ${options.onlyBuyerId}` : Prisma.empty}
      GROUP BY d.buyerId HAVING COUNT(*) > 1
    )`;
}

/** Condition on `Buyer b` joined to `single`: records with no key at all never count as a claimant. */
export const HAS_BUYER_KEY = Prisma.sql`(b.platformBuyerId IS NOT NULL OR b.phoneHash IS NOT NULL OR b.addressHash IS NOT NULL)`;
