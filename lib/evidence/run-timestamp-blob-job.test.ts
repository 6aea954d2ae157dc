import { createHash } from "node:crypto";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { runJobsUntilIdle } from "@/lib/jobs/run-jobs-until-idle";
import { parseTimestampToken } from "@/lib/timestamps/parse-timestamp-token";
import { createMerchant, sessionCookie } from "@/test/factories";
import { startLocalTsa, type LocalTsa } from "@/test/local-tsa";
import { POST } from "@/app/api/disputes/[id]/evidence/route";
import { createTestDispute, routeParams, uploadRequest } from "./test-support";

let tsa: LocalTsa;
let owner: SessionContext;
let cookie: string;
let disputeId: string;

const photo = (mean: number) =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: "black", noise: { type: "gaussian", mean, sigma: 20 } } }).jpeg().toBuffer();
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function upload(bytes: Buffer) {
  const response = await POST(uploadRequest(disputeId, cookie, { bytes, name: "photo.jpg", kind: "CHAT_SCREENSHOT" }), routeParams({ id: disputeId }));
  expect(response.status).toBe(201);
}

async function timestampJob(hash: string) {
  const jobs = await db.job.findMany({ where: { type: "timestamp_blob" } });
  return jobs.find((job) => JSON.parse(job.payload).sha256 === hash);
}

beforeAll(async () => {
  tsa = await startLocalTsa();
  owner = await createMerchant("时间戳测试店");
  cookie = await sessionCookie(owner);
  disputeId = (await createTestDispute(owner)).id;
  await db.merchantSettings.create({ data: { organizationId: owner.organizationId, tsaUrl: tsa.url } });
});

afterAll(() => tsa.close());

describe("RFC 3161 timestamp job with a local openssl TSA", () => {
  it("stores a token for an uploaded file that openssl ts -verify accepts, and rejects it for another digest", async () => {
    const bytes = await photo(100);
    const hash = sha256(bytes);
    await upload(bytes);
    await runJobsUntilIdle();

    const token = await db.timestampToken.findUniqueOrThrow({ where: { sha256_tsaUrl: { sha256: hash, tsaUrl: tsa.url } } });
    const info = parseTimestampToken(new Uint8Array(token.tokenDer));
    expect(info.messageImprint).toBe(hash);
    expect(info.policyOid).toBe("1.2.3.4.1");
    expect(token.serialNumber).toBe(info.serialNumber);
    expect(Math.abs(token.genTime.getTime() - Date.now())).toBeLessThan(5 * 60_000);

    expect(await tsa.verify(token.tokenDer, hash)).toBe(true);
    expect(await tsa.verify(token.tokenDer, sha256(Buffer.from("something else")))).toBe(false);

    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "evidence.timestamp", entityId: hash } });
    expect(JSON.parse(event.data)).toMatchObject({ tsaUrl: tsa.url, serialNumber: token.serialNumber });
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("does not ask again for a blob that already has a token from this TSA", async () => {
    const bytes = await photo(110);
    await upload(bytes);
    await runJobsUntilIdle();
    const answered = tsa.requests();
    await upload(bytes);
    await runJobsUntilIdle();
    expect(tsa.requests()).toBe(answered);
    expect(await db.timestampToken.count({ where: { sha256: sha256(bytes) } })).toBe(1);
  });

  it("leaves the job queued for a retry while the TSA is down", async () => {
    tsa.failWith(503);
    const bytes = await photo(120);
    await upload(bytes);
    await runJobsUntilIdle();
    const job = await timestampJob(sha256(bytes));
    expect(job).toMatchObject({ status: "QUEUED", attempts: 1 });
    expect(job?.lastError).toMatch(/HTTP 503/);
    expect(await db.timestampToken.count({ where: { sha256: sha256(bytes) } })).toBe(0);

    tsa.failWith(null);
    await db.job.update({ where: { id: job!.id }, data: { runAfter: new Date() } });
    await runJobsUntilIdle();
    expect(await timestampJob(sha256(bytes))).toMatchObject({ status: "DONE" });
    expect(await db.timestampToken.count({ where: { sha256: sha256(bytes) } })).toBe(1);
  });

  it("fails the job at once when the TSA refuses", async () => {
    tsa.rejectAll(true);
    const bytes = await photo(130);
    await upload(bytes);
    await runJobsUntilIdle();
    tsa.rejectAll(false);
    const job = await timestampJob(sha256(bytes));
    expect(job).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(job?.lastError).toMatch(/TSA refused: rejection/);
  });
});
