import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DisputeStatusBadge } from "@/components/disputes/dispute-status-badge";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { RepeatClaimant } from "@/lib/legal/list-repeat-claimants";
import { formatFen } from "@/lib/utils/money";

/** One row per claimant: accounts, how they were linked, totals and every dispute as a link. */
export async function RepeatClaimantsTable({ items }: { items: RepeatClaimant[] }) {
  const t = await getTranslations("buyers");
  const tl = await getTranslations("legal");
  const td = await getTranslations("domain");
  const format = await getFormatter();
  return (
    <Table data-testid="buyers-table">
      <THead>
        <tr>
          <TH>{t("columns.buyer")}</TH>
          <TH>{t("columns.matchedBy")}</TH>
          <TH className="text-right">{t("columns.claims")}</TH>
          <TH className="text-right">{t("columns.total")}</TH>
          <TH>{t("columns.disputes")}</TH>
        </tr>
      </THead>
      <TBody>
        {items.map((claimant) => (
          <TR key={claimant.key} data-testid="buyer-row">
            <TD className="align-top">
              <ul className="space-y-0.5">
                {claimant.accounts.map((account, index) => (
                  <li key={index}>
                    <span className="font-medium">{account.nickname ?? account.platformBuyerId ?? t("unnamed")}</span>
                    <span className="ml-1 text-xs text-muted-foreground">
                      {td(`platform.${account.platform}`)}
                      {account.platformBuyerId && account.nickname ? ` · ${account.platformBuyerId}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            </TD>
            <TD className="align-top">
              <div className="flex flex-wrap gap-1">
                {claimant.matchedBy.map((kind) => (
                  <Badge key={kind} tone="violet">
                    {tl(`keyKind.${kind}`)}
                  </Badge>
                ))}
              </div>
            </TD>
            <TD className="text-right align-top tabular-nums">{claimant.disputeCount}</TD>
            <TD className="text-right align-top font-semibold tabular-nums" data-testid="buyer-total">
              {formatFen(claimant.totalClaimedFen)}
            </TD>
            <TD className="align-top">
              <ul className="space-y-1">
                {claimant.disputes.map((dispute) => (
                  <li key={dispute.id} className="flex flex-wrap items-center gap-2">
                    <Link href={`/disputes/${dispute.id}`} className="font-mono text-xs text-primary underline">
                      {dispute.orderNo}
                    </Link>
                    <span className="tabular-nums">{formatFen(dispute.amountClaimedFen)}</span>
                    <span className="text-xs text-muted-foreground">{format.dateTime(dispute.claimFiledAt, { dateStyle: "medium" })}</span>
                    <DisputeStatusBadge status={dispute.status} />
                  </li>
                ))}
              </ul>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
