import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { assignReviewerAction } from "@/app/(app)/review/actions";
import { DeadlineChip } from "@/components/disputes/deadline-chip";
import { DisputeStatusBadge } from "@/components/disputes/dispute-status-badge";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { AWAITING_RESPONSE_STATUSES } from "@/lib/disputes/dispute-status-flow";
import type { FindingStrength } from "@/lib/forensics/finding-schema";
import type { ReviewQueueItem } from "@/lib/review/list-review-queue";
import { formatFen } from "@/lib/utils/money";
import { AssignReviewerForm } from "./assign-reviewer-form";

const STRENGTH_TONE: Record<FindingStrength, "red" | "amber" | "blue" | "slate"> = { strong: "red", moderate: "amber", weak: "blue", info: "slate" };

/** The review queue: one row per case with findings awaiting review, in the order the lib sorted them (deadline first). */
export async function ReviewQueueTable({ items, now, reviewers }: { items: ReviewQueueItem[]; now: Date; reviewers: { userId: string; name: string }[] | null }) {
  const t = await getTranslations("review.columns");
  const tr = await getTranslations("review");
  const tp = await getTranslations("domain.platform");
  const ts = await getTranslations("forensics.strength");
  return (
    <Table data-testid="review-queue">
      <THead>
        <tr>
          <TH>{t("deadline")}</TH>
          <TH>{t("orderNo")}</TH>
          <TH>{t("platformStore")}</TH>
          <TH className="text-right">{t("amount")}</TH>
          <TH>{t("status")}</TH>
          <TH>{t("awaiting")}</TH>
          <TH>{t("reviewer")}</TH>
        </tr>
      </THead>
      <TBody>
        {items.map((item) => (
          <TR key={item.id} data-testid="review-row" data-dispute-id={item.id} data-deadline={item.responseDeadline && AWAITING_RESPONSE_STATUSES.includes(item.status) ? item.responseDeadline.toISOString() : ""}>
            <TD>
              <DeadlineChip deadline={item.responseDeadline} status={item.status} now={now} />
            </TD>
            <TD className="max-w-56">
              <Link href={`/review/${item.id}`} className="block truncate font-medium text-primary hover:underline">
                {item.orderNo}
              </Link>
              {item.buyer ? <span className="block truncate text-xs text-muted-foreground">{item.buyer}</span> : null}
            </TD>
            <TD className="max-w-48">
              <span className="block">{tp(item.store.platform)}</span>
              <span className="block truncate text-xs text-muted-foreground">{item.store.name}</span>
            </TD>
            <TD className="text-right font-medium tabular-nums">{formatFen(item.amountClaimedFen)}</TD>
            <TD>
              <DisputeStatusBadge status={item.status} />
            </TD>
            <TD>
              <span className="flex items-center gap-2">
                <span className="tabular-nums" data-testid="review-awaiting">
                  {tr("awaitingCount", { count: item.awaitingCount })}
                </span>
                {item.strongest ? <Badge tone={STRENGTH_TONE[item.strongest]}>{ts(item.strongest)}</Badge> : null}
              </span>
            </TD>
            <TD data-testid="review-reviewer">
              {reviewers ? (
                <AssignReviewerForm action={assignReviewerAction.bind(null, item.id)} reviewers={reviewers} current={item.reviewer?.id ?? null} orderNo={item.orderNo} />
              ) : (
                <span>{item.reviewer?.name ?? tr("unassigned")}</span>
              )}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
