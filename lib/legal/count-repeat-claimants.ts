import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { loadLinkedClaimants } from "./load-linked-claimants";
import { HAS_BUYER_KEY, singleClaimantsSql } from "./single-claimants-sql";

/**
 * How many repeat claimants the merchant has, counted exactly as `listRepeatClaimants` lists
 * them, without ranking or summing the single records (the dashboard needs only the number).
 */
export async function countRepeatClaimants(ctx: Pick<SessionContext, "organizationId">): Promise<number> {
  const org = ctx.organizationId;
  const [linked, [single]] = await Promise.all([
    loadLinkedClaimants(org),
    db.$queryRaw<{ total: number | bigint }[]>`
      ${singleClaimantsSql(org, { sums: false, onlyBuyerId: null })}
      SELECT COUNT(*) AS total FROM single s JOIN Buyer b ON b.id = s.id WHERE ${HAS_BUYER_KEY}`,
  ]);
  return linked.length + Number(single.total);
}
