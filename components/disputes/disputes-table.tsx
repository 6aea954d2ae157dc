import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { DisputeListItem } from "@/lib/disputes/find-list-items";
import { formatFen } from "@/lib/utils/money";
import { DeadlineChip } from "./deadline-chip";
import { DisputeStatusBadge } from "./dispute-status-badge";

export async function DisputesTable({ items, now }: { items: DisputeListItem[]; now: Date }) {
  const t = await getTranslations("disputes.list.columns");
  const tp = await getTranslations("domain.platform");
  const format = await getFormatter();
  return (
    <Table data-testid="disputes-table">
      <THead>
        <tr>
          <TH>{t("orderNo")}</TH>
          <TH>{t("platformStore")}</TH>
          <TH>{t("buyer")}</TH>
          <TH className="text-right">{t("amount")}</TH>
          <TH>{t("status")}</TH>
          <TH>{t("deadline")}</TH>
          <TH className="text-right">{t("created")}</TH>
        </tr>
      </THead>
      <TBody>
        {items.map((d) => (
          <TR key={d.id} data-testid="dispute-row">
            <TD className="max-w-56">
              <Link href={`/disputes/${d.id}`} className="block truncate font-medium text-primary hover:underline">
                {d.order.orderNo}
              </Link>
              {d.order.trackingNo ? <span className="block truncate text-xs text-muted-foreground">{d.order.trackingNo}</span> : null}
            </TD>
            <TD className="max-w-48">
              <span className="block">{tp(d.store.platform)}</span>
              <span className="block truncate text-xs text-muted-foreground">{d.store.name}</span>
            </TD>
            <TD className="max-w-40">
              <span className="block truncate">{d.buyer?.nickname ?? d.buyer?.platformBuyerId ?? "—"}</span>
              {d.buyer?.nickname && d.buyer.platformBuyerId ? (
                <span className="block truncate text-xs text-muted-foreground">{d.buyer.platformBuyerId}</span>
              ) : null}
            </TD>
            <TD className="text-right font-medium tabular-nums">{formatFen(d.amountClaimedFen)}</TD>
            <TD>
              <DisputeStatusBadge status={d.status} />
            </TD>
            <TD>
              <DeadlineChip deadline={d.responseDeadline} status={d.status} now={now} />
            </TD>
            <TD className="text-right text-xs whitespace-nowrap text-muted-foreground tabular-nums">
              {format.dateTime(d.createdAt, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
