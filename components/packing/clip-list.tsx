"use client";
import { HardDrive, Link2Off, RotateCcw, Trash2 } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

export type ClipStatus = "recording" | "queued" | "uploading" | "retrying" | "uploaded" | "failed";

export interface Clip {
  id: string;
  trackingNo: string;
  startedAt: Date;
  durationMs: number | null;
  status: ClipStatus;
  progress: number;
  /** undefined until the server has looked the tracking number up. */
  order?: { id: string; orderNo: string } | null;
  evidenceId?: string;
  error?: string;
  /** A copy is kept in this browser until the server has the clip. */
  kept?: boolean;
  /** Recorded before the page was last loaded. */
  restored?: boolean;
}

const TONE = { recording: "red", queued: "slate", uploading: "blue", retrying: "amber", uploaded: "green", failed: "red" } as const;

function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

export function ClipList({ clips, onRetry, onDiscard }: { clips: Clip[]; onRetry: (id: string) => void; onDiscard: (id: string) => void }) {
  const t = useTranslations("packing");
  const [confirming, setConfirming] = useState<string | null>(null);
  if (clips.length === 0) return <p className="text-sm text-slate-400">{t("clipsEmpty")}</p>;
  return (
    <ol className="grid gap-2" aria-live="polite">
      {clips.map((clip) => {
        const percent = Math.floor(clip.progress * 100);
        return (
          <li key={clip.id} data-testid="clip-row" data-status={clip.status} data-tracking={clip.trackingNo} data-evidence-id={clip.evidenceId} className="rounded-md border border-slate-700 bg-slate-900 p-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="font-mono text-sm font-semibold text-white">{clip.trackingNo}</span>
              <Badge tone={TONE[clip.status]} data-testid="clip-status">
                {clip.status === "recording" ? <span className="size-2 animate-pulse rounded-full bg-red-600" aria-hidden /> : null}
                {t(`status${clip.status[0].toUpperCase()}${clip.status.slice(1)}`, { percent })}
              </Badge>
            </div>
            <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-300">
              <span>
                {t("clipDuration")} {clip.durationMs === null ? "…" : formatDuration(clip.durationMs)}
              </span>
              {clip.order === undefined ? (
                <span className="text-slate-400">{t("orderPending")}</span>
              ) : clip.order ? (
                <Link href={`/orders/${clip.order.id}`} data-testid="clip-order" className="text-sky-300 underline underline-offset-2 hover:text-sky-200">
                  {t("orderLink", { orderNo: clip.order.orderNo })}
                </Link>
              ) : (
                <span data-testid="clip-no-order" className="inline-flex items-center gap-1 text-amber-300">
                  <Link2Off className="size-3.5" aria-hidden />
                  {t("noOrder")}
                </span>
              )}
              {clip.kept && clip.status !== "uploaded" ? (
                <span data-testid="clip-kept" className="inline-flex items-center gap-1 text-slate-400">
                  <HardDrive className="size-3.5" aria-hidden />
                  {clip.restored ? t("clipRestored") : t("clipKept")}
                </span>
              ) : null}
            </div>
            {clip.status === "uploading" || clip.status === "retrying" ? (
              <progress className="mt-2 h-1.5 w-full" max={100} value={percent} aria-label={t("statusUploading", { percent })} />
            ) : null}
            {clip.status === "failed" ? (
              <div className="mt-2 flex flex-wrap items-center gap-2">
                <p role="alert" className="text-xs text-red-300">
                  {clip.error}
                </p>
                <Button type="button" size="sm" variant="outline" className="text-foreground" onClick={() => onRetry(clip.id)}>
                  <RotateCcw aria-hidden />
                  {t("retryUpload")}
                </Button>
                {confirming === clip.id ? (
                  <span className="inline-flex flex-wrap items-center gap-2" data-testid="discard-confirm">
                    <span className="text-xs text-amber-200">{t("discardQuestion")}</span>
                    <Button type="button" size="sm" variant="destructive" onClick={() => onDiscard(clip.id)} autoFocus>
                      {t("discardConfirm")}
                    </Button>
                    <Button type="button" size="sm" variant="outline" className="text-foreground" onClick={() => setConfirming(null)}>
                      {t("discardCancel")}
                    </Button>
                  </span>
                ) : (
                  <Button type="button" size="sm" variant="outline" className="text-foreground" onClick={() => setConfirming(clip.id)} data-testid="discard-clip">
                    <Trash2 aria-hidden />
                    {t("discardClip")}
                  </Button>
                )}
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
