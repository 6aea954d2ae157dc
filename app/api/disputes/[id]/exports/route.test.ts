import { execFile } from "node:child_process";
import { readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/auth/session-context";
import { dataDir } from "@/lib/config/data-dir";
import { db } from "@/lib/db/prisma";
import { createDispute } from "@/lib/disputes/create-dispute";
import { createTestDispute } from "@/lib/disputes/dispute-test-fixtures";
import { plantAnalysedPhoto } from "@/lib/forensics/forensics-test-support";
import { routeParams } from "@/lib/evidence/test-support";
import { createStore } from "@/lib/stores/create-store";
import { createMerchant, sessionCookie } from "@/test/factories";
import { GET as downloadZip } from "../../../exports/[id]/download/route";
import { GET as openPdf } from "../../../exports/[id]/pdf/route";
import { GET, POST } from "./route";

const run = promisify(execFile);
let owner: SessionContext;
let cookie: string;
let otherCookie: string;
let disputeId: string;
let storeId: string;

beforeAll(async () => {
  owner = await createMerchant("导出测试商家");
  cookie = await sessionCookie(owner);
  otherCookie = await sessionCookie(await createMerchant("另一家商家"));
  const store = await createStore(owner, { platform: "TAOBAO", name: "导出店" });
  storeId = store.id;
  disputeId = (
    await createDispute(owner, {
      storeId: store.id,
      orderNo: "ROUTE-EXPORT-1",
      orderAmount: "59.00",
      claimedAmount: "59.00",
      claimFiledAt: "2026-11-20T10:00",
      reason: "damaged",
      claimText: "收到就是坏的。",
    })
  ).id;
});

function post(body: string, asCookie = cookie, id = disputeId) {
  const request = new Request(`http://localhost/api/disputes/${id}/exports`, {
    method: "POST",
    body,
    headers: { cookie: asCookie, "content-type": "application/json", "accept-language": "en" },
  });
  return POST(request, routeParams({ id }));
}

const get = (asCookie: string) => new Request("http://localhost/x", { headers: { cookie: asCookie, "accept-language": "en" } });

/** What an export leaves behind: rows, audit events and files. */
async function snapshot() {
  const exportsDir = path.join(dataDir(), "exports");
  return {
    rows: await db.caseExport.count(),
    audits: await db.auditEvent.count({ where: { action: "export.create" } }),
    files: await readdir(exportsDir).catch(() => []),
  };
}

describe("POST /api/disputes/[id]/exports", () => {
  it.each([
    ["malformed JSON", "{ locale: zh", /not valid JSON/],
    ["an unknown locale", JSON.stringify({ locale: "fr" }), /check the fields marked in red/i],
    ["an unknown document type", JSON.stringify({ documentTypes: ["LOVE_LETTER"] }), /check the fields marked in red/i],
  ])("answers %s with 400 and writes nothing", async (_label, body, message) => {
    const before = await snapshot();
    const response = await post(body);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });

  it("answers 401 without a session and 404 to another merchant guessing the id, writing nothing", async () => {
    const before = await snapshot();
    expect((await post("{}", "")).status).toBe(401);
    const response = await post("{}", otherCookie);
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("NOT_FOUND");
    expect((await GET(get(otherCookie), routeParams({ id: disputeId }))).status).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it("answers 409 naming the findings that await review, in the request's language, writing nothing", async () => {
    const pendingId = (await createTestDispute(owner, storeId)).id;
    await plantAnalysedPhoto(owner, pendingId, ["weak"]);
    const before = await snapshot();
    const response = await post(JSON.stringify({ locale: "zh-CN" }), cookie, pendingId);
    expect(response.status).toBe(409);
    const { error } = await response.json();
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("1 finding awaits human review. Confirm or reject each one under “Photo forensics” before exporting.");
    expect(await snapshot()).toEqual(before);
  });

  it("creates an export (201) that the list, the ZIP and the PDF routes serve to its merchant only", async () => {
    const response = await post(JSON.stringify({ locale: "en" }));
    expect(response.status).toBe(201);
    const { export: created } = await response.json();
    expect(created).toMatchObject({ locale: "en", sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const listed = await (await GET(get(cookie), routeParams({ id: disputeId }))).json();
    expect(listed.exports.map((item: { id: string }) => item.id)).toEqual([created.id]);

    const zip = await downloadZip(get(cookie), routeParams({ id: created.id }));
    expect(zip.status).toBe(200);
    expect(zip.headers.get("content-type")).toBe("application/zip");
    expect(zip.headers.get("content-disposition")).toMatch(/^attachment;/);
    const zipFile = path.join(os.tmpdir(), `route-export-${created.id}.zip`);
    await writeFile(zipFile, Buffer.from(await zip.arrayBuffer()));
    const { stdout } = await run("unzip", ["-l", zipFile]);
    expect(stdout).toContain("case-file.pdf");
    expect(stdout).toContain("SHA256SUMS");
    await rm(zipFile);

    const pdf = await openPdf(get(cookie), routeParams({ id: created.id }));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");

    for (const route of [downloadZip, openPdf]) {
      const foreign = await route(get(otherCookie), routeParams({ id: created.id }));
      expect(foreign.status).toBe(404);
    }
  }, 120_000);
});
