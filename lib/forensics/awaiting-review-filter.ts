import type { Prisma } from "@/lib/db/generated/client";

/**
 * Findings a person still has to confirm or reject: undecided, on a photo that has not been
 * withdrawn (withdrawn photos are no longer argued with, so their findings are not reviewed).
 * The review queue and the export gate count the same thing.
 */
export function awaitingReviewFilter(organizationId: string): Prisma.FindingWhereInput {
  return { organizationId, review: "PENDING", evidence: { withdrawnAt: null } };
}
