import type { Db, Tx } from "@/lib/db/prisma";
import { jobSignal } from "./job-signal";
import { jobPayloadSchemas, type JobPayload, type JobType } from "./job-types";

/**
 * Adds a job in the caller's transaction (so the job exists exactly when the change
 * that needs it commits). The worker is woken on the next tick; if this process dies
 * first, the row waits for the next worker.
 */
export async function enqueueJob<T extends JobType>(
  tx: Tx | Db,
  job: { type: T; organizationId: string | null; payload: JobPayload<T>; runAfter?: Date; maxAttempts?: number },
): Promise<{ id: string }> {
  const payload = jobPayloadSchemas[job.type].parse(job.payload);
  const row = await tx.job.create({
    data: {
      type: job.type,
      organizationId: job.organizationId,
      payload: JSON.stringify(payload),
      runAfter: job.runAfter ?? new Date(),
      maxAttempts: job.maxAttempts ?? 3,
    },
    select: { id: true },
  });
  setImmediate(() => jobSignal.emit("enqueued"));
  return row;
}
