import { db } from "@/lib/db/prisma";
import type { Platform } from "@/lib/db/generated/enums";

type BuyerKeys = { id: string; platform: Platform; platformBuyerId: string | null; phoneHash: string | null; addressHash: string | null };

/** Stop widening after this many rounds: each round follows one more shared key, real chains are a few links long. */
const MAX_ROUNDS = 20;

/**
 * Every dispute of the merchant whose buyer shares a key with `buyerId`'s buyer, directly
 * or through other buyers (platform id within its platform, phone hash, address hash):
 * the candidates the claimant grouping in assess-dispute works on. Widens over the Buyer
 * table by indexed key lookups instead of loading the merchant's whole dispute list.
 */
export async function findClaimantDisputes(organizationId: string, buyerId: string | null) {
  const buyerIds = new Set<string>();
  if (buyerId) {
    const seen = new Map<string, BuyerKeys>();
    let frontier = await db.buyer.findMany({ where: { id: buyerId, organizationId }, select: BUYER_KEYS });
    for (let round = 0; frontier.length && round < MAX_ROUNDS; round++) {
      for (const buyer of frontier) seen.set(buyer.id, buyer);
      const phones = unique(frontier.map((b) => b.phoneHash));
      const addresses = unique(frontier.map((b) => b.addressHash));
      const accounts = frontier.filter((b) => b.platformBuyerId).map((b) => ({ platform: b.platform, platformBuyerId: b.platformBuyerId! }));
      const or = [
        ...(phones.length ? [{ phoneHash: { in: phones } }] : []),
        ...(addresses.length ? [{ addressHash: { in: addresses } }] : []),
        ...accounts,
      ];
      if (!or.length) break;
      const found = await db.buyer.findMany({ where: { organizationId, OR: or, id: { notIn: [...seen.keys()] } }, select: BUYER_KEYS });
      frontier = found;
    }
    for (const id of seen.keys()) buyerIds.add(id);
  }
  if (!buyerIds.size) return [];
  return db.dispute.findMany({
    where: { organizationId, buyerId: { in: [...buyerIds] } },
    select: {
      id: true,
      status: true,
      amountClaimedFen: true,
      amountRecoveredFen: true,
      refundPaidFen: true,
      claimFiledAt: true,
      store: { select: { platform: true } },
      buyer: { select: { platform: true, platformBuyerId: true, phoneHash: true, addressHash: true } },
    },
    orderBy: [{ claimFiledAt: "asc" }, { id: "asc" }],
  });
}

const BUYER_KEYS = { id: true, platform: true, platformBuyerId: true, phoneHash: true, addressHash: true } as const;

function unique(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))];
}
