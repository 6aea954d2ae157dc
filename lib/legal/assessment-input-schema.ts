import { z } from "zod";
import { DisputeStatus, Platform } from "@/lib/db/generated/enums";
import { toDateInputValue } from "@/lib/utils/format-date";
import { fenSchema, isoDaySchema } from "./legal-rule-schema";

/*
 * What the assessment needs to know, as plain data: no database rows, so the same input
 * can come from the dispute page, an export or a test table. Money is integer fen.
 */

/**
 * A day as laws count it: China's calendar day. A Date is converted in China time, so an
 * instant at 00:30 on 1 January in Beijing is already the new year whatever the server's zone.
 */
export const chinaDaySchema = z
  .union([z.date(), isoDaySchema])
  .transform((value) => (typeof value === "string" ? value : toDateInputValue(value)));

/** How a buyer can be recognised again; any one shared key links two disputes (hashes are salted upstream). */
export const buyerKeysSchema = z.object({
  platform: z.enum(Platform),
  platformBuyerId: z.string().trim().min(1).nullish(),
  phoneHash: z.string().trim().min(1).nullish(),
  addressHash: z.string().trim().min(1).nullish(),
});

export const disputeRecordSchema = z.object({
  disputeId: z.string().min(1),
  amountClaimedFen: fenSchema,
  /**
   * What the platform actually paid out. null = not known: the claimed amount is then
   * counted, and flagged, because an unpaid claim is at most an attempt. Status alone
   * cannot say this (WON may mean "never paid" or "paid and recovered").
   */
  refundPaidFen: fenSchema.nullable(),
  amountRecoveredFen: fenSchema.default(0),
  claimFiledAt: chinaDaySchema,
  status: z.enum(DisputeStatus),
  buyer: buyerKeysSchema,
});
export type DisputeRecord = z.output<typeof disputeRecordSchema>;
export type DisputeRecordInput = z.input<typeof disputeRecordSchema>;

/**
 * The province's own figures (fen). Absent = the lower end of the national range, which is
 * 300,000 fen (3,000 yuan) for "relatively large". Checked against the range in the rules data.
 */
export const provinceThresholdsSchema = z.object({
  relativelyLargeFen: fenSchema.optional(),
  hugeFen: fenSchema.optional(),
  especiallyHugeFen: fenSchema.optional(),
});
export type ProvinceThresholds = z.infer<typeof provinceThresholdsSchema>;

/** Facts established by the evidence and its review; defaults are "not established". */
export const evidenceFactsSchema = z.object({
  /** A reviewer-confirmed forensic finding that the buyer's photo was manipulated or derived from the listing photo. */
  hasForgeryFinding: z.boolean().default(false),
  /** A GB 45438 implicit label (or similar) in the buyer's photo; producer and content id as read from it. */
  aigcLabel: z
    .object({
      producer: z.string().trim().min(1).nullable(),
      produceId: z.string().trim().min(1).nullable().default(null),
    })
    .nullable()
    .default(null),
  /** A packing video for this order showing the goods intact when shipped. */
  hasPackingVideo: z.boolean().default(false),
  /** The buyer's claim rests on the damage shown in the submitted photos. */
  claimReliesOnPhotos: z.boolean().default(false),
  /** The platform approved the refund without the review its rules promise (automatic approval, merchant not heard). */
  platformApprovedWithoutReview: z.boolean().default(false),
});
export type EvidenceFacts = z.output<typeof evidenceFactsSchema>;

export const assessDisputeInputSchema = z
  .object({
    dispute: disputeRecordSchema,
    /** Disputes found upstream by any of the buyer's keys; grouped here transitively. Others are ignored. */
    otherDisputes: z.array(disputeRecordSchema).default([]),
    province: provinceThresholdsSchema.default({}),
    assessmentDate: chinaDaySchema,
    // prefault runs {} through the schema, so each fact gets its own default.
    evidence: evidenceFactsSchema.prefault({}),
  })
  .refine((input) => !input.otherDisputes.some((d) => d.disputeId === input.dispute.disputeId), {
    message: "otherDisputes must not repeat the assessed dispute",
    path: ["otherDisputes"],
  })
  .refine((input) => input.assessmentDate >= input.dispute.claimFiledAt, {
    message: "assessmentDate must not be before the claim was filed",
    path: ["assessmentDate"],
  });
export type AssessDisputeInput = z.input<typeof assessDisputeInputSchema>;
export type AssessDisputeData = z.output<typeof assessDisputeInputSchema>;
