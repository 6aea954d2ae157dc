import { ImageOff } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { WithdrawEvidenceDialog } from "@/components/evidence/withdraw-evidence-dialog";
import { Badge } from "@/components/ui/badge";
import type { ReferencePhotoView } from "@/lib/products/list-product-reference-photos";
import { cn } from "@/lib/utils/cn";

const INDEX_TONE = { PENDING: "neutral", RUNNING: "blue", DONE: "green", FAILED: "red" } as const;

/** A product's reference photos with their indexing state; withdrawn ones stay visible, marked. */
export async function ReferencePhotoGallery({ photos, canWithdraw }: { photos: ReferencePhotoView[]; canWithdraw: boolean }) {
  const t = await getTranslations("products");
  const format = await getFormatter();
  if (!photos.length) return <p className="text-sm text-muted-foreground">{t("galleryEmpty")}</p>;
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={t("gallery")} data-testid="reference-gallery">
      {photos.map((photo) => (
        <li
          key={photo.id}
          className="flex flex-col overflow-hidden rounded-lg border border-border bg-card"
          data-testid="reference-photo"
          data-indexing={photo.indexing.status}
          data-withdrawn={photo.withdrawal ? "true" : "false"}
        >
          <a
            href={photo.viewUrl}
            target="_blank"
            rel="noopener noreferrer"
            className={cn("relative block aspect-[4/3] bg-muted", photo.withdrawal && "opacity-50 grayscale")}
          >
            {photo.thumbnailUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- tenant-checked API thumbnail
              <img src={photo.thumbnailUrl} alt={photo.originalName} className="size-full object-contain" data-testid="reference-thumbnail" />
            ) : (
              <ImageOff className="m-auto size-10 text-muted-foreground" aria-hidden />
            )}
          </a>
          <div className="flex flex-1 flex-col gap-2 p-3 text-sm">
            <p className={cn("font-medium break-all", photo.withdrawal && "text-muted-foreground line-through")}>{photo.originalName}</p>
            <div className="flex flex-wrap items-center gap-2 text-xs">
              {photo.withdrawal ? (
                <Badge tone="amber">{t("withdrawn")}</Badge>
              ) : (
                <Badge tone={INDEX_TONE[photo.indexing.status]} data-testid="reference-indexing">
                  {t(`indexing.${photo.indexing.status}`)}
                </Badge>
              )}
              <time dateTime={photo.createdAt} className="text-muted-foreground">
                {t("uploadedAt", { time: format.dateTime(new Date(photo.createdAt), { dateStyle: "medium", timeStyle: "short" }) })}
              </time>
            </div>
            {canWithdraw && !photo.withdrawal ? (
              <div className="mt-auto flex justify-end pt-1">
                <WithdrawEvidenceDialog evidenceId={photo.id} fileName={photo.originalName} />
              </div>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
