import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import { DEFAULT_PER_MINUTE } from "@/lib/api-keys/consume-api-quota";
import { AnalysisStatus, DisputeStatus, DocumentType, EvidenceKind, FindingReview, Platform } from "@/lib/db/generated/enums";
import { changeDisputeStatusSchema, createDisputeSchema, listDisputesQuerySchema, recordPlatformOutcomeSchema, updateDisputeSchema } from "@/lib/disputes/dispute-schemas";
import { saveDocumentDraftSchema } from "@/lib/documents/document-draft-schema";
import { APP_ERROR_CODES } from "@/lib/errors";
import { bilingualTextSchema, findingStrengthSchema, findingTypeSchema } from "@/lib/forensics/finding-schema";
import { createCaseExportSchema } from "@/lib/export/create-case-export";

/*
 * The OpenAPI 3.1 description of /api/v1. Request bodies and query parameters are rendered
 * from the same zod schemas the lib/ functions validate with, so the document cannot drift
 * from what the API accepts. Responses name their main fields; the objects carry more, which
 * the web app also shows, so they are open (additional properties allowed).
 */

const error = z
  .object({
    error: z.object({
      code: z.enum([...APP_ERROR_CODES, "INTERNAL"]),
      message: z.string().meta({ description: "In the caller's language: Chinese by default, English with `Accept-Language: en`." }),
      fields: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Per-field messages of a VALIDATION error." }),
    }),
  })
  .meta({ id: "Error" });

const dispute = z
  .looseObject({
    id: z.string(),
    status: z.enum(DisputeStatus),
    amountClaimedFen: z.number().int().meta({ description: "Money is integer fen (1 yuan = 100 fen)." }),
    order: z.looseObject({ orderNo: z.string(), trackingNo: z.string().nullable() }),
  })
  .meta({ id: "Dispute" });

const evidence = z
  .looseObject({
    id: z.string(),
    kind: z.enum(EvidenceKind),
    sha256: z.string().meta({ description: "SHA-256 of the file's bytes, computed while it was received." }),
    originalName: z.string(),
    mimeType: z.string(),
    sizeBytes: z.number().int(),
    createdAt: z.string().meta({ format: "date-time" }),
    fileUrl: z.string().meta({ description: "GET with the same API key: the original file. (`thumbnailUrl` and `viewUrl` are the web app's and need a signed-in browser.)" }),
  })
  .meta({ id: "Evidence" });

const caseExport = z
  .looseObject({
    id: z.string(),
    disputeId: z.string(),
    fileName: z.string(),
    sha256: z.string().meta({ description: "SHA-256 of the ZIP bundle." }),
    sizeBytes: z.number().int(),
    pdfSha256: z.string(),
    pdfPages: z.number().int(),
    createdAt: z.string().meta({ format: "date-time" }),
    downloadUrl: z.string().meta({ description: "GET with the same API key: the ZIP bundle." }),
    pdfUrl: z.string().meta({ description: "GET with the same API key: the PDF alone." }),
  })
  .meta({ id: "CaseExport" });

const finding = z.looseObject({
  id: z.string(),
  type: findingTypeSchema,
  strength: findingStrengthSchema,
  explanation: bilingualTextSchema,
  review: z.looseObject({ status: z.enum(FindingReview) }),
});

const findings = z
  .object({
    photos: z.array(
      z.looseObject({
        evidenceId: z.string(),
        name: z.string(),
        status: z.enum(AnalysisStatus).meta({ description: "Analysis state of the photo." }),
        findings: z.array(finding),
      }),
    ),
    summary: z.looseObject({}).nullable(),
    pending: z.boolean().meta({ description: "True while a photo of the dispute is still being analysed." }),
  })
  .meta({ id: "DisputeFindings" });

const store = z.looseObject({ id: z.string(), platform: z.enum(Platform), name: z.string() }).meta({ id: "Store" });

const csvIssue = z.looseObject({
  line: z.number().int().nullable().meta({ description: "1-based CSV line (the header is line 1); null for the file as a whole." }),
  field: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});

const caseDocument = z.looseObject({
  type: z.enum(DocumentType),
  available: z.boolean().meta({ description: "False when the case does not support this document yet; `reason` then says why." }),
  title: z.string().optional(),
  body: z.string().optional().meta({ description: "Plain text; lines starting with `## ` are headings." }),
  saved: z.boolean(),
  edited: z.boolean().optional(),
  includeInExport: z.boolean().optional(),
});
const documents = z
  .object({ documents: z.object({ "zh-CN": z.array(caseDocument), en: z.array(caseDocument) }) })
  .meta({ id: "CaseDocuments" });

const id = z.object({ id: z.string().meta({ description: "The id the API returned for it." }) });

const json = (schema: z.ZodType) => ({ "application/json": { schema } });
const errorReply = (description: string) => ({ description, content: json(error) });
/** Every key-authenticated operation can answer these. */
const common: ZodOpenApiResponsesObject = {
  "401": errorReply("No API key, or one that is wrong, revoked or whose creator has left the merchant."),
  "403": errorReply("The key may not do this: a read-only key may only GET, and a key acts as staff (e.g. it cannot mark a case READY)."),
  "429": {
    ...errorReply(
      `The key's calls this minute are spent (${DEFAULT_PER_MINUTE.request} by default, and ${DEFAULT_PER_MINUTE.export} case files). Retry after the seconds in \`Retry-After\`.`,
    ),
    headers: z.object({ "Retry-After": z.string().meta({ description: "Seconds until the next minute's quota." }) }),
  },
};
const notFound = { "404": errorReply("No such item for this merchant (another merchant's ids answer the same).") };
const invalid = { "400": errorReply("The body or a field is not valid; `fields` says which.") };

function operation(op: ZodOpenApiOperationObject): ZodOpenApiOperationObject {
  return { ...op, responses: { ...op.responses, ...common } };
}

let built: ReturnType<typeof createDocument> | undefined;

export function buildApiV1Document() {
  built ??= createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: "RefundProof API",
        version: "1",
        description:
          "Log refund-only disputes, upload evidence, read the forensic findings and download the case file from another system. " +
          "Authenticate with an API key (owners and admins create them under Settings → API keys) sent as `Authorization: Bearer <key>`. " +
          "A key has full access (what a staff member may do) or is read-only (GET requests only). " +
          "A key acts with the staff role for its merchant; every action it takes is in the merchant's audit log with the key's id. " +
          "JSON bodies are limited to 1 MB (413 beyond).",
      },
      servers: [{ url: "/api/v1" }],
      security: [{ apiKey: [] }],
      components: { securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key (rpk_…)." } } },
      paths: {
        "/stores": {
          get: operation({
            operationId: "listStores",
            summary: "The merchant's stores (disputes and order imports name one by id)",
            responses: { "200": { description: "The stores.", content: json(z.object({ stores: z.array(store) })) } },
          }),
        },
        "/orders/imports": {
          post: operation({
            operationId: "importOrders",
            summary: "Import orders and shipments from a CSV, all or nothing",
            description:
              "UTF-8 or GBK CSV as the marketplaces export it, up to 10 MB and 20,000 rows. Columns are recognised by their Chinese or English header: " +
              "order number and amount are required; tracking number, ship time, buyer and product are optional. Orders are matched by order number; a re-import updates them.",
            requestBody: {
              required: true,
              content: { "multipart/form-data": { schema: z.object({ storeId: z.string(), file: z.string().meta({ format: "binary" }) }) } },
            },
            responses: {
              "201": {
                description: "How many orders were created and updated.",
                content: json(z.object({ import: z.object({ importId: z.string(), created: z.number().int(), updated: z.number().int() }) })),
              },
              "400": {
                description: "The file has problems; `issues` lists each with its line and column. Nothing was imported.",
                content: json(z.object({ error: error.shape.error, issues: z.array(csvIssue).optional() })),
              },
              ...notFound,
              "413": errorReply("The file is larger than 10 MB."),
            },
          }),
        },
        "/disputes": {
          get: operation({
            operationId: "listDisputes",
            summary: "List disputes, newest first, 25 per page",
            requestParams: { query: listDisputesQuerySchema },
            responses: {
              "200": { description: "One page of disputes.", content: json(z.looseObject({ items: z.array(dispute), total: z.number().int(), page: z.number().int() })) },
            },
          }),
          post: operation({
            operationId: "createDispute",
            summary: "Log a dispute",
            requestBody: { required: true, content: json(createDisputeSchema) },
            responses: { "201": { description: "The new dispute.", content: json(z.object({ dispute })) }, ...invalid },
          }),
        },
        "/disputes/{id}": {
          get: operation({
            operationId: "getDispute",
            summary: "One dispute with its order, buyer and status history",
            requestParams: { path: id },
            responses: { "200": { description: "The dispute.", content: json(z.object({ dispute })) }, ...notFound },
          }),
          patch: operation({
            operationId: "updateDispute",
            summary: "Change some of a dispute's facts (only the fields sent change)",
            requestParams: { path: id },
            requestBody: { required: true, content: json(updateDisputeSchema) },
            responses: { "200": { description: "The dispute as it is now.", content: json(z.object({ dispute })) }, ...invalid, ...notFound },
          }),
        },
        "/disputes/{id}/status": {
          post: operation({
            operationId: "changeDisputeStatus",
            summary: "Move a dispute along its status flow",
            description:
              "OPEN → COLLECTING → UNDER_REVIEW → READY → SUBMITTED → WON | LOST | PARTIAL → ESCALATED → CLOSED, with the steps back the web app allows. " +
              "READY needs a reviewer, so an API key cannot set it. `recoveredAmount` goes with WON or PARTIAL.",
            requestParams: { path: id },
            requestBody: { required: true, content: json(changeDisputeStatusSchema) },
            responses: {
              "200": { description: "The dispute with its new status.", content: json(z.object({ dispute })) },
              ...invalid,
              ...notFound,
              "409": errorReply("The status flow does not allow this step from the current status."),
            },
          }),
        },
        "/disputes/{id}/platform-outcome": {
          post: operation({
            operationId: "recordPlatformOutcome",
            summary: "Record the refund the platform paid and whether it approved without reasonable review",
            requestParams: { path: id },
            requestBody: { required: true, content: json(recordPlatformOutcomeSchema) },
            responses: { "200": { description: "The dispute.", content: json(z.object({ dispute })) }, ...invalid, ...notFound },
          }),
        },
        "/disputes/{id}/evidence": {
          get: operation({
            operationId: "listEvidence",
            summary: "The dispute's evidence, withdrawn items included",
            requestParams: { path: id },
            responses: { "200": { description: "Evidence, oldest first.", content: json(z.object({ evidence: z.array(evidence) })) }, ...notFound },
          }),
          post: operation({
            operationId: "uploadEvidence",
            summary: "Upload one evidence file (streamed; photos up to 50 MB, videos up to 4 GB)",
            description: "The `kind` field must come before the file. The type is read from the file's bytes, not its name. Buyer photos are analysed in the background; read the findings afterwards.",
            requestParams: { path: id },
            requestBody: {
              required: true,
              content: {
                "multipart/form-data": {
                  schema: z.object({ kind: z.enum(EvidenceKind), file: z.string().meta({ format: "binary" }) }),
                },
              },
            },
            responses: {
              "201": { description: "The stored evidence.", content: json(z.object({ evidence })) },
              ...invalid,
              ...notFound,
              "413": errorReply("The file is larger than its kind allows."),
              "415": errorReply("The file's bytes are not a type this kind accepts."),
            },
          }),
        },
        "/disputes/{id}/documents": {
          get: operation({
            operationId: "listDocuments",
            summary: "The case documents (platform appeal, police report, civil complaint draft, AI-provider inquiry, platform liability claim) in Chinese and English",
            requestParams: { path: id },
            responses: { "200": { description: "Saved drafts, or the text the case data gives now.", content: json(documents) }, ...notFound },
          }),
          put: operation({
            operationId: "saveDocument",
            summary: "Save an edited document (audited with the text's hash)",
            requestParams: { path: id },
            requestBody: { required: true, content: json(saveDocumentDraftSchema) },
            responses: { "200": { description: "All documents, the saved one included.", content: json(documents) }, ...invalid, ...notFound },
          }),
        },
        "/disputes/{id}/findings": {
          get: operation({
            operationId: "listFindings",
            summary: "Forensic findings of the dispute's buyer photos, with their review state",
            requestParams: { path: id },
            responses: { "200": { description: "Photos with their findings and the case summary.", content: json(findings) }, ...notFound },
          }),
        },
        "/disputes/{id}/exports": {
          get: operation({
            operationId: "listExports",
            summary: "Earlier case-file exports, newest first",
            requestParams: { path: id },
            responses: { "200": { description: "The exports.", content: json(z.object({ exports: z.array(caseExport) })) }, ...notFound },
          }),
          post: operation({
            operationId: "createExport",
            summary: "Build the case file (PDF and evidence bundle)",
            description: "Refused with 409 while photos are being analysed or findings await a reviewer's decision. Send `{}` for the defaults.",
            requestParams: { path: id },
            requestBody: { required: true, content: json(createCaseExportSchema) },
            responses: {
              "201": { description: "The export; fetch its bundle from `downloadUrl`.", content: json(z.object({ export: caseExport })) },
              ...invalid,
              ...notFound,
              "409": errorReply("Analysis still running or findings not yet reviewed."),
            },
          }),
        },
        "/evidence/{id}/file": {
          get: operation({
            operationId: "downloadEvidence",
            summary: "An evidence file's original bytes (HTTP Range supported)",
            requestParams: { path: id },
            responses: {
              "200": { description: "The file, as uploaded.", content: { "application/octet-stream": { schema: z.string().meta({ format: "binary" }) } } },
              "206": { description: "The requested byte range." },
              ...notFound,
            },
          }),
        },
        "/exports/{id}/download": {
          get: operation({
            operationId: "downloadExport",
            summary: "The case file's ZIP bundle",
            requestParams: { path: id },
            responses: { "200": { description: "The bundle.", content: { "application/zip": { schema: z.string().meta({ format: "binary" }) } } }, ...notFound },
          }),
        },
        "/exports/{id}/pdf": {
          get: operation({
            operationId: "downloadExportPdf",
            summary: "The case file's PDF",
            requestParams: { path: id },
            responses: { "200": { description: "The PDF.", content: { "application/pdf": { schema: z.string().meta({ format: "binary" }) } } }, ...notFound },
          }),
        },
      },
    },
  );
  return built;
}

