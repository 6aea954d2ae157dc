import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DeadlineChip } from "@/components/disputes/deadline-chip";
import { DisputeStatusBadge } from "@/components/disputes/dispute-status-badge";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { DisputeListItem } from "@/lib/disputes/find-list-items";
import { formatFen } from "@/lib/utils/money";

/** Open disputes by nearest response deadline, overdue ones first. */
export async function UrgentDisputes({ items, now }: { items: DisputeListItem[]; now: Date }) {
  const t = await getTranslations("dashboard");
  const tc = await getTranslations("disputes.list.columns");
  const tp = await getTranslations("domain.platform");
  return (
    <Card className="overflow-hidden">
      <CardHeader>
        <CardTitle>{t("urgent")}</CardTitle>
        <Link href="/disputes?deadline=7d" className="text-xs text-primary hover:underline">
          {t("viewAll")}
        </Link>
      </CardHeader>
      {items.length ? (
        <Table data-testid="urgent-disputes">
          <THead>
            <tr>
              <TH>
                {tc("orderNo")} · {tc("platformStore")}
              </TH>
              <TH className="text-right">{tc("amount")}</TH>
              <TH>{tc("status")}</TH>
              <TH>{tc("deadline")}</TH>
            </tr>
          </THead>
          <TBody>
            {items.map((d) => (
              <TR key={d.id}>
                {/* Store under the order number: the card is a narrow column, and the deadline must stay in view. */}
                <TD className="max-w-56">
                  <Link href={`/disputes/${d.id}`} className="block truncate font-medium text-primary hover:underline">
                    {d.order.orderNo}
                  </Link>
                  <span className="block truncate text-xs text-muted-foreground">
                    {tp(d.store.platform)} · {d.store.name}
                  </span>
                </TD>
                <TD className="text-right tabular-nums">{formatFen(d.amountClaimedFen)}</TD>
                <TD>
                  <DisputeStatusBadge status={d.status} />
                </TD>
                <TD className="whitespace-nowrap">
                  <DeadlineChip deadline={d.responseDeadline} status={d.status} now={now} />
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      ) : (
        <p className="px-4 py-8 text-center text-sm text-muted-foreground">{t("urgentEmpty")}</p>
      )}
    </Card>
  );
}
