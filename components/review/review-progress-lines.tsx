import { getTranslations } from "next-intl/server";
import type { ReviewProgress } from "@/lib/review/get-review-progress";

/** What still stands between a case and its export or READY: photos under analysis, findings to decide. */
export async function ReviewProgressLines({ progress }: { progress: ReviewProgress }) {
  const t = await getTranslations("review.progress");
  return (
    <>
      {progress.analysesRunning ? <p>{t("analysing", { count: progress.analysesRunning })}</p> : null}
      {progress.findingsAwaitingReview ? <p>{t("awaiting", { count: progress.findingsAwaitingReview })}</p> : null}
    </>
  );
}
