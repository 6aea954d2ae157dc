import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AutoRefresh } from "@/components/forensics/auto-refresh";
import { ReferencePhotoGallery } from "@/components/products/reference-photo-gallery";
import { ReferencePhotoUploader } from "@/components/products/reference-photo-uploader";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { hasPermission } from "@/lib/auth/assert-permission";
import { requirePageSession } from "@/lib/auth/require-page-session";
import { acceptAttribute } from "@/lib/evidence/detect-file-type";
import { getSizeCap } from "@/lib/evidence/get-size-cap";
import { AppError } from "@/lib/errors";
import { getProduct } from "@/lib/products/get-product";
import { listProductReferencePhotos } from "@/lib/products/list-product-reference-photos";

export async function generateMetadata() {
  return { title: (await getTranslations("products"))("title") };
}

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageSession();
  const { id } = await params;
  // Another merchant's id and an unknown id both end in the 404 page.
  const [product, photos] = await Promise.all([getProduct(ctx, id), listProductReferencePhotos(ctx, id)]).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("products");
  const indexing = photos.some((p) => !p.withdrawal && (p.indexing.status === "PENDING" || p.indexing.status === "RUNNING"));

  return (
    <div className="mx-auto max-w-6xl space-y-4">
      <Link href="/products" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden />
        {t("back")}
      </Link>
      <div>
        <h1 className="text-xl font-semibold" data-testid="product-name">
          {product.name}
        </h1>
        <p className="text-sm text-muted-foreground">
          {t("productFacts", { store: product.store?.name ?? t("noStore"), sku: product.sku ?? t("noSku") })} · {t("disputeCount", { count: product._count.disputes })}
        </p>
      </div>
      {indexing ? <AutoRefresh /> : null}
      <Card>
        <CardHeader>
          <CardTitle>{t("referencePhotos")}</CardTitle>
        </CardHeader>
        <CardContent className="space-y-5">
          {hasPermission(ctx, { evidence: ["upload"] }) ? (
            <ReferencePhotoUploader productId={product.id} accept={acceptAttribute("REFERENCE_PHOTO")} maxBytes={getSizeCap("REFERENCE_PHOTO")} />
          ) : null}
          <ReferencePhotoGallery photos={photos} canWithdraw={hasPermission(ctx, { evidence: ["withdraw"] })} />
        </CardContent>
      </Card>
    </div>
  );
}
