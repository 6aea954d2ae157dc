import { EventEmitter } from "node:events";

/** Wakes this process's worker when a job is enqueued here, so it need not wait for the next poll. */
export const jobSignal = new EventEmitter();
jobSignal.setMaxListeners(0);
