import { Prisma } from "@/lib/db/generated/client";

/**
 * Findings a person still has to confirm or reject: undecided, on a photo that has not been
 * withdrawn (withdrawn photos are no longer argued with, so their findings are not reviewed).
 * The review queue and the review gate (export, READY) count the same thing; the two forms
 * below must stay in step.
 */
export function awaitingReviewFilter(organizationId: string): Prisma.FindingWhereInput {
  return { organizationId, review: "PENDING", evidence: { withdrawnAt: null } };
}

/** The same condition as SQL: the ids (column `id`) of the merchant's disputes with findings awaiting review. */
export function disputesAwaitingReviewSql(organizationId: string): Prisma.Sql {
  return Prisma.sql`SELECT DISTINCT f.disputeId AS id FROM Finding f JOIN Evidence e ON e.id = f.evidenceId
    WHERE f.organizationId = ${organizationId} AND f.review = 'PENDING' AND e.withdrawnAt IS NULL`;
}
