import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { notFound } from "@/lib/errors";
import { openDerivedFile } from "@/lib/evidence/open-derived-file";
import type { Keyframe } from "./run-render-video-frames-job";

/**
 * A video evidence's poster (`which` = "poster") or one of its keyframes (0-based index),
 * as JPEG. 404 for another merchant's evidence, a non-video, a frame not rendered yet, or
 * an index past the strip.
 */
export async function openVideoFrame(
  ctx: Pick<SessionContext, "organizationId">,
  evidenceId: string,
  which: "poster" | number,
): Promise<{ body: ReadableStream; headers: Headers }> {
  const probe = await db.videoProbe.findFirst({
    where: { evidenceId, organizationId: ctx.organizationId, evidence: { organizationId: ctx.organizationId } },
    select: { posterSha256: true, keyframesJson: true },
  });
  if (!probe) throw notFound();
  const sha256 = which === "poster" ? probe.posterSha256 : (JSON.parse(probe.keyframesJson) as Keyframe[])[which]?.sha256;
  if (!sha256) throw notFound();
  const file = await openDerivedFile(sha256, "jpg");
  return {
    body: file.body,
    headers: new Headers({
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      // Content-addressed: the bytes behind this hash never change.
      "Cache-Control": "private, max-age=31536000, immutable",
      ETag: `"${sha256}"`,
    }),
  };
}
