import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/prisma";
import { enqueueJob } from "./enqueue-job";
import { PermanentJobError } from "./permanent-job-error";
import { runJobsUntilIdle } from "./run-jobs-until-idle";
import { runNextJob, STALE_LOCK_MS } from "./run-next-job";

const handler = vi.fn<(payload: unknown) => Promise<void>>();
vi.mock("./job-handlers", () => ({
  jobHandlers: new Proxy({}, { get: () => async () => handler }),
}));

const SHA = "a".repeat(64);
const payload = { sha256: SHA, tsaUrl: "http://127.0.0.1:1/tsa" };

beforeEach(async () => {
  handler.mockReset();
  await db.job.deleteMany();
});

describe("job queue", () => {
  it("runs a queued job once and marks it done", async () => {
    handler.mockResolvedValue();
    const { id } = await enqueueJob(db, { type: "timestamp_blob", organizationId: null, payload });
    expect(await runJobsUntilIdle()).toBe(1);
    expect(handler).toHaveBeenCalledWith(payload, expect.objectContaining({ id, attempts: 1 }));
    expect(await db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DONE", attempts: 1 });
    expect(await runNextJob("w")).toBe(false);
  });

  it("rejects a payload its handler could not read", async () => {
    await expect(enqueueJob(db, { type: "timestamp_blob", organizationId: null, payload: { sha256: "nope", tsaUrl: "x" } })).rejects.toThrow();
    expect(await db.job.count()).toBe(0);
  });

  it("retries a transient failure later, then gives up after maxAttempts", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    handler.mockRejectedValue(new Error("TSA unreachable"));
    const { id } = await enqueueJob(db, { type: "timestamp_blob", organizationId: null, payload, maxAttempts: 2 });
    let clock = Date.now();
    const now = () => new Date(clock);
    await runNextJob("w", now);
    const retried = await db.job.findUniqueOrThrow({ where: { id } });
    expect(retried).toMatchObject({ status: "QUEUED", attempts: 1, lastError: "TSA unreachable" });
    expect(retried.runAfter.getTime()).toBeGreaterThan(clock);
    expect(await runNextJob("w", now)).toBe(false);
    clock += 60_000;
    await runNextJob("w", now);
    expect(await db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: 2 });
  });

  it("fails a permanent error at once", async () => {
    handler.mockRejectedValue(new PermanentJobError("not an image"));
    const { id } = await enqueueJob(db, { type: "timestamp_blob", organizationId: null, payload });
    await runJobsUntilIdle();
    expect(await db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: 1, lastError: "not an image" });
  });

  it("takes over a job left RUNNING by a dead process (restart), but not a live one", async () => {
    handler.mockResolvedValue();
    const { id } = await enqueueJob(db, { type: "timestamp_blob", organizationId: null, payload });
    await db.job.update({ where: { id }, data: { status: "RUNNING", lockedAt: new Date(), lockedBy: "alive", attempts: 1 } });
    expect(await runNextJob("w")).toBe(false);
    await db.job.update({ where: { id }, data: { lockedAt: new Date(Date.now() - STALE_LOCK_MS - 1000), lockedBy: "dead" } });
    expect(await runNextJob("w")).toBe(true);
    expect(await db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DONE", attempts: 2, lockedBy: "w" });
  });

  it("never runs one job twice when two workers race", async () => {
    handler.mockImplementation(() => new Promise((resolve) => setTimeout(resolve, 20)));
    await enqueueJob(db, { type: "timestamp_blob", organizationId: null, payload });
    await Promise.all([runNextJob("a"), runNextJob("b"), runNextJob("c")]);
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
