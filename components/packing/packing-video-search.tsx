"use client";
import { Play, Search } from "lucide-react";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import type { PackingVideoView } from "@/lib/uploads/search-packing-videos";

const focusRing = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400";

/** Finds this merchant's packing videos by tracking or order number and plays one (range requests via the evidence file URL). */
export function PackingVideoSearch({ refreshKey }: { refreshKey: number }) {
  const t = useTranslations("packing");
  const format = useFormatter();
  const locale = useLocale();
  const [query, setQuery] = useState("");
  const [submitted, setSubmitted] = useState("");
  const [videos, setVideos] = useState<PackingVideoView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [playing, setPlaying] = useState<string | null>(null);

  const load = useCallback(
    async (q: string) => {
      try {
        const response = await fetch(`/api/uploads/packing-videos?q=${encodeURIComponent(q)}`, { headers: { "Accept-Language": locale } });
        const body = await response.json().catch(() => null);
        if (!response.ok) throw new Error(body?.error?.message ?? t("httpError", { status: response.status }));
        setVideos(body.videos);
        setSubmitted(q);
        setError(null);
      } catch (failure) {
        setError(t("searchFailed", { message: failure instanceof Error && failure.message !== "Failed to fetch" ? failure.message : t("networkError") }));
      }
    },
    [locale, t],
  );

  const submittedRef = useRef(submitted);
  useEffect(() => {
    submittedRef.current = submitted;
  });
  useEffect(() => {
    // Reload after each finished upload, repeating the query last searched.
    void load(submittedRef.current);
  }, [refreshKey, load]);

  const playingVideo = videos?.find((video) => video.id === playing);
  return (
    <section aria-labelledby="search-heading" className="grid gap-3 rounded-lg border border-slate-700 bg-slate-900 p-4">
      <h2 id="search-heading" className="text-sm font-semibold text-slate-200">
        {t("searchHeading")}
      </h2>
      <form
        role="search"
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void load(query.trim());
        }}
      >
        <div className="grid min-w-60 flex-1 gap-1.5">
          <Label htmlFor="packing-search" className="text-slate-300">
            {t("searchLabel")}
          </Label>
          <Input
            id="packing-search"
            data-testid="packing-search"
            value={query}
            maxLength={64}
            placeholder={t("searchPlaceholder")}
            onChange={(event) => setQuery(event.target.value)}
            className={`border-slate-600 bg-slate-950 text-white ${focusRing}`}
          />
        </div>
        <Button type="submit" variant="default" className={focusRing}>
          <Search aria-hidden />
          {t("searchButton")}
        </Button>
      </form>
      {error ? <Alert>{error}</Alert> : null}
      <p className="text-xs text-slate-400" role="status">
        {videos === null ? null : submitted ? t("searchResults", { count: videos.length, q: submitted }) : videos.length ? t("searchLatest") : t("searchNone")}
      </p>
      {playingVideo ? (
        <video
          key={playingVideo.id}
          data-testid="packing-player"
          src={playingVideo.fileUrl}
          controls
          autoPlay
          muted
          aria-label={t("playerLabel", { trackingNo: playingVideo.trackingNo ?? "" })}
          className={`aspect-video w-full rounded-md bg-black ${focusRing}`}
        />
      ) : null}
      <ul className="grid gap-2">
        {videos?.map((video) => (
          <li key={video.id} data-testid="packing-video" data-evidence-id={video.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-700 p-2 text-sm">
            <div className="grid gap-0.5">
              <span className="font-mono font-semibold text-white">{video.trackingNo}</span>
              {video.operatorName || video.stationName || video.recordedAt ? (
                <span className="text-xs text-slate-400">
                  {[
                    video.operatorName || video.stationName
                      ? t("recordedBy", { operator: video.operatorName ?? "—", station: video.stationName ?? "—" })
                      : null,
                    video.recordedAt
                      ? t("recordedAt", { time: format.dateTime(new Date(video.recordedAt), { dateStyle: "short", timeStyle: "medium" }) })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              ) : null}
              {video.order ? (
                <Link href={`/orders/${video.order.id}`} className={`w-fit text-xs text-sky-300 underline underline-offset-2 ${focusRing}`}>
                  {t("orderLink", { orderNo: video.order.orderNo })}
                </Link>
              ) : (
                <span className="text-xs text-amber-300">{t("noOrder")}</span>
              )}
            </div>
            <div className="flex items-center gap-2">
              {video.withdrawn ? <Badge tone="slate">{t("withdrawn")}</Badge> : null}
              <Button
                type="button"
                size="sm"
                variant="outline"
                aria-pressed={playing === video.id}
                onClick={() => setPlaying(video.id)}
                className={`text-foreground ${focusRing}`}
                data-testid="play-video"
              >
                <Play aria-hidden />
                {playing === video.id ? t("playing") : t("play")}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
