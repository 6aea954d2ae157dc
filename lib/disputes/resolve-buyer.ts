import type { SessionContext } from "@/lib/auth/session-context";
import type { Tx } from "@/lib/db/prisma";
import type { Buyer, Platform } from "@/lib/db/generated/client";

export interface BuyerIdentity {
  platform: Platform;
  platformBuyerId: string | null;
  nickname: string | null;
  phoneHash: string | null;
  addressHash: string | null;
}

/**
 * Finds the buyer a claim comes from, or records a new one, inside the caller's
 * transaction. Match order (SPEC §3.1): platform account id, else phone hash, else
 * nickname — a weaker match is skipped when a stronger identifier contradicts it
 * (same nickname but a different account id is another person). Details given now
 * fill in or refresh the matched row, so a repeat claimant accumulates identifiers.
 */
export async function resolveBuyer(tx: Tx, ctx: Pick<SessionContext, "organizationId">, identity: BuyerIdentity): Promise<string | null> {
  const { platform, platformBuyerId, nickname, phoneHash, addressHash } = identity;
  if (!platformBuyerId && !nickname && !phoneHash && !addressHash) return null;

  const scope = { organizationId: ctx.organizationId, platform };
  const compatible = (b: Buyer) =>
    (!platformBuyerId || !b.platformBuyerId || b.platformBuyerId === platformBuyerId) &&
    (!phoneHash || !b.phoneHash || b.phoneHash === phoneHash);
  const candidates = (where: { platformBuyerId: string } | { phoneHash: string } | { nickname: string }) =>
    tx.buyer.findMany({ where: { ...scope, ...where }, orderBy: { createdAt: "asc" }, take: 20 });

  const match =
    (platformBuyerId ? (await candidates({ platformBuyerId }))[0] : undefined) ??
    (phoneHash ? (await candidates({ phoneHash })).find(compatible) : undefined) ??
    (nickname ? (await candidates({ nickname })).find(compatible) : undefined);

  const known = {
    ...(platformBuyerId && { platformBuyerId }),
    ...(nickname && { nickname }),
    ...(phoneHash && { phoneHash }),
    ...(addressHash && { addressHash }),
  };
  if (!match) return (await tx.buyer.create({ data: { ...scope, ...known } })).id;
  const changed = Object.entries(known).some(([key, value]) => match[key as keyof typeof known] !== value);
  if (changed) await tx.buyer.update({ where: { id: match.id }, data: known });
  return match.id;
}
