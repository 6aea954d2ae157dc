import Image from "next/image";
import { getFormatter, getTranslations } from "next-intl/server";
import type { EvidenceView } from "@/lib/evidence/to-evidence-views";

/** "1:05" / "1:02:03" from milliseconds. */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const two = (n: number) => String(n).padStart(2, "0");
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** The probe facts of a video as definition-list rows (duration, resolution, codec, recorded, tracking no., operator/station). */
export async function VideoFactRows({ evidence }: { evidence: EvidenceView }) {
  const video = evidence.video;
  if (!video) return null;
  const t = await getTranslations("video");
  const format = await getFormatter();
  return (
    <>
      {video.durationMs !== null ? (
        <>
          <dt className="text-muted-foreground">{t("duration")}</dt>
          <dd data-testid="video-duration">{formatDuration(video.durationMs)}</dd>
        </>
      ) : null}
      {video.width && video.height ? (
        <>
          <dt className="text-muted-foreground">{t("resolution")}</dt>
          <dd data-testid="video-resolution">
            {video.width} × {video.height}
            {video.rotation ? ` · ${t("rotation", { degrees: video.rotation })}` : null}
            {video.frameRate ? ` · ${Math.round(video.frameRate * 100) / 100} fps` : null}
          </dd>
        </>
      ) : null}
      {video.codec ? (
        <>
          <dt className="text-muted-foreground">{t("codec")}</dt>
          <dd className="uppercase" data-testid="video-codec">
            {video.codec}
          </dd>
        </>
      ) : null}
      {video.recordedAt ? (
        <>
          <dt className="text-muted-foreground">{t("recorded")}</dt>
          <dd>
            <time dateTime={video.recordedAt}>{format.dateTime(new Date(video.recordedAt), { dateStyle: "medium", timeStyle: "medium" })}</time>
          </dd>
        </>
      ) : null}
      {evidence.trackingNo ? (
        <>
          <dt className="text-muted-foreground">{t("tracking")}</dt>
          <dd className="font-mono">{evidence.trackingNo}</dd>
        </>
      ) : null}
      {evidence.operatorName || evidence.stationName ? (
        <>
          <dt className="text-muted-foreground">{t("station")}</dt>
          <dd>{t("operatorStation", { operator: evidence.operatorName ?? "—", station: evidence.stationName ?? "—" })}</dd>
        </>
      ) : null}
    </>
  );
}

/** The keyframe strip of a video (up to 12 frames), each opening full size; a note while it is still being rendered. */
export async function KeyframeStrip({ evidence }: { evidence: EvidenceView }) {
  const video = evidence.video;
  if (!video) return null;
  const t = await getTranslations("video");
  if (!video.keyframes.length) {
    return (
      <p className="text-xs text-muted-foreground" data-testid="keyframes-pending">
        {t("framesPending")}
      </p>
    );
  }
  return (
    <div>
      <p className="mb-1 text-xs text-muted-foreground">{t("keyframes")}</p>
      <ol className="grid grid-cols-6 gap-1" data-testid="keyframe-strip">
        {video.keyframes.map((frame) => (
          <li key={frame.url}>
            <a href={frame.url} target="_blank" rel="noopener noreferrer" title={t("keyframeAt", { time: formatDuration(frame.timeMs) })}>
              <Image
                src={frame.url}
                alt={t("keyframeAt", { time: formatDuration(frame.timeMs) })}
                width={96}
                height={72}
                unoptimized
                className="aspect-[4/3] w-full rounded-sm bg-black object-contain"
              />
            </a>
          </li>
        ))}
      </ol>
    </div>
  );
}
