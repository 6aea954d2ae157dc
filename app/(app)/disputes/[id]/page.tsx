import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DisputeClaimCard } from "@/components/disputes/dispute-claim-card";
import { DisputeHeader } from "@/components/disputes/dispute-header";
import { PlatformOutcomeCard } from "@/components/disputes/platform-outcome-card";
import { DisputeStatusCard } from "@/components/disputes/dispute-status-card";
import { DisputeSummaryCard } from "@/components/disputes/dispute-summary-card";
import { DisputeTimeline } from "@/components/disputes/dispute-timeline";
import { EvidenceSection } from "@/components/evidence/evidence-section";
import { DisputePackingVideo } from "@/components/video/dispute-packing-video";
import { ExportsSection } from "@/components/export/exports-section";
import { FindingsSection } from "@/components/forensics/findings-section";
import { LegalAssessmentSection } from "@/components/legal/legal-assessment-section";
import { DocumentsSection } from "@/components/documents/documents-section";
import { hasPermission } from "@/lib/auth/assert-permission";
import { requirePageSession } from "@/lib/auth/require-page-session";
import { nextStatusesFor, RECOVERY_STATUSES } from "@/lib/disputes/dispute-status-flow";
import { getDispute } from "@/lib/disputes/get-dispute";
import { AppError } from "@/lib/errors";
import { changeDisputeStatusAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("disputes"))("title") };
}

export default async function DisputePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageSession();
  // Another merchant's id and an unknown id both end in the 404 page.
  const dispute = await getDispute(ctx, (await params).id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const next = nextStatusesFor(ctx, dispute.status);
  const now = new Date();

  return (
    <div className="mx-auto max-w-7xl space-y-6">
      <DisputeHeader dispute={dispute} now={now} canEdit={hasPermission(ctx, { dispute: ["update"] })} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          <DisputeSummaryCard dispute={dispute} />
          <DisputeClaimCard dispute={dispute} />
          <DisputePackingVideo ctx={ctx} disputeId={dispute.id} />
          <EvidenceSection ctx={ctx} disputeId={dispute.id} />
          <FindingsSection ctx={ctx} disputeId={dispute.id} />
          <LegalAssessmentSection ctx={ctx} disputeId={dispute.id} />
          <DocumentsSection ctx={ctx} disputeId={dispute.id} />
        </div>
        <div className="space-y-6">
          <DisputeStatusCard
            status={dispute.status}
            options={next.allowed}
            reviewGated={next.reviewGated}
            recoveryStatuses={RECOVERY_STATUSES}
            action={changeDisputeStatusAction.bind(null, dispute.id)}
          />
          <PlatformOutcomeCard dispute={dispute} canEdit={hasPermission(ctx, { dispute: ["update"] })} />
          <DisputeTimeline changes={dispute.statusChanges} />
          <ExportsSection ctx={ctx} disputeId={dispute.id} />
        </div>
      </div>
    </div>
  );
}
