import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createTestDispute, merchantWithStore } from "@/lib/disputes/dispute-test-fixtures";
import { recordPlatformOutcome } from "@/lib/disputes/record-platform-outcome";
import { AppError } from "@/lib/errors";
import { getDisputeLegalAssessment } from "@/lib/legal/get-dispute-legal-assessment";
import { addEvidence, addFinding } from "@/lib/legal/legal-test-fixtures";
import { addMember } from "@/test/factories";
import { getDisputeDocuments } from "./get-dispute-documents";
import { generateDocument } from "./generate-document";
import { hashText } from "./hash-text";
import { listDocumentsForExport } from "./list-documents-for-export";
import { loadDocumentCase } from "./load-document-case";
import { regenerateDocumentDraft } from "./regenerate-document-draft";
import { saveDocumentDraft } from "./save-document-draft";

const HOSTILE = "<script>alert(1)</script><b>x</b>";

async function caseWithEvidence() {
  const { owner, store } = await merchantWithStore();
  const dispute = await createTestDispute(owner, store.id, {
    orderNo: "TB-DOC-0001",
    trackingNo: "SF000111222",
    claimedAmount: "268.00",
    orderAmount: "268.00",
    buyerPlatformId: "tb_doc_buyer",
    buyerNickname: "文档买家",
    buyerPhone: "13812345678",
    buyerAddress: "上海市某区某路1号",
    claimText: HOSTILE,
  });
  const photo = await addEvidence(owner, { disputeId: dispute.id }, "BUYER_PHOTO");
  const video = await addEvidence(owner, { orderId: dispute.orderId }, "PACKING_VIDEO");
  return { owner, store, dispute, photo, video };
}

describe("case documents", () => {
  it("uses a legal assessment the caller already has for this dispute, never one for another dispute", async () => {
    const { owner, store, dispute } = await caseWithEvidence();
    const other = await createTestDispute(owner, store.id, { orderNo: "TB-DOC-0002" });
    const own = await getDisputeLegalAssessment(owner, dispute.id);
    expect((await loadDocumentCase(owner, dispute.id, { assessment: own })).assessment).toBe(own);
    const foreign = await getDisputeLegalAssessment(owner, other.id);
    const loaded = await loadDocumentCase(owner, dispute.id, { assessment: foreign });
    expect(loaded.assessment).not.toBe(foreign);
    expect(loaded.assessment.disputeId).toBe(dispute.id);
  });

  it("fills every document from the case: order no., amount, evidence hashes, legal basis, never the raw phone or address", async () => {
    const { owner, dispute, photo, video } = await caseWithEvidence();
    await addFinding(owner, dispute.id, photo.id, "derived_from_reference", "CONFIRMED");
    const c = await loadDocumentCase(owner, dispute.id);

    for (const locale of ["zh-CN", "en"] as const) {
      for (const type of ["PLATFORM_APPEAL", "POLICE_REPORT", "CIVIL_COMPLAINT"] as const) {
        const doc = generateDocument(c, type, locale);
        const text = `${doc.title}\n${doc.body}`;
        expect(text, `${type} ${locale}`).toContain("TB-DOC-0001");
        expect(doc.body).toContain("¥268.00");
        expect(doc.body).toContain(photo.sha256);
        expect(doc.body).toContain(video.sha256);
        expect(doc.body).toContain("tb_doc_buyer");
        // Buyer text is quoted literally; escaping is the page's job (React text nodes).
        expect(doc.body).toContain(HOSTILE);
        expect(doc.body).not.toMatch(/13812345678|上海市某区/);
        expect(doc.body).toMatch(/^## /m);
        // Law versions as a reader names them, not the rules data's file identifiers.
        expect(doc.body).not.toMatch(/\d{4}-(?:revision|amendment|enactment|issue|interpretation)/);
      }
    }
    const police = generateDocument(c, "POLICE_REPORT", "zh-CN").body;
    expect(police).toContain("《中华人民共和国治安管理处罚法》");
    expect(police).toContain("条文序号待核实");
    expect(police).toContain("法释〔2011〕7号");
    // The source cited with its document number in brackets (it ran on after the title before).
    expect(police).toContain("最高人民法院、最高人民检察院关于办理诈骗刑事案件具体应用法律若干问题的解释（法释〔2011〕7号）");
    expect(police).toContain("（2011年司法解释，2011-04-08 起施行）");
    expect(police).toContain("由商品图修改而来");
    const civil = generateDocument(c, "CIVIL_COMPLAINT", "en").body;
    expect(civil).toContain("Civil Code");
    expect(civil).toContain("Art. 148");
    expect(civil).toContain("Civil Code of the People's Republic of China (document no. 中华人民共和国主席令第四十五号)");
    expect(civil).toContain("not legal advice");
  });

  it("cites a reused photo with the merchant's earlier orders it was filed under", async () => {
    const { owner, store, dispute, photo } = await caseWithEvidence();
    const earlier = await createTestDispute(owner, store.id, { orderNo: "TB-DOC-EARLIER" });
    await addFinding(owner, dispute.id, photo.id, "reuse", "CONFIRMED", { disputeIds: [earlier.id] });
    const c = await loadDocumentCase(owner, dispute.id);
    expect(generateDocument(c, "PLATFORM_APPEAL", "zh-CN").body).toContain("取证结论 reuse同一图片此前见于本店订单：TB-DOC-EARLIER。");
    expect(generateDocument(c, "POLICE_REPORT", "en").body).toContain("Finding reuse The same picture was filed before with our order(s) TB-DOC-EARLIER.");
  });

  it("offers the AI-provider inquiry only when a confirmed label names a producer, and says why otherwise", async () => {
    const { owner, dispute, photo } = await caseWithEvidence();
    let docs = (await getDisputeDocuments(owner, dispute.id))["zh-CN"];
    const missing = docs.find((d) => d.type === "AI_PROVIDER_INQUIRY")!;
    expect(missing.available).toBe(false);
    if (!missing.available) expect(missing.reason.zh).toContain("没有发现");
    expect(docs.find((d) => d.type === "PLATFORM_LIABILITY")!.available).toBe(false);

    const label = await addFinding(owner, dispute.id, photo.id, "aigc_label", "PENDING", { contentProducer: "ExampleAI", produceId: "IMG-42" });
    docs = (await getDisputeDocuments(owner, dispute.id)).en;
    const pending = docs.find((d) => d.type === "AI_PROVIDER_INQUIRY")!;
    expect(pending.available === false && pending.reason.en).toContain("awaiting review");

    await db.finding.update({ where: { id: label.id }, data: { review: "CONFIRMED" } });
    docs = (await getDisputeDocuments(owner, dispute.id))["zh-CN"];
    const inquiry = docs.find((d) => d.type === "AI_PROVIDER_INQUIRY")!;
    expect(inquiry.available).toBe(true);
    if (inquiry.available) {
      expect(inquiry.body).toContain("ExampleAI");
      expect(inquiry.body).toContain("IMG-42");
      expect(inquiry.body).toContain(photo.sha256);
      expect(inquiry.body).toContain("人工智能生成合成内容标识办法");
    }
  });

  it("offers the claim against the platform once the merchant records a paid refund and a skipped review, quoting what happened", async () => {
    const { owner, dispute } = await caseWithEvidence();
    expect((await getDisputeDocuments(owner, dispute.id))["zh-CN"].find((d) => d.type === "PLATFORM_LIABILITY")!.available).toBe(false);
    await recordPlatformOutcome(owner, dispute.id, { refundPaid: "268.00", platformSkippedReview: "on", note: "平台未通知本店，2 小时后自动退款" });
    const liability = (await getDisputeDocuments(owner, dispute.id))["zh-CN"].find((d) => d.type === "PLATFORM_LIABILITY")!;
    expect(liability.available).toBe(true);
    const body = generateDocument(await loadDocumentCase(owner, dispute.id), "PLATFORM_LIABILITY", "zh-CN").body;
    expect(body).toContain("平台未经合理审查即同意退款");
    expect(body).toContain("本店记录的处理经过：平台未通知本店，2 小时后自动退款");
    expect(body).toContain("¥268.00");
  });

  it("saves an edit with an audit event carrying the body hashes, keeps the text and exports the edited draft", async () => {
    const { owner, dispute } = await caseWithEvidence();
    const [appeal] = (await getDisputeDocuments(owner, dispute.id))["zh-CN"];
    if (!appeal.available) throw new Error("appeal must be available");
    const body = `${appeal.body}\n补充说明：${HOSTILE}`;

    await saveDocumentDraft(owner, dispute.id, { type: "PLATFORM_APPEAL", locale: "zh-CN", title: appeal.title, body, includeInExport: true });
    const saved = await db.documentDraft.findUniqueOrThrow({ where: { disputeId_type_locale: { disputeId: dispute.id, type: "PLATFORM_APPEAL", locale: "zh-CN" } } });
    expect(saved).toMatchObject({ body, edited: true, includeInExport: true, updatedById: owner.userId });

    const second = `${body}\n第二次修改`;
    await saveDocumentDraft(owner, dispute.id, { type: "PLATFORM_APPEAL", locale: "zh-CN", title: appeal.title, body: second, includeInExport: true });
    const events = await db.auditEvent.findMany({ where: { action: "document.save", entityId: dispute.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => JSON.parse(e.data))).toEqual([
      expect.objectContaining({ type: "PLATFORM_APPEAL", locale: "zh-CN", edited: true, bodySha256: hashText(body), previousBodySha256: null }),
      expect.objectContaining({ bodySha256: hashText(second), previousBodySha256: hashText(body) }),
    ]);

    const exported = await listDocumentsForExport(owner, dispute.id, "zh-CN");
    expect(exported[0]).toEqual({ type: "PLATFORM_APPEAL", title: appeal.title, body: second, edited: true });
    // Types never saved come freshly generated; the unavailable ones are absent.
    expect(exported.map((d) => d.type)).toEqual(["PLATFORM_APPEAL", "POLICE_REPORT", "CIVIL_COMPLAINT"]);
    expect(exported.slice(1).every((d) => !d.edited)).toBe(true);
    // Another language is a separate draft.
    expect((await listDocumentsForExport(owner, dispute.id, "en"))[0].body).not.toContain("第二次修改");
  });

  it("leaves a draft unticked for export out, and regenerating replaces the text with an audit event", async () => {
    const { owner, dispute } = await caseWithEvidence();
    const docs = (await getDisputeDocuments(owner, dispute.id)).en;
    const police = docs.find((d) => d.type === "POLICE_REPORT")!;
    if (!police.available) throw new Error("police report must be available");
    await saveDocumentDraft(owner, dispute.id, { type: "POLICE_REPORT", locale: "en", title: police.title, body: "My own text", includeInExport: false });
    expect((await listDocumentsForExport(owner, dispute.id, "en")).map((d) => d.type)).toEqual(["PLATFORM_APPEAL", "CIVIL_COMPLAINT"]);

    await regenerateDocumentDraft(owner, dispute.id, { type: "POLICE_REPORT", locale: "en" });
    const draft = await db.documentDraft.findFirstOrThrow({ where: { disputeId: dispute.id, type: "POLICE_REPORT", locale: "en" } });
    expect(draft).toMatchObject({ body: police.body, edited: false, includeInExport: false });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "document.regenerate", entityId: dispute.id } });
    expect(JSON.parse(event.data)).toMatchObject({ previousBodySha256: hashText("My own text"), bodySha256: hashText(police.body) });
  });

  it("refuses reviewers, other merchants and empty bodies without writing anything", async () => {
    const { owner, dispute } = await caseWithEvidence();
    const other = await merchantWithStore();
    const reviewer = await addMember(owner, "reviewer");
    const input = { type: "PLATFORM_APPEAL" as const, locale: "zh-CN" as const, title: "t", body: "b", includeInExport: true };

    await expect(saveDocumentDraft(reviewer, dispute.id, input)).rejects.toSatisfy((e) => e instanceof AppError && e.code === "FORBIDDEN");
    await expect(saveDocumentDraft(other.owner, dispute.id, input)).rejects.toSatisfy((e) => e instanceof AppError && e.code === "NOT_FOUND");
    await expect(listDocumentsForExport(other.owner, dispute.id, "zh-CN")).rejects.toSatisfy((e) => e instanceof AppError && e.code === "NOT_FOUND");
    await expect(saveDocumentDraft(owner, dispute.id, { ...input, body: "   " })).rejects.toThrow();
    await expect(saveDocumentDraft(owner, dispute.id, { ...input, type: "AI_PROVIDER_INQUIRY" })).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "CONFLICT",
    );
    expect(await db.documentDraft.count({ where: { disputeId: dispute.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "document.save", entityId: dispute.id } })).toBe(0);
  });
});
