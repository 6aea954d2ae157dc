import { ChevronLeft, ChevronRight, PackageSearch, Search, SearchX } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OrderImportForm } from "@/components/orders/order-import-form";
import { OrdersTable } from "@/components/orders/orders-table";
import { PackingVideoUploader } from "@/components/orders/packing-video-uploader";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { hasPermission } from "@/lib/auth/assert-permission";
import { requirePageSession } from "@/lib/auth/require-page-session";
import { acceptAttribute } from "@/lib/evidence/detect-file-type";
import { formatByteSize } from "@/lib/evidence/format-byte-size";
import { getSizeCap } from "@/lib/evidence/get-size-cap";
import { listOrders } from "@/lib/orders/list-orders";
import { listStores } from "@/lib/stores/list-stores";
import { cn } from "@/lib/utils/cn";

export async function generateMetadata() {
  return { title: (await getTranslations("orders"))("title") };
}

export default async function OrdersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requirePageSession();
  const params = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const [result, stores] = await Promise.all([listOrders(ctx, { q: first(params.q), page: first(params.page) }), listStores(ctx)]);
  const t = await getTranslations("orders");
  const tp = await getTranslations("domain.platform");
  const canImport = hasPermission(ctx, { order: ["import"] });
  const canUpload = hasPermission(ctx, { evidence: ["upload"] });
  const pageHref = (page: number) => `/orders?${new URLSearchParams({ ...(result.q && { q: result.q }), page: String(page) })}`;
  const pageLink = (page: number, content: React.ReactNode, disabled: boolean) =>
    disabled ? (
      <span aria-disabled className={cn(buttonVariants({ variant: "outline", size: "sm" }), "pointer-events-none opacity-50")}>
        {content}
      </span>
    ) : (
      <Link href={pageHref(page)} className={buttonVariants({ variant: "outline", size: "sm" })}>
        {content}
      </Link>
    );

  return (
    <div className="mx-auto max-w-7xl space-y-4">
      <div>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("subtitle")}</p>
      </div>
      {canImport ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("import.heading")}</CardTitle>
          </CardHeader>
          <CardContent>
            <OrderImportForm stores={stores.map((store) => ({ id: store.id, label: `${tp(store.platform)} · ${store.name}` }))} />
          </CardContent>
        </Card>
      ) : null}
      {canUpload ? (
        <Card>
          <CardContent>
            <PackingVideoUploader
              url="/api/orders/videos"
              heading={t("autoUpload.heading")}
              hint={`${t("autoUpload.hint")} ${t("detail.uploadHint", { cap: formatByteSize(getSizeCap("PACKING_VIDEO")) })}`}
              accept={acceptAttribute("PACKING_VIDEO")}
            />
          </CardContent>
        </Card>
      ) : null}
      <Card className="overflow-hidden">
        <form method="get" action="/orders" role="search" className="flex flex-wrap items-end gap-3 border-b border-border p-4" data-testid="order-search">
          <div className="grid min-w-64 flex-1 gap-1">
            <label htmlFor="orders-q" className="text-xs font-medium text-muted-foreground">
              {t("list.search")}
            </label>
            <div className="relative">
              <Search className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" aria-hidden />
              <Input id="orders-q" name="q" type="search" defaultValue={result.q} className="pl-8" />
            </div>
          </div>
          <Button type="submit">{t("list.searchButton")}</Button>
          {result.q ? (
            <Link href="/orders" className={buttonVariants({ variant: "ghost" })}>
              {t("list.clear")}
            </Link>
          ) : null}
          <span className="ml-auto text-sm text-muted-foreground" data-testid="orders-count">
            {t("list.total", { count: result.total })}
          </span>
        </form>
        {result.items.length ? (
          <OrdersTable items={result.items} />
        ) : result.q ? (
          <EmptyState icon={SearchX} title={t("list.noMatchTitle", { q: result.q })} description={t("list.noMatchDescription")} />
        ) : (
          <EmptyState icon={PackageSearch} title={t("list.emptyTitle")} description={t("list.emptyDescription")} />
        )}
        {result.total > 0 ? (
          <nav className="flex items-center justify-between gap-4 border-t border-border px-3 py-2 text-sm text-muted-foreground">
            <span>{t("list.page", { page: result.page, pages: result.pageCount })}</span>
            <div className="flex gap-2">
              {pageLink(result.page - 1, <><ChevronLeft aria-hidden />{t("list.previous")}</>, result.page <= 1)}
              {pageLink(result.page + 1, <>{t("list.next")}<ChevronRight aria-hidden /></>, result.page >= result.pageCount)}
            </div>
          </nav>
        ) : null}
      </Card>
    </div>
  );
}
