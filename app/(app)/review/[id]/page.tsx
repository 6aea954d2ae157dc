import { ExternalLink } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { assignReviewerAction } from "@/app/(app)/review/actions";
import { AuditTable } from "@/components/audit/audit-table";
import { DeadlineChip } from "@/components/disputes/deadline-chip";
import { DisputeClaimCard } from "@/components/disputes/dispute-claim-card";
import { DisputeStatusBadge } from "@/components/disputes/dispute-status-badge";
import { FindingsSection } from "@/components/forensics/findings-section";
import { AssignReviewerForm } from "@/components/review/assign-reviewer-form";
import { ReviewProgressLines } from "@/components/review/review-progress-lines";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { hasPermission } from "@/lib/auth/assert-permission";
import { requirePageSession } from "@/lib/auth/require-page-session";
import { getDispute } from "@/lib/disputes/get-dispute";
import { AppError } from "@/lib/errors";
import { getReviewProgress } from "@/lib/review/get-review-progress";
import { listReviewers } from "@/lib/review/list-reviewers";
import { formatFen } from "@/lib/utils/money";

export async function generateMetadata() {
  return { title: (await getTranslations("review"))("title") };
}

/** One case in the review queue: the claim, every finding with confirm / reject, who reviews it, and the case's audit trail. */
export default async function ReviewCasePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageSession();
  const t = await getTranslations("review");
  if (!hasPermission(ctx, { review: ["decide"] })) return <Alert data-testid="review-forbidden">{t("forbidden")}</Alert>;
  const dispute = await getDispute(ctx, (await params).id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [reviewers, readiness, audit] = await Promise.all([listReviewers(ctx), getReviewProgress(ctx, dispute.id), listAuditEvents(ctx, { disputeId: dispute.id })]);
  const reviewer = reviewers.find((member) => member.userId === dispute.reviewerId);

  return (
    <div className="mx-auto max-w-7xl space-y-6">
      <div className="space-y-3">
        <BackLink href="/review">{t("backToQueue")}</BackLink>
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div className="space-y-1.5">
            <div className="flex flex-wrap items-center gap-2">
              <h1 className="text-xl font-semibold" data-testid="review-order-no">
                {t("caseTitle", { orderNo: dispute.order.orderNo })}
              </h1>
              <DisputeStatusBadge status={dispute.status} />
              <DeadlineChip deadline={dispute.responseDeadline} status={dispute.status} now={new Date()} dash={false} />
            </div>
            <p className="text-sm text-muted-foreground">
              {formatFen(dispute.amountClaimedFen)} · {dispute.store.name}
            </p>
          </div>
          <Link href={`/disputes/${dispute.id}`} className="inline-flex items-center gap-1 text-sm text-primary hover:underline">
            <ExternalLink className="size-4" aria-hidden />
            {t("openCase")}
          </Link>
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          <FindingsSection ctx={ctx} disputeId={dispute.id} />
          <DisputeClaimCard dispute={dispute} />
        </div>
        <div className="space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("progress.title")}</CardTitle>
            </CardHeader>
            <CardContent className="space-y-2 text-sm" data-testid="review-progress" data-ready={readiness.ready ? "true" : "false"}>
              {readiness.ready ? (
                <p className="text-emerald-700">{t("progress.done")}</p>
              ) : (
                <ReviewProgressLines progress={readiness} />
              )}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("assign.title")}</CardTitle>
            </CardHeader>
            <CardContent className="text-sm" data-testid="review-assignee">
              {hasPermission(ctx, { review: ["assign"] }) ? (
                <AssignReviewerForm action={assignReviewerAction.bind(null, dispute.id)} reviewers={reviewers} current={dispute.reviewerId} orderNo={dispute.order.orderNo} />
              ) : (
                <p>{reviewer?.name ?? t("unassigned")}</p>
              )}
            </CardContent>
          </Card>
        </div>
      </div>
      <Card>
        <section aria-labelledby="review-audit-title" data-testid="review-audit">
          <CardHeader>
            <CardTitle id="review-audit-title">{t("auditTitle", { total: audit.total })}</CardTitle>
          </CardHeader>
          <AuditTable events={audit.events} />
          {audit.total > audit.events.length ? (
            <p className="border-t border-border px-4 py-2 text-xs text-muted-foreground">
              {t("auditMore", { shown: audit.events.length })}{" "}
              <Link href="/audit" className="text-primary hover:underline">
                {t("auditAll")}
              </Link>
            </p>
          ) : null}
        </section>
      </Card>
    </div>
  );
}
