import { ArrowLeft, PackageX } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DisputeStatusBadge } from "@/components/disputes/dispute-status-badge";
import { EvidenceItem } from "@/components/evidence/evidence-item";
import { PackingVideoUploader } from "@/components/orders/packing-video-uploader";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { hasPermission } from "@/lib/auth/assert-permission";
import { requirePageSession } from "@/lib/auth/require-page-session";
import { acceptAttribute } from "@/lib/evidence/detect-file-type";
import { formatByteSize } from "@/lib/evidence/format-byte-size";
import { getSizeCap } from "@/lib/evidence/get-size-cap";
import { AppError } from "@/lib/errors";
import { getOrder } from "@/lib/orders/get-order";
import { formatFen } from "@/lib/utils/money";

export async function generateMetadata() {
  return { title: (await getTranslations("orders"))("title") };
}

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageSession();
  const order = await getOrder(ctx, (await params).id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("orders.detail");
  const tp = await getTranslations("domain.platform");
  const format = await getFormatter();
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : t("none"));
  const liveVideos = order.videos.filter((video) => !video.withdrawal);
  const facts: [string, React.ReactNode][] = [
    [t("store"), `${tp(order.store.platform)} · ${order.store.name}`],
    [t("tracking"), order.trackingNo ? <span className="font-mono">{order.trackingNo}</span> : t("none")],
    [t("amount"), formatFen(order.amountFen)],
    [t("ordered"), when(order.orderedAt)],
    [t("shipped"), when(order.shippedAt)],
    [t("buyer"), order.buyer?.nickname ?? order.buyer?.platformBuyerId ?? t("none")],
    [t("product"), order.product ? `${order.product.name}${order.product.sku ? ` (${order.product.sku})` : ""}` : t("none")],
  ];

  return (
    <div className="mx-auto max-w-7xl space-y-6">
      <div className="space-y-1">
        <Link href="/orders" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
          <ArrowLeft className="size-4" aria-hidden />
          {t("back")}
        </Link>
        <h1 className="text-xl font-semibold" data-testid="order-title">
          {t("orderNo")} {order.orderNo}
        </h1>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Card>
          <section aria-labelledby="order-videos-title" data-testid="order-videos" data-count={liveVideos.length}>
            <CardHeader>
              <CardTitle id="order-videos-title">{t("videos")}</CardTitle>
            </CardHeader>
            <CardContent className="space-y-5">
              {liveVideos.length === 0 ? (
                <div role="alert" className="flex gap-3 rounded-md border-2 border-red-300 bg-red-50 p-4 text-red-900" data-testid="order-video-missing">
                  <PackageX className="size-8 shrink-0 text-red-600" aria-hidden />
                  <div>
                    <p className="font-semibold">{t("noVideoTitle")}</p>
                    <p className="text-sm">{t("noVideoDescription")}</p>
                  </div>
                </div>
              ) : null}
              {order.videos.length ? (
                <ul className="grid gap-4 sm:grid-cols-2">
                  {order.videos.map((video) => (
                    <EvidenceItem key={video.id} evidence={video} canWithdraw={hasPermission(ctx, { evidence: ["withdraw"] })} />
                  ))}
                </ul>
              ) : null}
              {hasPermission(ctx, { evidence: ["upload"] }) ? (
                <PackingVideoUploader
                  url={`/api/orders/${order.id}/videos`}
                  heading={t("uploadHeading")}
                  hint={t("uploadHint", { cap: formatByteSize(getSizeCap("PACKING_VIDEO")) })}
                  accept={acceptAttribute("PACKING_VIDEO")}
                />
              ) : null}
            </CardContent>
          </section>
        </Card>
        <div className="space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("facts")}</CardTitle>
            </CardHeader>
            <CardContent>
              <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-sm">
                {facts.map(([label, value]) => (
                  <div key={label} className="contents">
                    <dt className="text-muted-foreground">{label}</dt>
                    <dd className="break-words">{value}</dd>
                  </div>
                ))}
              </dl>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("disputes")}</CardTitle>
            </CardHeader>
            <CardContent>
              {order.disputes.length ? (
                <ul className="space-y-2 text-sm" data-testid="order-disputes">
                  {order.disputes.map((dispute) => (
                    <li key={dispute.id} className="flex items-center justify-between gap-2">
                      <Link href={`/disputes/${dispute.id}`} className={buttonVariants({ variant: "link", size: "sm" }) + " px-0"}>
                        {t("claimed", { amount: formatFen(dispute.amountClaimedFen) })} · {format.dateTime(dispute.claimFiledAt, { dateStyle: "medium" })}
                      </Link>
                      <DisputeStatusBadge status={dispute.status} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-muted-foreground">{t("noDisputes")}</p>
              )}
            </CardContent>
          </Card>
        </div>
      </div>
    </div>
  );
}
