import { z } from "zod";
import { EvidenceKind } from "@/lib/db/generated/enums";

export const evidenceKindSchema = z.enum(EvidenceKind);

export const withdrawEvidenceSchema = z.object({
  reason: z.string().trim().min(1).max(2000),
});
export type WithdrawEvidenceInput = z.input<typeof withdrawEvidenceSchema>;
