import { runNextJob } from "./run-next-job";

/** Runs due jobs one after another until none is left (tests, CLI, demo seeding). Returns how many ran. */
export async function runJobsUntilIdle(workerId = `inline-${process.pid}`, limit = 10_000): Promise<number> {
  let ran = 0;
  while (ran < limit && (await runNextJob(workerId))) ran++;
  return ran;
}
