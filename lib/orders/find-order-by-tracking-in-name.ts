import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";

/** Tracking numbers are runs of letters and digits (SF1428866310245, YT7512345678901, 773012345678). */
const CANDIDATE = /[A-Za-z]*\d{8,22}/g;

/**
 * Finds this merchant's order whose tracking number appears in a file name, e.g.
 * `SF1428866310245.mp4` or `packing_SF1428866310245_2026.webm`. Candidates are the
 * letter+digit runs in the name; the longest known tracking number wins, so a date in the
 * name never shadows a real match. Another merchant's orders are never considered.
 */
export async function findOrderByTrackingInName(
  ctx: Pick<SessionContext, "organizationId">,
  fileName: string,
): Promise<{ id: string; orderNo: string; trackingNo: string } | null> {
  const base = fileName.replace(/\.[A-Za-z0-9]{1,5}$/, "");
  const candidates = new Set<string>();
  for (const match of base.matchAll(CANDIDATE)) {
    // The letters before the digits may run into a word ("packingSF1428…"), so every
    // letter suffix is a candidate, down to the digits alone; tracking numbers are kept
    // as typed, so both the name's case and upper case are tried.
    const letters = match[0].match(/^[A-Za-z]*/)?.[0] ?? "";
    const digits = match[0].slice(letters.length);
    for (let start = 0; start <= letters.length; start++) {
      const candidate = letters.slice(start) + digits;
      candidates.add(candidate);
      candidates.add(candidate.toUpperCase());
    }
  }
  if (candidates.size === 0) return null;
  const orders = await db.order.findMany({
    where: { organizationId: ctx.organizationId, trackingNo: { in: [...candidates] } },
    select: { id: true, orderNo: true, trackingNo: true },
    take: 10,
  });
  const best = orders
    .filter((order): order is typeof order & { trackingNo: string } => order.trackingNo !== null)
    .sort((a, b) => b.trackingNo.length - a.trackingNo.length)[0];
  return best ?? null;
}
