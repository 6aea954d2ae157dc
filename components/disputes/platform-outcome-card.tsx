import { getTranslations } from "next-intl/server";
import { recordPlatformOutcomeAction } from "@/app/(app)/disputes/actions";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { DisputeDetail } from "@/lib/disputes/get-dispute";
import { fenToYuanInput, formatFen } from "@/lib/utils/money";
import { PlatformOutcomeForm } from "./platform-outcome-form";

/**
 * How the platform handled the refund, as the merchant records it: it decides what the legal
 * assessment counts as paid and whether a claim against the platform is offered.
 */
export async function PlatformOutcomeCard({ dispute, canEdit }: { dispute: DisputeDetail; canEdit: boolean }) {
  const t = await getTranslations("disputes.platformOutcome");
  return (
    <Card>
      <section aria-labelledby="platform-outcome-title" data-testid="platform-outcome">
        <CardHeader>
          <CardTitle id="platform-outcome-title">{t("title")}</CardTitle>
        </CardHeader>
        <CardContent className="space-y-3 text-sm">
          <p className="text-xs text-muted-foreground">{t("description")}</p>
          {canEdit ? (
            <PlatformOutcomeForm
              action={recordPlatformOutcomeAction.bind(null, dispute.id)}
              current={{
                refundPaid: dispute.refundPaidFen === null ? "" : fenToYuanInput(dispute.refundPaidFen),
                platformSkippedReview: dispute.platformSkippedReview,
                note: dispute.platformOutcomeNote ?? "",
              }}
            />
          ) : (
            <dl className="space-y-1">
              <dt className="text-xs text-muted-foreground">{t("refundPaid")}</dt>
              <dd>{dispute.refundPaidFen === null ? t("notRecorded") : formatFen(dispute.refundPaidFen)}</dd>
              <dt className="text-xs text-muted-foreground">{t("review")}</dt>
              <dd>{dispute.platformSkippedReview ? t("skippedReview") : t("notRecorded")}</dd>
              {dispute.platformOutcomeNote ? <dd className="whitespace-pre-wrap text-muted-foreground">{dispute.platformOutcomeNote}</dd> : null}
            </dl>
          )}
        </CardContent>
      </section>
    </Card>
  );
}
