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

  const rows: [string, React.ReactNode][] = [
    [t("store"), `${dispute.store.name} · ${td(`platform.${dispute.store.platform}`)}`],
    [t("product"), dispute.product ? (dispute.product.sku ? `${dispute.product.name} (${dispute.product.sku})` : dispute.product.name) : t("notSet")],
    [t("orderNo"), order.orderNo],
    [t("trackingNo"), order.trackingNo ?? t("notSet")],
    [t("orderAmount"), <span key="amount" className="tabular-nums">{formatFen(order.amountFen)}</span>],
    [t("orderedAt"), date(order.orderedAt)],
    [t("shippedAt"), date(order.shippedAt)],
    [t("deliveredAt"), date(order.deliveredAt)],
    [t("claimFiledAt"), date(dispute.claimFiledAt)],
    [t("responseDeadline"), dispute.responseDeadline ? format.dateTime(dispute.responseDeadline, { dateStyle: "medium", timeStyle: "short" }) : t("notSet")],
  ];

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("summary")}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-6 md:grid-cols-[2fr_1fr]">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr_max-content_1fr]" data-testid="dispute-summary">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-muted-foreground">{label}</dt>
              <dd className="min-w-0 break-words">{value}</dd>
            </div>
          ))}
        </dl>
        <div className="space-y-2 border-t border-border pt-4 text-sm md:border-t-0 md:border-l md:pt-0 md:pl-6" data-testid="dispute-buyer">
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

function OnFile({ label }: { label: string }) {
  return (
    <p className="flex items-center gap-1.5 text-xs text-muted-foreground">
      <ShieldCheck className="size-3.5 text-emerald-600" aria-hidden />
      {label}
    </p>
  );
}
