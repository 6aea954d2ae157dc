/**
 * Next.js calls register() once per server process: start the background job worker
 * there (Node runtime only). JOB_WORKER=off leaves jobs queued for another process.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.JOB_WORKER === "off") return;
  const { startJobWorker } = await import("@/lib/jobs/start-job-worker");
  startJobWorker();
}
