import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import SwaggerParser from "@apidevtools/swagger-parser";
import Ajv2020 from "ajv/dist/2020";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import type { SessionContext } from "@/lib/auth/session-context";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { db } from "@/lib/db/prisma";
import { createStore } from "@/lib/stores/create-store";
import { createMerchant, sessionCookie } from "@/test/factories";
import { POST as recordOutcome } from "./disputes/[id]/platform-outcome/route";
import { GET as getDispute, PATCH as updateDispute } from "./disputes/[id]/route";
import { POST as changeStatus } from "./disputes/[id]/status/route";
import { GET as listDocuments, PUT as saveDocument } from "./disputes/[id]/documents/route";
import { GET as listEvidence, POST as uploadEvidence } from "./disputes/[id]/evidence/route";
import { GET as listExports, POST as createExport } from "./disputes/[id]/exports/route";
import { GET as listFindings } from "./disputes/[id]/findings/route";
import { GET as listDisputes, POST as createDispute } from "./disputes/route";
import { GET as downloadEvidence } from "./evidence/[id]/file/route";
import { GET as downloadZip } from "./exports/[id]/download/route";
import { GET as downloadPdf } from "./exports/[id]/pdf/route";
import { GET as openapi } from "./openapi.json/route";
import { POST as importOrders } from "./orders/imports/route";
import { GET as listStores } from "./stores/route";

const run = promisify(execFile);
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const params = <P>(value: P) => ({ params: Promise.resolve(value) });

/** A request to /api/v1 as an integration sends it: the key as a bearer token, English messages. */
function call(key: string | null, url: string, init: { method?: string; body?: BodyInit; json?: unknown; headers?: Record<string, string> } = {}): Request {
  const headers: Record<string, string> = { "accept-language": "en", ...init.headers };
  if (key) headers.authorization = `Bearer ${key}`;
  if (init.json !== undefined) headers["content-type"] = "application/json";
  return new Request(`http://localhost/api/v1${url}`, { method: init.method ?? "GET", headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body });
}

function evidenceForm(kind: string, bytes: Uint8Array, name: string): FormData {
  const form = new FormData();
  form.append("kind", kind);
  form.append("file", new File([new Uint8Array(bytes)], name, { type: "image/jpeg" }));
  return form;
}

const disputeBody = (storeId: string, orderNo: string) => ({
  storeId,
  orderNo,
  orderAmount: 129,
  claimedAmount: "129.00",
  claimFiledAt: "2026-11-21T09:30",
  reason: "damaged",
  claimText: "<script>alert(1)</script> 收到的杯子有裂纹",
});

/** The OpenAPI document with its $refs resolved, to check real responses against what it promises. */
let apiDocument: { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>> };
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });

/** The response's JSON, after checking that it matches the schema the document gives for this route, method and status. */
async function documented(route: string, method: string, response: Response) {
  const schema = apiDocument.paths[route][method].responses[String(response.status)]?.content?.["application/json"]?.schema;
  expect(schema, `${method.toUpperCase()} ${route} documents no JSON for ${response.status}`).toBeDefined();
  const body = await response.json();
  const validate = ajv.compile(schema!);
  expect(validate(body), `${method.toUpperCase()} ${route} ${response.status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  return body;
}

let owner: SessionContext;
let key: string;
let keyId: string;
let otherKey: string;
let storeId: string;

beforeAll(async () => {
  apiDocument = (await SwaggerParser.dereference(structuredClone(await openapi().json()))) as unknown as typeof apiDocument;
  owner = await createMerchant("接口商家");
  ({ key, apiKey: { id: keyId } } = await createApiKey(owner, { name: "ERP" }));
  otherKey = (await createApiKey(await createMerchant("别家"), { name: "别家的 ERP" })).key;
  storeId = (await createStore(owner, { platform: "PINDUODUO", name: "接口店" })).id;
});

describe("/api/v1", () => {
  it("publishes a valid OpenAPI 3.1 document that lists exactly the routes and methods that exist", async () => {
    const response = openapi();
    expect(response.status).toBe(200);
    const document = await response.json();
    await SwaggerParser.validate(structuredClone(document));
    expect(document.openapi).toBe("3.1.0");

    const routesDir = path.join(process.cwd(), "app/api/v1");
    const implemented: string[] = [];
    for (const file of readdirSync(routesDir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith("route.ts"))) {
      const route = "/" + path.dirname(file).replace(/\[(\w+)\]/g, "{$1}");
      if (route === "/openapi.json") continue;
      const handlers = await import(path.join(routesDir, file));
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) if (handlers[method]) implemented.push(`${method} ${route}`);
    }
    const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([route, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${route}`),
    );
    expect(documented.sort()).toEqual(implemented.sort());
    expect(implemented).toHaveLength(18);
    // Request schemas come from the lib/ zod schemas, amounts and dates with their notes.
    const body = document.paths["/disputes"].post.requestBody.content["application/json"].schema;
    expect(body.required).toEqual(expect.arrayContaining(["storeId", "orderNo", "orderAmount", "claimedAmount", "claimFiledAt", "reason"]));
    expect(body.properties.orderAmount.type).toEqual(["string", "number"]);
  });

  it("refuses calls without a valid key with 401, a Bearer challenge and a message saying what to send; a browser session is not a key", async () => {
    const cookie = await sessionCookie(owner);
    const cases: [Request, RegExp][] = [
      [call(null, "/disputes"), /Authorization: Bearer/],
      [call(null, "/disputes", { headers: { cookie } }), /Authorization: Bearer/],
      [call("rpk_guessed", "/disputes"), /not valid/],
    ];
    for (const [request, message] of cases) {
      const response = await listDisputes(request, params({}));
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="RefundProof API"');
      const { error } = await documented("/disputes", "get", response);
      expect(error).toMatchObject({ code: "UNAUTHENTICATED", message: expect.stringMatching(message) });
    }
    const chinese = await listDisputes(new Request("http://localhost/api/v1/disputes"), params({}));
    expect((await chinese.json()).error.message).toMatch(/API 密钥/);
  });

  it("logs a dispute, takes evidence, shows findings and builds and serves the case file, every action audited with the key", async () => {
    const created = await createDispute(call(key, "/disputes", { method: "POST", json: disputeBody(storeId, "PDD-API-1") }), params({}));
    expect(created.status).toBe(201);
    const { dispute } = await documented("/disputes", "post", created);
    expect(dispute).toMatchObject({ status: "OPEN", amountClaimedFen: 12900, order: { orderNo: "PDD-API-1" } });

    const listed = await documented("/disputes", "get", await listDisputes(call(key, "/disputes?q=PDD-API-1"), params({})));
    expect(listed.items.map((item: { id: string }) => item.id)).toEqual([dispute.id]);
    const fetched = await (await getDispute(call(key, `/disputes/${dispute.id}`), params({ id: dispute.id }))).json();
    expect(fetched.dispute.claimText).toBe("<script>alert(1)</script> 收到的杯子有裂纹");

    const proof = await sharp({ create: { width: 320, height: 200, channels: 3, background: "#d0d8e0" } }).jpeg().toBuffer();
    const uploaded = await uploadEvidence(call(key, `/disputes/${dispute.id}/evidence`, { method: "POST", body: evidenceForm("LOGISTICS_PROOF", proof, "签收记录.jpg") }), params({ id: dispute.id }));
    expect(uploaded.status).toBe(201);
    const { evidence } = await documented("/disputes/{id}/evidence", "post", uploaded);
    expect(evidence).toMatchObject({ kind: "LOGISTICS_PROOF", sha256: sha256(proof), originalName: "签收记录.jpg", sizeBytes: proof.length });
    expect(evidence.fileUrl).toBe(`/api/v1/evidence/${evidence.id}/file`);
    const file = await downloadEvidence(call(key, `/evidence/${evidence.id}/file`), params({ id: evidence.id }));
    expect(sha256(Buffer.from(await file.arrayBuffer()))).toBe(sha256(proof));
    const range = await downloadEvidence(call(key, `/evidence/${evidence.id}/file`, { headers: { range: "bytes=0-9" } }), params({ id: evidence.id }));
    expect([range.status, (await range.arrayBuffer()).byteLength]).toEqual([206, 10]);
    const evidenceList = await documented("/disputes/{id}/evidence", "get", await listEvidence(call(key, `/disputes/${dispute.id}/evidence`), params({ id: dispute.id })));
    expect(evidenceList.evidence.map((item: { id: string }) => item.id)).toEqual([evidence.id]);
    expect(await documented("/disputes/{id}/findings", "get", await listFindings(call(key, `/disputes/${dispute.id}/findings`), params({ id: dispute.id })))).toEqual({
      photos: [],
      summary: null,
      pending: false,
    });

    const { documents } = await documented("/disputes/{id}/documents", "get", await listDocuments(call(key, `/disputes/${dispute.id}/documents`), params({ id: dispute.id })));
    const appeal = documents["zh-CN"].find((doc: { type: string }) => doc.type === "PLATFORM_APPEAL");
    expect(appeal).toMatchObject({ available: true, saved: false, body: expect.stringContaining("PDD-API-1") });
    const edited = `${appeal.body}\n\n补充：签收记录见附件。`;
    const saved = await saveDocument(
      call(key, `/disputes/${dispute.id}/documents`, { method: "PUT", json: { type: "PLATFORM_APPEAL", locale: "zh-CN", title: appeal.title, body: edited, includeInExport: true } }),
      params({ id: dispute.id }),
    );
    expect(saved.status).toBe(200);
    expect((await saved.json()).documents["zh-CN"].find((doc: { type: string }) => doc.type === "PLATFORM_APPEAL")).toMatchObject({ saved: true, edited: true, body: edited });

    const exported = await createExport(call(key, `/disputes/${dispute.id}/exports`, { method: "POST", json: {} }), params({ id: dispute.id }));
    expect(exported.status).toBe(201);
    const { export: caseExport } = await documented("/disputes/{id}/exports", "post", exported);
    expect(caseExport).toMatchObject({ downloadUrl: `/api/v1/exports/${caseExport.id}/download`, pdfUrl: `/api/v1/exports/${caseExport.id}/pdf` });
    const exportList = await documented("/disputes/{id}/exports", "get", await listExports(call(key, `/disputes/${dispute.id}/exports`), params({ id: dispute.id })));
    expect(exportList.exports).toEqual([caseExport]);

    const zip = await downloadZip(call(key, caseExport.downloadUrl.replace("/api/v1", "")), params({ id: caseExport.id }));
    expect(zip.status).toBe(200);
    const zipBytes = Buffer.from(await zip.arrayBuffer());
    expect(sha256(zipBytes)).toBe(caseExport.sha256);
    const zipFile = path.join(os.tmpdir(), `api-v1-${caseExport.id}.zip`);
    await writeFile(zipFile, zipBytes);
    const { stdout: sums } = await run("unzip", ["-p", zipFile, "SHA256SUMS"]);
    expect(sums).toContain(sha256(proof));
    await rm(zipFile);
    const pdf = await downloadPdf(call(key, caseExport.pdfUrl.replace("/api/v1", "")), params({ id: caseExport.id }));
    const pdfFile = path.join(os.tmpdir(), `api-v1-${caseExport.id}.pdf`);
    await writeFile(pdfFile, Buffer.from(await pdf.arrayBuffer()));
    const { stdout: pdfText } = await run("pdftotext", [pdfFile, "-"]);
    expect(pdfText.replace(/\s+/g, "")).toContain("补充：签收记录见附件。");
    await rm(pdfFile);

    const events = await db.auditEvent.findMany({ where: { organizationId: owner.organizationId, action: { in: ["dispute.create", "evidence.upload", "document.save", "export.create"] } }, orderBy: { seq: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["dispute.create", "evidence.upload", "document.save", "export.create"]);
    for (const event of events) {
      expect(event.actorUserId).toBe(owner.userId);
      expect(JSON.parse(event.data)).toMatchObject({ apiKeyId: keyId });
    }
    expect((await verifyAuditChain(db)).ok).toBe(true);
    const trail = await listAuditEvents(owner, { disputeId: dispute.id });
    expect(trail.events.find((event) => event.action === "dispute.create")).toMatchObject({ actor: { name: owner.userName }, viaApiKey: { name: "ERP", prefix: key.slice(0, 12) } });
  }, 120_000);

  it("lists the merchant's stores and imports an orders CSV, naming each problem of a bad file and importing nothing from it", async () => {
    const stores = await (await listStores(call(key, "/stores"), params({}))).json();
    expect(stores.stores).toEqual([expect.objectContaining({ id: storeId, platform: "PINDUODUO", name: "接口店" })]);
    expect((await (await listStores(call(otherKey, "/stores"), params({}))).json()).stores).toEqual([]);

    const csv = (text: string) => {
      const form = new FormData();
      form.append("storeId", storeId);
      form.append("file", new File([text], "orders.csv", { type: "text/csv" }));
      return form;
    };
    const imported = await importOrders(call(key, "/orders/imports", { method: "POST", body: csv("订单号,快递单号,金额\nPDD-CSV-1,YT100200300,39.90\nPDD-CSV-2,,12.00\n") }), params({}));
    expect(imported.status).toBe(201);
    expect((await imported.json()).import).toMatchObject({ created: 2, updated: 0 });
    const order = await db.order.findFirstOrThrow({ where: { organizationId: owner.organizationId, orderNo: "PDD-CSV-1" } });
    expect(order).toMatchObject({ trackingNo: "YT100200300", amountFen: 3990 });

    const ordersBefore = await db.order.count();
    const rejected = await importOrders(call(key, "/orders/imports", { method: "POST", body: csv("订单号,金额\nPDD-CSV-3,12,3x\n") }), params({}));
    expect(rejected.status).toBe(400);
    const { issues } = await rejected.json();
    expect(issues[0]).toMatchObject({ line: 2, message: expect.stringMatching(/^Line 2/) });
    expect(await db.order.count()).toBe(ordersBefore);

    const foreignStore = await importOrders(call(otherKey, "/orders/imports", { method: "POST", body: csv("订单号,金额\nX-1,1\n") }), params({}));
    expect(foreignStore.status).toBe(404);
  });

  it("updates a dispute's facts, moves it along the status flow (READY needs a reviewer) and records the platform's outcome", async () => {
    const dispute = (await (await createDispute(call(key, "/disputes", { method: "POST", json: disputeBody(storeId, "PDD-API-4") }), params({}))).json()).dispute;
    const at = (url: string, json: unknown, method = "POST") => call(key, `/disputes/${dispute.id}${url}`, { method, json });

    const patched = await updateDispute(at("", { trackingNo: "YT999", claimedAmount: 99 }, "PATCH"), params({ id: dispute.id }));
    expect(patched.status).toBe(200);
    expect((await patched.json()).dispute).toMatchObject({ amountClaimedFen: 9900, order: { orderNo: "PDD-API-4", trackingNo: "YT999" }, claimText: disputeBody("", "").claimText });

    for (const toStatus of ["COLLECTING", "UNDER_REVIEW"]) expect((await changeStatus(at("/status", { toStatus }), params({ id: dispute.id }))).status).toBe(200);
    const ready = await changeStatus(at("/status", { toStatus: "READY" }), params({ id: dispute.id }));
    expect([ready.status, (await ready.json()).error.code]).toEqual([403, "FORBIDDEN"]);
    const skipped = await changeStatus(at("/status", { toStatus: "WON" }), params({ id: dispute.id }));
    expect([skipped.status, (await skipped.json()).error.code]).toEqual([409, "CONFLICT"]);

    const outcome = await recordOutcome(at("/platform-outcome", { refundPaid: "129.00", platformSkippedReview: true, note: "平台 10 分钟内自动同意退款" }), params({ id: dispute.id }));
    expect(outcome.status).toBe(200);
    expect((await outcome.json()).dispute).toMatchObject({ status: "UNDER_REVIEW", refundPaidFen: 12900, platformSkippedReview: true });
    const noNote = await recordOutcome(at("/platform-outcome", { platformSkippedReview: true }), params({ id: dispute.id }));
    expect(Object.keys((await noNote.json()).error.fields)).toEqual(["note"]);

    const actions = (await db.auditEvent.findMany({ where: { entityId: dispute.id }, orderBy: { seq: "asc" } })).map((event) => [event.action, JSON.parse(event.data).apiKeyId]);
    expect(actions).toEqual([
      ["dispute.create", keyId],
      ["dispute.update", keyId],
      ["dispute.status_change", keyId],
      ["dispute.status_change", keyId],
      ["dispute.platform_outcome", keyId],
    ]);
  });

  it("answers 429 with Retry-After once a key's calls for the minute are spent, leaving other keys alone", async () => {
    const saved = process.env.API_RATE_LIMIT;
    process.env.API_RATE_LIMIT = "2";
    try {
      const busy = (await createApiKey(owner, { name: "繁忙的脚本" })).key;
      const calm = (await createApiKey(owner, { name: "安静的脚本" })).key;
      for (let i = 0; i < 2; i++) expect((await listStores(call(busy, "/stores"), params({}))).status).toBe(200);
      const refused = await listStores(call(busy, "/stores"), params({}));
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await documented("/stores", "get", refused)).error).toMatchObject({ code: "RATE_LIMITED", message: expect.stringMatching(/more than 2 calls this minute/) });
      expect((await listStores(call(calm, "/stores"), params({}))).status).toBe(200);
    } finally {
      if (saved === undefined) delete process.env.API_RATE_LIMIT;
      else process.env.API_RATE_LIMIT = saved;
    }
  });

  it("lets a read-only key read but refuses it every change with 403, writing nothing", async () => {
    const reader = (await createApiKey(owner, { name: "报表系统", access: "read" })).key;
    const dispute = await db.dispute.findFirstOrThrow({ where: { organizationId: owner.organizationId } });
    expect((await getDispute(call(reader, `/disputes/${dispute.id}`), params({ id: dispute.id }))).status).toBe(200);
    expect((await listStores(call(reader, "/stores"), params({}))).status).toBe(200);
    const before = { disputes: await db.dispute.count(), events: await db.auditEvent.count() };
    const writes = [
      await createDispute(call(reader, "/disputes", { method: "POST", json: disputeBody(storeId, "PDD-READ-1") }), params({})),
      await updateDispute(call(reader, `/disputes/${dispute.id}`, { method: "PATCH", json: { claimText: "改" } }), params({ id: dispute.id })),
      await changeStatus(call(reader, `/disputes/${dispute.id}/status`, { method: "POST", json: { toStatus: "CLOSED" } }), params({ id: dispute.id })),
      await createExport(call(reader, `/disputes/${dispute.id}/exports`, { method: "POST", json: {} }), params({ id: dispute.id })),
    ];
    for (const response of writes) {
      expect(response.status).toBe(403);
      expect((await documented("/disputes", "post", response)).error).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/only read/) });
    }
    expect({ disputes: await db.dispute.count(), events: await db.auditEvent.count() }).toEqual(before);
  });

  it("answers 404 to another merchant's key for every id, and 400 with the fields for a bad body, writing nothing", async () => {
    const dispute = (await (await createDispute(call(key, "/disputes", { method: "POST", json: disputeBody(storeId, "PDD-API-2") }), params({}))).json()).dispute;
    const before = { disputes: await db.dispute.count(), evidence: await db.evidence.count(), exports: await db.caseExport.count(), events: await db.auditEvent.count() };
    const photo = await sharp({ create: { width: 64, height: 64, channels: 3, background: "red" } }).jpeg().toBuffer();
    const foreign = [
      await getDispute(call(otherKey, `/disputes/${dispute.id}`), params({ id: dispute.id })),
      await updateDispute(call(otherKey, `/disputes/${dispute.id}`, { method: "PATCH", json: { claimText: "改掉" } }), params({ id: dispute.id })),
      await changeStatus(call(otherKey, `/disputes/${dispute.id}/status`, { method: "POST", json: { toStatus: "CLOSED" } }), params({ id: dispute.id })),
      await recordOutcome(call(otherKey, `/disputes/${dispute.id}/platform-outcome`, { method: "POST", json: { refundPaid: 1, platformSkippedReview: false } }), params({ id: dispute.id })),
      await listEvidence(call(otherKey, `/disputes/${dispute.id}/evidence`), params({ id: dispute.id })),
      await uploadEvidence(call(otherKey, `/disputes/${dispute.id}/evidence`, { method: "POST", body: evidenceForm("BUYER_PHOTO", photo, "a.jpg") }), params({ id: dispute.id })),
      await listFindings(call(otherKey, `/disputes/${dispute.id}/findings`), params({ id: dispute.id })),
      await listExports(call(otherKey, `/disputes/${dispute.id}/exports`), params({ id: dispute.id })),
      await createExport(call(otherKey, `/disputes/${dispute.id}/exports`, { method: "POST", json: {} }), params({ id: dispute.id })),
      await downloadEvidence(call(otherKey, "/evidence/x/file"), params({ id: (await db.evidence.findFirstOrThrow({ where: { organizationId: owner.organizationId } })).id })),
      await downloadZip(call(otherKey, "/exports/x/download"), params({ id: (await db.caseExport.findFirstOrThrow({ where: { organizationId: owner.organizationId } })).id })),
    ];
    for (const response of foreign) expect([response.status, (await response.json()).error.code]).toEqual([404, "NOT_FOUND"]);

    const malformed = await createDispute(call(key, "/disputes", { method: "POST", body: "{ orderNo: 1", headers: { "content-type": "application/json" } }), params({}));
    expect([malformed.status, (await malformed.json()).error.message]).toEqual([400, expect.stringMatching(/not valid JSON/)]);
    const incomplete = await createDispute(call(key, "/disputes", { method: "POST", json: { storeId, orderAmount: "abc" } }), params({}));
    expect(incomplete.status).toBe(400);
    expect(Object.keys((await incomplete.json()).error.fields)).toEqual(expect.arrayContaining(["orderNo", "orderAmount", "claimedAmount", "claimFiledAt", "reason"]));
    expect({ disputes: await db.dispute.count(), evidence: await db.evidence.count(), exports: await db.caseExport.count(), events: await db.auditEvent.count() }).toEqual(before);
  }, 60_000);

  it("holds the case file back (409) while a buyer photo is being analysed, and stops serving a key once it is revoked", async () => {
    const dispute = (await (await createDispute(call(key, "/disputes", { method: "POST", json: disputeBody(storeId, "PDD-API-3") }), params({}))).json()).dispute;
    const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: "black", noise: { type: "gaussian", mean: 128, sigma: 30 } } }).jpeg().toBuffer();
    const uploaded = await uploadEvidence(call(key, `/disputes/${dispute.id}/evidence`, { method: "POST", body: evidenceForm("BUYER_PHOTO", photo, "买家图.jpg") }), params({ id: dispute.id }));
    expect(uploaded.status).toBe(201);
    const findings = await documented("/disputes/{id}/findings", "get", await listFindings(call(key, `/disputes/${dispute.id}/findings`), params({ id: dispute.id })));
    expect(findings).toMatchObject({ pending: true, photos: [{ name: "买家图.jpg", status: "PENDING", findings: [] }] });
    const held = await createExport(call(key, `/disputes/${dispute.id}/exports`, { method: "POST", json: {} }), params({ id: dispute.id }));
    expect(held.status).toBe(409);
    expect((await documented("/disputes/{id}/exports", "post", held)).error.code).toBe("CONFLICT");

    await revokeApiKey(owner, { keyId });
    const refused = await getDispute(call(key, `/disputes/${dispute.id}`), params({ id: dispute.id }));
    expect(refused.status).toBe(401);
    expect((await refused.json()).error.message).toMatch(/revoked/);
  }, 60_000);
});
