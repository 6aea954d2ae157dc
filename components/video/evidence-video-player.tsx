import { getTranslations } from "next-intl/server";
import type { EvidenceView } from "@/lib/evidence/to-evidence-views";

/** A stored video with its poster, streamed and seekable through HTTP Range requests. */
export async function EvidenceVideoPlayer({ video, className, testId }: { video: EvidenceView; className: string; testId: string }) {
  const t = await getTranslations("evidence");
  return (
    <video
      controls
      preload="metadata"
      src={video.fileUrl}
      poster={video.video?.posterUrl ?? undefined}
      className={className}
      aria-label={video.originalName}
      data-testid={testId}
    >
      {t("videoUnsupported")}
    </video>
  );
}
