import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { FindingStrength } from "@/lib/forensics/finding-schema";
import type { FindingView } from "@/lib/forensics/list-dispute-findings";
import type { FormState } from "@/lib/http/form-state";
import { cn } from "@/lib/utils/cn";
import { PictureToggle } from "./picture-toggle";
import { ReviewFindingForm } from "./review-finding-form";

const STRENGTH_TONE: Record<FindingStrength, "red" | "amber" | "blue" | "slate"> = { strong: "red", moderate: "amber", weak: "blue", info: "slate" };
const REVIEW_TONE = { PENDING: "neutral", CONFIRMED: "green", REJECTED: "slate" } as const;

/** One finding: what it is, how strong, why (in the reader's language), its pictures and the review. */
export async function FindingCard({
  finding,
  photo,
  reviewAction,
}: {
  finding: FindingView;
  photo: { name: string; thumbnailUrl: string; size: { width: number; height: number } | null };
  reviewAction: ((prev: FormState, data: FormData) => Promise<FormState>) | null;
}) {
  const t = await getTranslations("forensics");
  const locale = await getLocale();
  const format = await getFormatter();
  const percent = (value: unknown) => (typeof value === "number" ? format.number(value, { style: "percent", maximumFractionDigits: 1 }) : null);
  const { review } = finding;
  // Reuse compares with a photo of another dispute, derived_from_reference with a listing photo.
  const otherDispute = finding.type === "reuse";

  return (
    <article
      className={cn("space-y-3 rounded-lg border bg-card p-4", finding.strength === "strong" ? "border-red-200" : "border-border")}
      data-testid={`finding-${finding.type}`}
      data-finding-id={finding.id}
      data-review={review.status}
      aria-labelledby={`finding-${finding.id}-title`}
    >
      <header className="flex flex-wrap items-center gap-2">
        <h4 id={`finding-${finding.id}-title`} className="text-sm font-semibold">
          {t(`type.${finding.type}`)}
        </h4>
        <Badge tone={STRENGTH_TONE[finding.strength]} data-testid="finding-strength">
          {t(`strength.${finding.strength}`)}
        </Badge>
        <Badge tone={REVIEW_TONE[review.status]} className="ml-auto" data-testid="finding-review-status">
          {t(`review.status.${review.status}`)}
        </Badge>
      </header>
      <p className="text-sm leading-relaxed">{locale === "en" ? finding.explanation.en : finding.explanation.zh}</p>

      {finding.type === "derived_from_reference" ? (
        <dl className="grid grid-cols-3 gap-2 text-xs">
          <KeyFact label={t("keyFacts.score")} value={percent(finding.details.score)} />
          <KeyFact label={t("keyFacts.matchedPatches")} value={`${finding.details.matchedPatches ?? "–"} / ${finding.details.texturedPatches ?? "–"}`} />
          <KeyFact label={t("keyFacts.differing")} value={percent(finding.details.differingFraction)} />
        </dl>
      ) : null}
      {otherDispute && isRecord(finding.details.alignment) ? (
        <dl className="grid grid-cols-3 gap-2 text-xs">
          <KeyFact label={t("keyFacts.score")} value={percent(finding.details.alignment.score)} />
          <KeyFact label={t("keyFacts.matchedPatches")} value={String(finding.details.alignment.matchedPatches ?? "–")} />
        </dl>
      ) : null}
      {finding.otherDisputes.length ? (
        <div className="text-xs" data-testid="finding-other-disputes">
          <span className="text-muted-foreground">{t("keyFacts.disputes")}</span>
          {finding.otherDisputes.map((dispute) => (
            <Link key={dispute.id} href={`/disputes/${dispute.id}`} className="mr-2 text-primary underline-offset-4 hover:underline">
              {t("keyFacts.order", { orderNo: dispute.orderNo })}
            </Link>
          ))}
        </div>
      ) : null}

      {finding.pictures.heatmapUrl ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <PictureToggle
            testId="finding-heatmap"
            label={t("showHeatmap")}
            base={{ src: photo.thumbnailUrl, alt: t("buyerPhotoAlt", { name: photo.name }) }}
            overlay={{ src: finding.pictures.heatmapUrl, alt: t(otherDispute ? "heatmapAltOtherDispute" : "heatmapAlt"), testId: "finding-heatmap-image", box: contentBox(finding.details.buyerPhotoContent, photo.size) }}
          />
          {finding.reference ? <ReferenceFigure reference={finding.reference} otherDispute={otherDispute} /> : null}
        </div>
      ) : finding.reference && otherDispute ? (
        // A reuse finding made before reuse was decided by alignment has no heat map: the reviewer still sees the earlier photo.
        <div className="grid gap-3 sm:grid-cols-2">
          <ReferenceFigure reference={finding.reference} otherDispute />
        </div>
      ) : null}
      {finding.pictures.alignedPairUrl ? (
        <figure className="space-y-1" data-testid="finding-aligned-pair">
          {/* eslint-disable-next-line @next/next/no-img-element -- tenant-checked API picture */}
          <img src={finding.pictures.alignedPairUrl} alt={t(otherDispute ? "alignedPairAltOtherDispute" : "alignedPairAlt")} className="block h-auto w-full rounded-md border border-border" loading="lazy" />
          <figcaption className="text-xs text-muted-foreground">{t(otherDispute ? "alignedPairOtherDispute" : "alignedPair")}</figcaption>
        </figure>
      ) : null}
      {finding.pictures.elaUrl ? (
        <PictureToggle
          testId="finding-ela"
          label={t("showEla")}
          base={{ src: photo.thumbnailUrl, alt: t("buyerPhotoAlt", { name: photo.name }) }}
          overlay={{ src: finding.pictures.elaUrl, alt: t("elaAlt"), testId: "finding-ela-image" }}
        />
      ) : null}

      <details className="text-xs">
        <summary className="cursor-pointer text-muted-foreground">{t("technicalDetails")}</summary>
        <pre className="mt-2 max-h-64 overflow-auto rounded bg-muted p-2 font-mono whitespace-pre-wrap break-all">{JSON.stringify(finding.details, null, 2)}</pre>
      </details>

      <footer className="space-y-2 border-t border-border pt-3 text-xs">
        {review.status !== "PENDING" ? (
          <p data-testid="finding-review-record">
            {t("review.by", {
              status: t(`review.status.${review.status}`),
              name: review.by ?? "–",
              time: review.at ? format.dateTime(new Date(review.at), { dateStyle: "medium", timeStyle: "short" }) : "–",
            })}
            {review.note ? <span className="block text-muted-foreground">{t("review.note", { note: review.note })}</span> : null}
          </p>
        ) : null}
        {reviewAction ? <ReviewFindingForm action={reviewAction} defaultNote={review.note} /> : <p className="text-muted-foreground">{t("review.readOnly")}</p>}
      </footer>
    </article>
  );
}

/** The photo a finding compared this one with, opening at full size. */
async function ReferenceFigure({ reference, otherDispute }: { reference: NonNullable<FindingView["reference"]>; otherDispute: boolean }) {
  const t = await getTranslations("forensics");
  const values = { name: reference.name, orderNo: reference.orderNo ?? "–" };
  return (
    <figure className="space-y-2" data-testid="finding-reference">
      <a href={reference.viewUrl} target="_blank" rel="noopener noreferrer" className="block overflow-hidden rounded-md border border-border bg-muted">
        {/* eslint-disable-next-line @next/next/no-img-element -- tenant-checked API picture */}
        <img src={reference.thumbnailUrl} alt={t(otherDispute ? "otherDisputeAlt" : "referenceAlt", values)} className="block h-auto w-full" />
      </a>
      <figcaption className="text-xs text-muted-foreground">{t(otherDispute ? "otherDisputePhoto" : "referencePhoto", values)}</figcaption>
    </figure>
  );
}

/** The part of the photo a heat map covers (matching trims screenshot chrome and flat margins), in percent of the photo. */
function contentBox(content: unknown, size: { width: number; height: number } | null) {
  if (!size || !content || typeof content !== "object") return undefined;
  const { left, top, width, height } = content as Record<string, unknown>;
  if (![left, top, width, height].every((v) => typeof v === "number")) return undefined;
  const pct = (value: number, of: number) => (value / of) * 100;
  return { left: pct(left as number, size.width), top: pct(top as number, size.height), width: pct(width as number, size.width), height: pct(height as number, size.height) };
}

function KeyFact({ label, value }: { label: string; value: string | null }) {
  return (
    <div className="rounded-md bg-muted px-2 py-1.5">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="font-semibold tabular-nums">{value ?? "–"}</dd>
    </div>
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
