import { Package } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CreateProductForm } from "@/components/products/create-product-form";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { hasPermission } from "@/lib/auth/assert-permission";
import { requirePageSession } from "@/lib/auth/require-page-session";
import { listProductOverview } from "@/lib/products/list-product-overview";
import { listStores } from "@/lib/stores/list-stores";
import { createProductAction } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("products"))("title") };
}

export default async function ProductsPage() {
  const ctx = await requirePageSession();
  const t = await getTranslations("products");
  const [products, stores] = await Promise.all([listProductOverview(ctx), listStores(ctx)]);

  return (
    <div className="mx-auto max-w-6xl space-y-4">
      <div>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("subtitle")}</p>
      </div>
      {hasPermission(ctx, { dispute: ["create"] }) ? (
        <Card>
          <CardContent className="pt-5">
            <CreateProductForm stores={stores.map((s) => ({ id: s.id, name: s.name }))} action={createProductAction} />
          </CardContent>
        </Card>
      ) : null}
      <Card>
        {products.length ? (
          <Table data-testid="products-table">
            <caption className="sr-only">{t("count", { count: products.length })}</caption>
            <THead>
              <TR>
                <TH scope="col">{t("name")}</TH>
                <TH scope="col">{t("sku")}</TH>
                <TH scope="col">{t("store")}</TH>
                <TH scope="col" className="text-right">
                  {t("referencePhotos")}
                </TH>
              </TR>
            </THead>
            <TBody>
              {products.map((product) => (
                <TR key={product.id} data-testid="product-row">
                  <TD>
                    <Link href={`/products/${product.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                      {product.name}
                    </Link>
                  </TD>
                  <TD className="font-mono text-xs">{product.sku ?? "–"}</TD>
                  <TD>{product.store?.name ?? t("noStore")}</TD>
                  <TD className="text-right tabular-nums" data-testid="reference-count">
                    {product.referencePhotoCount}
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        ) : (
          <EmptyState icon={Package} title={t("emptyTitle")} description={t("emptyDescription")} />
        )}
      </Card>
    </div>
  );
}
