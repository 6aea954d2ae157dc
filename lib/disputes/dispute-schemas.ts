import { z } from "zod";
import { DisputeStatus, Platform } from "@/lib/db/generated/enums";
import { MAX_FEN, parseYuanToFen } from "@/lib/utils/money";
import { parseChinaDateTime } from "@/lib/utils/format-date";
import { DEADLINE_WINDOWS } from "./deadline-window";

/*
 * One schema for the form (FormData strings) and the JSON API. Blank optional fields
 * become null; in the update schema an absent key means "keep the current value".
 * Issue messages are i18n keys under errors.field.
 */

export const DISPUTE_REASONS = ["damaged", "not_as_described", "missing_parts", "quality", "not_received", "other"] as const;

/**
 * Input as a form (FormData strings) or a JSON body brings it: the field names are
 * typed, the values are whatever arrived, and the schema decides what is valid.
 */
type RawFields<S extends z.ZodObject> = { [K in keyof z.input<S>]?: unknown };

const requiredText = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);

/** Yuan as text ("12.30") or a JSON number, out as integer fen. */
const yuan = z.preprocess(
  (v) => (typeof v === "number" ? String(v) : v),
  z
    .string()
    .trim()
    .min(1)
    .transform((text, ctx) => {
      const fen = parseYuanToFen(text);
      if (fen === null) ctx.addIssue({ code: "custom", message: "amount" });
      else if (fen > MAX_FEN) ctx.addIssue({ code: "custom", message: "tooBig" });
      return fen ?? 0;
    }),
).meta({ override: { type: ["string", "number"] }, description: 'Yuan, as text ("89.00") or a number; kept as integer fen.', examples: ["89.00"] });

function chinaDateTime(text: string, ctx: z.RefinementCtx): Date {
  const date = parseChinaDateTime(text);
  const year = date?.getUTCFullYear() ?? 0;
  if (!date || year < 2000 || year > 2100) ctx.addIssue({ code: "custom", message: "date" });
  return date ?? new Date(0);
}

const dateNote = { description: 'China time (UTC+8): "2026-11-20", "2026-11-20T10:00" or ISO 8601 with a zone.', examples: ["2026-11-20T10:00"] };
const requiredDate = z.string().trim().min(1).transform(chinaDateTime).meta(dateNote);
const optionalDate = z
  .string()
  .trim()
  .nullish()
  .transform((text, ctx) => (text ? chinaDateTime(text, ctx) : null))
  .meta(dateNote);

/** Digits with the usual separators; masked digits (*) as platforms show them. */
const phone = optionalText(40).refine((v) => v === null || (/^[\d\s()+*-]+$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 4), {
  message: "phone",
});

export const createDisputeSchema = z.object({
  storeId: requiredText(100),
  productId: optionalText(100),
  orderNo: requiredText(64),
  trackingNo: optionalText(64),
  orderAmount: yuan,
  claimedAmount: yuan,
  orderedAt: optionalDate,
  shippedAt: optionalDate,
  deliveredAt: optionalDate,
  claimFiledAt: requiredDate,
  responseDeadline: optionalDate,
  reason: z.enum(DISPUTE_REASONS),
  claimText: optionalText(5000),
  buyerPlatformId: optionalText(100),
  buyerNickname: optionalText(100),
  buyerPhone: phone,
  buyerAddress: optionalText(300),
});

export type CreateDisputeInput = RawFields<typeof createDisputeSchema>;
export type DisputeFields = z.output<typeof createDisputeSchema>;

/** PATCH semantics: only the keys present change; phone/address blank keeps the hash on file. */
export const updateDisputeSchema = createDisputeSchema.partial();
export type UpdateDisputeInput = RawFields<typeof updateDisputeSchema>;

export const changeDisputeStatusSchema = z.object({
  toStatus: z.enum(DisputeStatus),
  note: optionalText(2000),
  recoveredAmount: z.preprocess((v) => (v === "" ? undefined : v), yuan.optional()),
});
export type ChangeDisputeStatusInput = RawFields<typeof changeDisputeStatusSchema>;

/**
 * The platform's handling of the refund as the merchant records it: what was paid out (blank =
 * not known) and whether the platform approved without reasonable review, which needs a note
 * saying what happened. A form sends the checkbox as "on" or not at all.
 */
export const recordPlatformOutcomeSchema = z
  .object({
    refundPaid: z.preprocess((v) => (v === "" || v === null ? undefined : v), yuan.optional()).transform((v) => v ?? null),
    platformSkippedReview: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
    note: optionalText(2000),
  })
  .superRefine((value, ctx) => {
    if (value.platformSkippedReview && !value.note) ctx.addIssue({ code: "custom", path: ["note"], message: "platformReviewNote" });
  });
export type RecordPlatformOutcomeInput = RawFields<typeof recordPlatformOutcomeSchema>;

/** Query of the list page and GET /api/disputes. A bad parameter is dropped, never an error. */
export const listDisputesQuerySchema = z.object({
  status: z.enum(DisputeStatus).optional().catch(undefined),
  platform: z.enum(Platform).optional().catch(undefined),
  storeId: z.string().trim().min(1).max(100).optional().catch(undefined),
  deadline: z.enum(DEADLINE_WINDOWS).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined).transform((v) => v || undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type ListDisputesQuery = RawFields<typeof listDisputesQuerySchema>;
export type ListDisputesFilters = z.output<typeof listDisputesQuerySchema>;
