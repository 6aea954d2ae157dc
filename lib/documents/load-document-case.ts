import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { notFound } from "@/lib/errors";
import { getDisputeLegalAssessment, type DisputeLegalAssessment } from "@/lib/legal/get-dispute-legal-assessment";
import { loadLegalRules } from "@/lib/legal/load-legal-rules";
import { loadReuseDisputes } from "@/lib/forensics/load-reuse-disputes";

/**
 * Everything a case document is filled from, for one dispute of the caller's merchant.
 * The buyer appears only by platform id and nickname: phone and address exist as salted
 * hashes and never go into a document.
 *
 * `known.assessment`: the dispute's legal assessment when the caller already has it (the
 * dispute page and the export show it too); one for another dispute is ignored.
 */
export async function loadDocumentCase(ctx: SessionContext, disputeId: string, known: { assessment?: DisputeLegalAssessment } = {}) {
  const dispute = await db.dispute.findFirst({
    where: { id: disputeId, organizationId: ctx.organizationId },
    select: {
      id: true,
      status: true,
      amountClaimedFen: true,
      amountRecoveredFen: true,
      reason: true,
      claimText: true,
      platformOutcomeNote: true,
      claimFiledAt: true,
      responseDeadline: true,
      organization: { select: { name: true } },
      store: { select: { name: true, platform: true } },
      product: { select: { name: true, sku: true } },
      order: { select: { id: true, orderNo: true, trackingNo: true, amountFen: true, orderedAt: true, shippedAt: true, deliveredAt: true } },
      buyer: { select: { platformBuyerId: true, nickname: true } },
    },
  });
  if (!dispute) throw notFound();

  const [assessment, evidence, findings, rules] = await Promise.all([
    known.assessment?.disputeId === disputeId ? known.assessment : getDisputeLegalAssessment(ctx, disputeId),
    db.evidence.findMany({
      where: {
        organizationId: ctx.organizationId,
        withdrawnAt: null,
        OR: [{ disputeId }, { orderId: dispute.order.id, kind: "PACKING_VIDEO" }],
      },
      select: { id: true, kind: true, originalName: true, sha256: true, sizeBytes: true, createdAt: true, recordedAt: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.finding.findMany({
      where: { organizationId: ctx.organizationId, disputeId, review: "CONFIRMED", evidence: { withdrawnAt: null } },
      select: { id: true, type: true, strength: true, explanationZh: true, explanationEn: true, evidenceId: true, reviewNote: true, detailsJson: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    loadLegalRules(),
  ]);

  // A reused photo is cited with the orders it was filed under before: what the platform checks.
  const reuseDisputes = await loadReuseDisputes(ctx, findings);
  const confirmedFindings = findings.map((finding) => ({ ...finding, otherOrderNos: (reuseDisputes.get(finding.id) ?? []).map((d) => d.orderNo) }));

  const { organization, ...rest } = dispute;
  return { ...rest, merchantName: organization.name, assessment, evidence, confirmedFindings, rules };
}

export type DocumentCase = Awaited<ReturnType<typeof loadDocumentCase>>;
