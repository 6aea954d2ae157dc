import { Pencil } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { Button } from "@/components/ui/button";
import type { DisputeDetail } from "@/lib/disputes/get-dispute";
import { formatFen } from "@/lib/utils/money";
import { DeadlineChip } from "./deadline-chip";
import { DisputeStatusBadge } from "./dispute-status-badge";

export async function DisputeHeader({ dispute, now, canEdit }: { dispute: DisputeDetail; now: Date; canEdit: boolean }) {
  const t = await getTranslations("disputes");
  const td = await getTranslations("domain");
  return (
    <div className="space-y-3">
      <BackLink href="/disputes">{t("backToList")}</BackLink>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0 space-y-1.5">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="truncate text-xl font-semibold" data-testid="dispute-order-no">
              {dispute.order.orderNo}
            </h1>
            <DisputeStatusBadge status={dispute.status} />
            <DeadlineChip deadline={dispute.responseDeadline} status={dispute.status} now={now} dash={false} />
          </div>
          <p className="text-sm text-muted-foreground">
            {td(`platform.${dispute.store.platform}`)} · {dispute.store.name} · {t(`reason.${dispute.reason}`)}
          </p>
        </div>
        <div className="flex items-end gap-6">
          <dl className="flex gap-6 text-right">
            <div>
              <dt className="text-xs text-muted-foreground">{t("detail.claimed")}</dt>
              <dd className="text-lg font-semibold tabular-nums" data-testid="dispute-amount">
                {formatFen(dispute.amountClaimedFen)}
              </dd>
            </div>
            {dispute.amountRecoveredFen > 0 ? (
              <div>
                <dt className="text-xs text-muted-foreground">{t("detail.recovered")}</dt>
                <dd className="text-lg font-semibold text-emerald-700 tabular-nums">{formatFen(dispute.amountRecoveredFen)}</dd>
              </div>
            ) : null}
          </dl>
          {canEdit ? (
            <Button asChild variant="outline" size="sm">
              <Link href={`/disputes/${dispute.id}/edit`} data-testid="dispute-edit-link">
                <Pencil aria-hidden />
                {t("detail.edit")}
              </Link>
            </Button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
