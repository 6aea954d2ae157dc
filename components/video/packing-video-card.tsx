import { getFormatter, getTranslations } from "next-intl/server";
import { TimestampStatus } from "@/components/evidence/timestamp-status";
import type { EvidenceView } from "@/lib/evidence/to-evidence-views";
import { EvidenceVideoPlayer } from "./evidence-video-player";
import { KeyframeStrip, VideoFactRows } from "./video-facts";

/** A packing video with its player (poster, seekable via HTTP Range), probe facts, timestamp state and keyframe strip. */
export async function PackingVideoCard({ video }: { video: EvidenceView }) {
  const te = await getTranslations("evidence");
  const format = await getFormatter();
  return (
    <li className="overflow-hidden rounded-lg border border-border bg-card" data-testid="packing-video" data-evidence-id={video.id}>
      <EvidenceVideoPlayer video={video} className="aspect-video w-full bg-black object-contain" testId="packing-video-player" />
      <div className="space-y-2 p-3 text-sm">
        <p className="font-medium break-all">{video.originalName}</p>
        <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1 text-xs">
          <VideoFactRows evidence={video} />
          <dt className="text-muted-foreground">{te("uploaded")}</dt>
          <dd>
            {te("uploadedByAt", {
              name: video.uploadedBy.name ?? te("unknownUser"),
              time: format.dateTime(new Date(video.createdAt), { dateStyle: "medium", timeStyle: "short" }),
            })}
          </dd>
          <dt className="text-muted-foreground">{te("sha256")}</dt>
          <dd>
            <code className="font-mono break-all">{video.sha256}</code>
          </dd>
        </dl>
        <div className="text-xs">
          <TimestampStatus timestamp={video.timestamp} />
        </div>
        <KeyframeStrip evidence={video} />
      </div>
    </li>
  );
}
