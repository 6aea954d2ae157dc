import { randomUUID } from "node:crypto";
import { jobSignal } from "./job-signal";
import { runNextJob } from "./run-next-job";

const POLL_MS = 2_000;
const globalForWorker = globalThis as unknown as { refundproofJobWorker?: { stop: () => Promise<void> } };

/**
 * Starts this process's background worker: one job at a time (analysis and ffmpeg are
 * CPU-bound and the machine has few cores), woken by in-process enqueues and polling for
 * jobs from other processes or left over from before a restart. Idempotent.
 */
export function startJobWorker(): { stop: () => Promise<void> } {
  if (globalForWorker.refundproofJobWorker) return globalForWorker.refundproofJobWorker;
  const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  let stopped = false;
  let wake: (() => void) | undefined;
  const onEnqueue = () => wake?.();
  jobSignal.on("enqueued", onEnqueue);

  const loop = (async () => {
    while (!stopped) {
      let worked = false;
      try {
        worked = await runNextJob(workerId);
      } catch (error) {
        // The queue itself failed (database busy or gone): wait and try again rather than die.
        console.error("job worker", error);
      }
      if (worked || stopped) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, POLL_MS);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  })();

  const worker = {
    stop: async () => {
      stopped = true;
      wake?.();
      jobSignal.off("enqueued", onEnqueue);
      await loop;
      globalForWorker.refundproofJobWorker = undefined;
    },
  };
  globalForWorker.refundproofJobWorker = worker;
  return worker;
}
