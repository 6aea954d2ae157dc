import { ShieldCheck } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { DisputeDetail } from "@/lib/disputes/get-dispute";
import { formatFen } from "@/lib/utils/money";

/** The facts of the case. The buyer's phone and address are only ever "on file", never shown. */
export async function DisputeSummaryCard({ dispute }: { dispute: DisputeDetail }) {
  const t = await getTranslations("disputes.detail");
  const td = await getTranslations("domain");
  const format = await getFormatter();
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium" }) : t("notSet"));
  const { order, buyer } = dispute;

  const orderFacts: [string, React.ReactNode][] = [
    [t("store"), `${dispute.store.name} · ${td(`platform.${dispute.store.platform}`)}`],
    [t("product"), dispute.product ? (dispute.product.sku ? `${dispute.product.name} (${dispute.product.sku})` : dispute.product.name) : t("notSet")],
    [t("orderNo"), order.orderNo],
    [t("trackingNo"), order.trackingNo ?? t("notSet")],
    [t("orderAmount"), <span key="amount" className="tabular-nums">{formatFen(order.amountFen)}</span>],
  ];
  const dates: [string, React.ReactNode][] = [
    [t("orderedAt"), date(order.orderedAt)],
    [t("shippedAt"), date(order.shippedAt)],
    [t("deliveredAt"), date(order.deliveredAt)],
    [t("claimFiledAt"), date(dispute.claimFiledAt)],
    [t("responseDeadline"), dispute.responseDeadline ? format.dateTime(dispute.responseDeadline, { dateStyle: "medium", timeStyle: "short" }) : t("notSet")],
  ];

  return (
    // Laid out by the card's own width (container queries): the page gives it a narrow column beside the side panel.
    <Card className="@container">
      <CardHeader>
        <CardTitle>{t("summary")}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-6 @4xl:grid-cols-[minmax(0,1fr)_13rem]">
        <div className="grid gap-x-6 gap-y-2 @xl:grid-cols-2" data-testid="dispute-summary">
          <Facts rows={orderFacts} />
          <Facts rows={dates} />
        </div>
        <div className="space-y-2 border-t border-border pt-4 text-sm @4xl:border-t-0 @4xl:border-l @4xl:pt-0 @4xl:pl-6" data-testid="dispute-buyer">
          <p className="text-muted-foreground">{t("buyer")}</p>
          {buyer ? (
            <>
              <p className="font-medium">{buyer.nickname ?? buyer.platformBuyerId}</p>
              {buyer.nickname && buyer.platformBuyerId ? (
                <p className="text-muted-foreground">
                  {t("buyerPlatformId")}: {buyer.platformBuyerId}
                </p>
              ) : null}
              {buyer.hasPhone ? <OnFile label={t("phoneOnFile")} /> : null}
              {buyer.hasAddress ? <OnFile label={t("addressOnFile")} /> : null}
            </>
          ) : (
            <p>{t("noBuyer")}</p>
          )}
        </div>
      </CardContent>
    </Card>
  );
}

function Facts({ rows }: { rows: [string, React.ReactNode][] }) {
  return (
    <dl className="grid h-fit grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted-foreground">{label}</dt>
          <dd className="[overflow-wrap:anywhere]">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function OnFile({ label }: { label: string }) {
  return (
    <p className="flex items-center gap-1.5 text-xs text-muted-foreground">
      <ShieldCheck className="size-3.5 text-emerald-600" aria-hidden />
      {label}
    </p>
  );
}
