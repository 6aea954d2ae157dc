import { Camera, PackageX, Video } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { SessionContext } from "@/lib/auth/session-context";
import { getDisputePackingVideos } from "@/lib/video/get-dispute-packing-videos";
import { PackingVideoCard } from "./packing-video-card";

/**
 * The disputed order's packing video(s), ready to play at the top of the dispute page;
 * without one, a red alert says so and what to do about it.
 */
export async function DisputePackingVideo({ ctx, disputeId }: { ctx: SessionContext; disputeId: string }) {
  const t = await getTranslations("video.panel");
  const { order, videos } = await getDisputePackingVideos(ctx, disputeId);
  const orderLink = (
    <Link href={`/orders/${order.id}`} className={buttonVariants({ variant: "outline", size: "sm" })}>
      {t("openOrder")}
    </Link>
  );

  return (
    <Card>
      <section aria-labelledby="packing-video-title" data-testid="dispute-packing-video" data-count={videos.length}>
        <CardHeader>
          <CardTitle id="packing-video-title" className="flex items-center gap-2">
            <Video className="size-4" aria-hidden />
            {t("title")}
            {videos.length ? <Badge tone="green">{t("count", { count: videos.length })}</Badge> : null}
          </CardTitle>
          <span className="truncate text-xs text-muted-foreground">
            {t("order", { orderNo: order.orderNo })} · {order.trackingNo ? t("tracking", { trackingNo: order.trackingNo }) : t("noTracking")}
          </span>
        </CardHeader>
        <CardContent>
          {videos.length ? (
            <ul className="grid gap-4 sm:grid-cols-2" data-testid="packing-video-list">
              {videos.map((video) => (
                <PackingVideoCard key={video.id} video={video} />
              ))}
            </ul>
          ) : (
            <div role="alert" className="flex gap-3 rounded-md border-2 border-red-300 bg-red-50 p-4 text-red-900" data-testid="packing-video-missing">
              <PackageX className="size-8 shrink-0 text-red-600" aria-hidden />
              <div className="space-y-2">
                <p className="text-base font-semibold">{t("missingTitle")}</p>
                <p className="text-sm">{t("missingDescription", { orderNo: order.orderNo })}</p>
                <div className="flex flex-wrap gap-2">
                  <Link href="/packing" className={buttonVariants({ variant: "destructive", size: "sm" })}>
                    <Camera aria-hidden />
                    {t("openStation")}
                  </Link>
                  {orderLink}
                </div>
              </div>
            </div>
          )}
        </CardContent>
      </section>
    </Card>
  );
}
