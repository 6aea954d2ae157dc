import { AlertTriangle, Loader2, ScanSearch } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { reviewFindingAction } from "@/app/(app)/disputes/[id]/finding-actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { hasPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { listDisputeFindings, type PhotoFindingsView } from "@/lib/forensics/list-dispute-findings";
import type { SummaryLevel } from "@/lib/forensics/summarize-findings";
import { AutoRefresh } from "./auto-refresh";
import { FindingCard } from "./finding-card";

const LEVEL_TONE: Record<SummaryLevel, "red" | "amber" | "blue" | "green"> = { strong: "red", moderate: "amber", weak: "blue", none: "green" };
const KNOWN_FAILURES = new Set(["EMPTY_FILE", "FILE_TOO_LARGE", "UNSUPPORTED_FORMAT", "CORRUPT_IMAGE", "TRUNCATED_IMAGE", "DIMENSIONS_TOO_LARGE", "DECODE_TIMEOUT", "BLOB_MISSING", "NOT_FOUND", "ANALYSIS_ERROR"]);

/** The dispute page's forensics block: per buyer photo its analysis state and findings, and the case summary. */
export async function FindingsSection({ ctx, disputeId }: { ctx: SessionContext; disputeId: string }) {
  const t = await getTranslations("forensics");
  const locale = await getLocale();
  const { photos, summary, pending } = await listDisputeFindings(ctx, disputeId);
  const canReview = hasPermission(ctx, { review: ["decide"] });

  return (
    <Card>
      <section id="findings" className="scroll-mt-16" aria-labelledby="findings-section-title" data-testid="findings-section" data-pending={pending ? "true" : "false"}>
        <CardHeader>
          <CardTitle id="findings-section-title">{t("title")}</CardTitle>
        </CardHeader>
        <CardContent className="space-y-5">
          <p className="text-sm text-muted-foreground">{t("description")}</p>
          {pending ? (
            <>
              <AutoRefresh />
              <p className="sr-only" aria-live="polite">
                {t("autoRefresh")}
              </p>
            </>
          ) : null}
          {summary ? (
            <div className="space-y-1 rounded-lg border border-border bg-muted/40 p-4" data-testid="case-summary" data-level={summary.level}>
              <div className="flex items-center gap-2">
                <h3 className="text-sm font-semibold">{t("caseSummary")}</h3>
                <Badge tone={LEVEL_TONE[summary.level]}>{t(`summaryLevel.${summary.level}`)}</Badge>
              </div>
              <p className="text-sm leading-relaxed">{locale === "en" ? summary.explanation.en : summary.explanation.zh}</p>
            </div>
          ) : null}
          {photos.length ? (
            <ul className="space-y-6" aria-label={t("title")}>
              {photos.map((photo) => (
                <PhotoFindings key={photo.evidenceId} photo={photo} disputeId={disputeId} canReview={canReview} />
              ))}
            </ul>
          ) : (
            <EmptyState icon={ScanSearch} title={t("emptyTitle")} description={t("empty")} />
          )}
        </CardContent>
      </section>
    </Card>
  );
}

async function PhotoFindings({ photo, disputeId, canReview }: { photo: PhotoFindingsView; disputeId: string; canReview: boolean }) {
  const t = await getTranslations("forensics");
  const busy = photo.status === "PENDING" || photo.status === "RUNNING";
  return (
    <li className="space-y-3" data-testid="photo-analysis" data-evidence-id={photo.evidenceId} data-status={photo.status}>
      <div className="flex items-center gap-3">
        <a href={photo.viewUrl} target="_blank" rel="noopener noreferrer" className="block size-14 shrink-0 overflow-hidden rounded-md border border-border bg-muted">
          {/* eslint-disable-next-line @next/next/no-img-element -- tenant-checked API picture */}
          <img src={photo.thumbnailUrl} alt={t("buyerPhotoAlt", { name: photo.name })} className="size-full object-cover" />
        </a>
        <div className="min-w-0 flex-1 space-y-1">
          <p className="truncate text-sm font-medium" title={photo.name}>
            {photo.name}
          </p>
          <p className="flex items-center gap-1.5 text-xs text-muted-foreground" data-testid="photo-analysis-status">
            {busy ? <Loader2 className="size-3.5 animate-spin" aria-hidden /> : null}
            {photo.status === "FAILED" ? <AlertTriangle className="size-3.5 text-destructive" aria-hidden /> : null}
            {t(`photoStatus.${photo.status}`)}
            {photo.status === "DONE" ? ` · ${t("findingCount", { count: photo.findings.length })}` : null}
          </p>
          {busy ? (
            // Indeterminate: the analysis reports no fraction, only that it is queued or running.
            <progress className="block h-1.5 w-full max-w-xs appearance-none overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-muted" aria-label={t("progressLabel", { name: photo.name })} />
          ) : null}
        </div>
      </div>
      {photo.status === "FAILED" ? (
        <Alert data-testid="photo-analysis-error" data-code={photo.errorCode ?? ""}>
          {photo.errorCode && KNOWN_FAILURES.has(photo.errorCode) ? t(`failure.${photo.errorCode}`) : t("failure.other", { code: photo.errorCode ?? "?" })}
        </Alert>
      ) : null}
      {photo.findings.length ? (
        <div className="space-y-3">
          {photo.findings.map((finding) => (
            <FindingCard
              key={finding.id}
              finding={finding}
              photo={photo}
              reviewAction={canReview ? reviewFindingAction.bind(null, disputeId, finding.id) : null}
            />
          ))}
        </div>
      ) : photo.status === "DONE" ? (
        <p className="text-sm text-muted-foreground">{t("noFindings")}</p>
      ) : null}
    </li>
  );
}
