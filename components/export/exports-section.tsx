import { Archive, Download, FileText, ShieldAlert } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { CopyHashButton } from "@/components/evidence/copy-hash-button";
import { ReviewProgressLines } from "@/components/review/review-progress-lines";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { hasPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { formatByteSize } from "@/lib/evidence/format-byte-size";
import { getReviewProgress } from "@/lib/review/get-review-progress";
import { listCaseExports } from "@/lib/export/list-case-exports";
import { ExportCreator } from "./export-creator";

/** The dispute page's case-file block: export button (for roles that may export) and earlier exports. */
export async function ExportsSection({ ctx, disputeId }: { ctx: SessionContext; disputeId: string }) {
  const t = await getTranslations("export");
  const format = await getFormatter();
  const exports = await listCaseExports(ctx, disputeId);
  const canExport = hasPermission(ctx, { export: ["create"] });
  const readiness = canExport ? await getReviewProgress(ctx, disputeId) : null;

  return (
    <Card>
      <section aria-labelledby="exports-section-title" data-testid="exports-section">
        <CardHeader>
          <CardTitle id="exports-section-title">{t("title")}</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4">
          <p className="text-xs text-muted-foreground">{t("description")}</p>
          {readiness && !readiness.ready ? (
            <div className="flex gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" role="note" data-testid="export-not-ready">
              <ShieldAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
              <div className="space-y-1">
                <p className="font-medium">{t("notReady.title")}</p>
                <ReviewProgressLines progress={readiness} />
                <a href="#findings" className="text-primary underline-offset-2 hover:underline">
                  {t("notReady.goToFindings")}
                </a>
              </div>
            </div>
          ) : null}
          {canExport ? <ExportCreator disputeId={disputeId} ready={readiness?.ready ?? false} /> : <p className="text-xs text-muted-foreground">{t("noPermission")}</p>}
          <h3 className="text-sm font-semibold">{t("history")}</h3>
          {exports.length ? (
            <ul className="space-y-3" data-testid="export-list">
              {exports.map((item) => (
                <li key={item.id} className="space-y-1 rounded-md border border-border p-3 text-sm" data-testid="export-item" data-export-id={item.id}>
                  <div className="flex items-center justify-between gap-2">
                    <span className="font-medium">{format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "short" })}</span>
                    <span className="text-xs text-muted-foreground">{t("localeTag", { locale: item.locale })}</span>
                  </div>
                  <p className="text-xs text-muted-foreground">
                    {t("exportedBy", { name: item.createdBy.name ?? "—" })} · {formatByteSize(item.sizeBytes)} · {t("pages", { count: item.pdfPages })}
                  </p>
                  <div className="flex items-center gap-1">
                    <code className="min-w-0 flex-1 truncate font-mono text-xs" title={item.sha256} data-testid="export-sha256">
                      {item.sha256}
                    </code>
                    <CopyHashButton sha256={item.sha256} />
                  </div>
                  <div className="flex flex-wrap gap-3 pt-1 text-xs">
                    <a href={item.downloadUrl} className="inline-flex items-center gap-1 text-primary hover:underline" data-testid="export-download" download>
                      <Download className="size-3.5" aria-hidden />
                      {t("download")}
                    </a>
                    <a href={item.pdfUrl} className="inline-flex items-center gap-1 text-primary hover:underline" target="_blank" rel="noreferrer">
                      <FileText className="size-3.5" aria-hidden />
                      {t("downloadPdf")}
                    </a>
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState icon={Archive} title={t("emptyTitle")} description={t("empty")} />
          )}
        </CardContent>
      </section>
    </Card>
  );
}
