import { db } from "@/lib/db/prisma";
import { jobHandlers, type JobHandler } from "./job-handlers";
import { jobPayloadSchemas, jobTypeSchema, type JobType } from "./job-types";
import { PermanentJobError } from "./permanent-job-error";

/** A RUNNING job whose worker has not finished it after this long is presumed dead (process killed) and taken over. */
export const STALE_LOCK_MS = 10 * 60_000;
const RETRY_DELAY_MS = [5_000, 30_000, 120_000];

/**
 * Claims the oldest due job and runs it. Claiming is an optimistic update on the row's
 * previous state, so two workers (or two processes) never both run one job. Returns false
 * when there was nothing to do.
 */
export async function runNextJob(workerId: string, now = () => new Date()): Promise<boolean> {
  const startedAt = now();
  const staleBefore = new Date(startedAt.getTime() - STALE_LOCK_MS);
  const candidate = await db.job.findFirst({
    where: {
      OR: [
        { status: "QUEUED", runAfter: { lte: startedAt } },
        { status: "RUNNING", lockedAt: { lt: staleBefore } },
      ],
    },
    orderBy: [{ runAfter: "asc" }, { createdAt: "asc" }],
  });
  if (!candidate) return false;
  const claimed = await db.job.updateMany({
    where: { id: candidate.id, status: candidate.status, lockedAt: candidate.lockedAt },
    data: { status: "RUNNING", lockedAt: startedAt, lockedBy: workerId, attempts: { increment: 1 } },
  });
  if (claimed.count !== 1) return true;

  const attempts = candidate.attempts + 1;
  try {
    const type = jobTypeSchema.parse(candidate.type);
    const payload = jobPayloadSchemas[type].parse(JSON.parse(candidate.payload));
    const handler = (await jobHandlers[type]()) as JobHandler<JobType>;
    await handler(payload, { id: candidate.id, organizationId: candidate.organizationId, attempts });
    await db.job.update({ where: { id: candidate.id }, data: { status: "DONE", finishedAt: now(), lastError: null } });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const permanent = !(error instanceof Error) || error instanceof PermanentJobError || error.name === "ZodError" || error instanceof SyntaxError;
    const giveUp = permanent || attempts >= candidate.maxAttempts;
    if (!permanent) console.error(`job ${candidate.id} (${candidate.type}) attempt ${attempts} failed`, error);
    await db.job.update({
      where: { id: candidate.id },
      data: giveUp
        ? { status: "FAILED", finishedAt: now(), lastError: message.slice(0, 2000) }
        : {
            status: "QUEUED",
            lockedAt: null,
            lockedBy: null,
            lastError: message.slice(0, 2000),
            runAfter: new Date(now().getTime() + RETRY_DELAY_MS[Math.min(attempts - 1, RETRY_DELAY_MS.length - 1)]),
          },
    });
  }
  return true;
}
