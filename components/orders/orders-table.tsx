import { VideoOff } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { listOrders } from "@/lib/orders/list-orders";
import { formatFen } from "@/lib/utils/money";

type OrderItem = Awaited<ReturnType<typeof listOrders>>["items"][number];

/** The orders list; an order without a packing video carries a red badge. */
export async function OrdersTable({ items }: { items: OrderItem[] }) {
  const t = await getTranslations("orders.list");
  const tp = await getTranslations("domain.platform");
  const format = await getFormatter();
  return (
    <Table data-testid="orders-table">
      <THead>
        <tr>
          <TH>
            {t("order")} · {t("tracking")}
          </TH>
          <TH>{t("store")}</TH>
          <TH>{t("buyer")}</TH>
          <TH>{t("product")}</TH>
          <TH className="text-right">{t("amount")}</TH>
          <TH>{t("shipped")}</TH>
          <TH>{t("video")}</TH>
          <TH className="text-right">{t("disputes")}</TH>
        </tr>
      </THead>
      <TBody>
        {items.map((order) => (
          <TR key={order.id} data-testid="order-row" data-order-no={order.orderNo}>
            {/* Tracking number under the order number, so the packing-video column stays in view on a laptop screen. */}
            <TD className="max-w-48">
              <Link href={`/orders/${order.id}`} className="block truncate font-medium text-primary hover:underline">
                {order.orderNo}
              </Link>
              <span className="block truncate font-mono text-xs text-muted-foreground">{order.trackingNo ?? "—"}</span>
            </TD>
            <TD className="max-w-40">
              <span className="block">{tp(order.store.platform)}</span>
              <span className="block truncate text-xs text-muted-foreground">{order.store.name}</span>
            </TD>
            <TD className="max-w-32 truncate">{order.buyer?.nickname ?? order.buyer?.platformBuyerId ?? "—"}</TD>
            <TD className="max-w-40 truncate">{order.product?.name ?? "—"}</TD>
            <TD className="text-right tabular-nums">{formatFen(order.amountFen)}</TD>
            <TD className="text-xs whitespace-nowrap text-muted-foreground tabular-nums">
              {order.shippedAt ? format.dateTime(order.shippedAt, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }) : "—"}
            </TD>
            <TD className="whitespace-nowrap">
              {order.videoCount ? (
                <Badge tone="green">{t("videoCount", { count: order.videoCount })}</Badge>
              ) : (
                <Badge tone="red" className="border border-red-300 font-semibold" data-testid="no-video-badge">
                  <VideoOff className="size-3" aria-hidden />
                  {t("noVideo")}
                </Badge>
              )}
            </TD>
            <TD className="text-right tabular-nums">{order.disputeCount || "—"}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
