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
import { loadCaseFileData } from "@/lib/export/load-case-file-data";
import { listDisputeEvidence } from "./list-dispute-evidence";
import { createTestDispute, routeParams, uploadRequest } from "./test-support";

let tsa: LocalTsa;
let owner: SessionContext;
let cookie: string;
let disputeId: string;

const photo = (mean: number) =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: "black", noise: { type: "gaussian", mean, sigma: 20 } } }).jpeg().toBuffer();
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function upload(bytes: Buffer, as = { disputeId: () => disputeId, cookie: () => cookie }) {
  const id = as.disputeId();
  const response = await POST(uploadRequest(id, as.cookie(), { bytes, name: "photo.jpg", kind: "CHAT_SCREENSHOT" }), routeParams({ id }));
  expect(response.status).toBe(201);
}

/** Another merchant, with its own dispute, and the TSA given (or none). */
async function otherMerchant(name: string, tsaUrl: string | null) {
  const ctx = await createMerchant(name);
  const otherCookie = await sessionCookie(ctx);
  const otherDispute = (await createTestDispute(ctx)).id;
  if (tsaUrl) await db.merchantSettings.create({ data: { organizationId: ctx.organizationId, tsaUrl } });
  return { ctx, as: { disputeId: () => otherDispute, cookie: () => otherCookie }, disputeId: otherDispute };
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

    const token = await db.timestampToken.findUniqueOrThrow({ where: { organizationId_sha256_tsaUrl: { organizationId: owner.organizationId, sha256: hash, tsaUrl: tsa.url } } });
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

  it("keeps tokens per merchant: the same bytes elsewhere neither show this merchant's token nor its TSA", async () => {
    const bytes = await photo(115);
    await upload(bytes);
    await runJobsUntilIdle();
    const answered = tsa.requests();

    // A merchant without a TSA holding the same bytes sees no token, in the gallery or in its case file.
    const plain = await otherMerchant("没有时间戳的店", null);
    await upload(bytes, plain.as);
    await runJobsUntilIdle();
    const [seen] = await listDisputeEvidence(plain.ctx, plain.disputeId);
    expect(seen.timestamp).toEqual({ status: "unconfigured" });
    expect((await loadCaseFileData(plain.ctx, plain.disputeId)).evidence.map((item) => item.timestamp)).toEqual([null]);

    // A merchant with the same TSA asks for (and gets) a token of its own.
    const same = await otherMerchant("同一时间戳服务的店", tsa.url);
    await upload(bytes, same.as);
    await runJobsUntilIdle();
    expect(tsa.requests()).toBe(answered + 1);
    const tokens = await db.timestampToken.findMany({ where: { sha256: sha256(bytes) }, select: { organizationId: true } });
    expect(tokens.map((token) => token.organizationId).sort()).toEqual([owner.organizationId, same.ctx.organizationId].sort());
    const [own] = await listDisputeEvidence(same.ctx, same.disputeId);
    expect(own.timestamp).toMatchObject({ status: "stamped", tsaUrl: tsa.url });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "evidence.timestamp", entityId: sha256(bytes), organizationId: same.ctx.organizationId } });
    expect(event.actorUserId).toBeNull();
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
