import { Download, FileText, ImageOff } from "lucide-react";
import Image from "next/image";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EvidenceVideoPlayer } from "@/components/video/evidence-video-player";
import { KeyframeStrip, VideoFactRows } from "@/components/video/video-facts";
import { formatByteSize } from "@/lib/evidence/format-byte-size";
import type { EvidenceView } from "@/lib/evidence/to-evidence-views";
import { cn } from "@/lib/utils/cn";
import { CopyHashButton } from "./copy-hash-button";
import { TimestampStatus } from "./timestamp-status";
import { WithdrawEvidenceDialog } from "./withdraw-evidence-dialog";

/** One evidence file: preview, facts for the case file (video probe, trusted timestamp), and the withdrawal state or action. */
export async function EvidenceItem({ evidence, canWithdraw }: { evidence: EvidenceView; canWithdraw: boolean }) {
  const t = await getTranslations("evidence");
  const td = await getTranslations("domain");
  const format = await getFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const { withdrawal } = evidence;

  return (
    <li
      className="flex flex-col overflow-hidden rounded-lg border border-border bg-card"
      data-testid="evidence-item"
      data-evidence-id={evidence.id}
      data-kind={evidence.kind}
      data-withdrawn={withdrawal ? "true" : "false"}
    >
      <div className={cn("relative aspect-[4/3] bg-muted", withdrawal && "opacity-50 grayscale")}>
        <Preview evidence={evidence} t={t} />
      </div>
      <div className="flex flex-1 flex-col gap-2 p-3 text-sm">
        <div className="flex items-start justify-between gap-2">
          <p className={cn("min-w-0 font-medium break-all", withdrawal && "text-muted-foreground line-through")} title={evidence.originalName}>
            {evidence.originalName}
          </p>
          <Badge tone={withdrawal ? "slate" : "blue"} className="shrink-0">
            {td(`evidenceKind.${evidence.kind}`)}
          </Badge>
        </div>
        <dl className={cn("grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1 text-xs", withdrawal && "text-muted-foreground")}>
          <dt className="text-muted-foreground">{t("size")}</dt>
          <dd>
            {formatByteSize(evidence.sizeBytes)}
            {evidence.width && evidence.height && !evidence.video ? ` · ${evidence.width} × ${evidence.height}` : null}
          </dd>
          <VideoFactRows evidence={evidence} />
          <dt className="text-muted-foreground">{t("sha256")}</dt>
          <dd className="flex items-center gap-1">
            <code className="truncate font-mono" title={evidence.sha256} data-testid="evidence-sha256">
              {evidence.sha256.slice(0, 16)}…
            </code>
            <CopyHashButton sha256={evidence.sha256} />
          </dd>
          <dt className="text-muted-foreground">{t("uploaded")}</dt>
          <dd>
            <time dateTime={evidence.createdAt}>
              {t("uploadedByAt", { name: evidence.uploadedBy.name ?? t("unknownUser"), time: when(evidence.createdAt) })}
            </time>
          </dd>
        </dl>
        <div className="text-xs">
          <TimestampStatus timestamp={evidence.timestamp} />
        </div>
        <KeyframeStrip evidence={evidence} />
        {withdrawal ? (
          <div className="rounded-md border border-amber-200 bg-amber-50 px-2 py-1.5 text-xs text-amber-900" data-testid="evidence-withdrawal">
            <p className="font-medium">
              <Badge tone="amber" className="mr-1">
                {t("withdrawn")}
              </Badge>
              {t("withdrawnByAt", { name: withdrawal.by.name ?? t("unknownUser"), time: when(withdrawal.at) })}
            </p>
            <p className="mt-1 break-words">{t("withdrawalReason", { reason: withdrawal.reason })}</p>
          </div>
        ) : null}
        <div className="mt-auto flex flex-wrap items-center gap-2 pt-1">
          <a
            href={`${evidence.fileUrl}?download=1`}
            className="inline-flex items-center gap-1 text-xs text-primary underline-offset-4 hover:underline"
            download={evidence.originalName}
          >
            <Download className="size-3.5" aria-hidden />
            {t("download")}
          </a>
          {canWithdraw && !withdrawal ? (
            <span className="ml-auto">
              <WithdrawEvidenceDialog evidenceId={evidence.id} fileName={evidence.originalName} />
            </span>
          ) : null}
        </div>
      </div>
    </li>
  );
}

function Preview({ evidence, t }: { evidence: EvidenceView; t: Awaited<ReturnType<typeof getTranslations<"evidence">>> }) {
  if (evidence.mediaClass === "video") {
    return <EvidenceVideoPlayer video={evidence} className="size-full bg-black object-contain" testId="evidence-video" />;
  }
  if (evidence.thumbnailUrl) {
    return (
      <a href={evidence.viewUrl} target="_blank" rel="noopener noreferrer" aria-label={t("openFull", { name: evidence.originalName })} className="block size-full">
        <Image
          src={evidence.thumbnailUrl}
          alt={evidence.originalName}
          fill
          unoptimized
          sizes="(min-width: 1024px) 20rem, 50vw"
          className="object-contain"
          data-testid="evidence-thumbnail"
        />
      </a>
    );
  }
  const Icon = evidence.mediaClass === "pdf" ? FileText : ImageOff;
  return (
    <a
      href={evidence.fileUrl}
      target="_blank"
      rel="noopener noreferrer"
      className="flex size-full flex-col items-center justify-center gap-2 text-xs text-muted-foreground hover:text-foreground"
      data-testid="evidence-file-link"
    >
      <Icon className="size-10" aria-hidden />
      {evidence.mediaClass === "pdf" ? t("openFile") : t("noPreview", { format: evidence.mimeType })}
    </a>
  );
}
