import { z } from "zod";

/** A reviewer's decision on one finding; rejecting needs a reason, so the case file says why a signal was set aside. */
export const reviewFindingSchema = z
  .object({
    decision: z.enum(["CONFIRMED", "REJECTED"]),
    note: z.string().trim().max(2000).optional().transform((v) => v || undefined),
  })
  .superRefine((value, issue) => {
    if (value.decision === "REJECTED" && !value.note) issue.addIssue({ code: "custom", path: ["note"], message: "reviewNote" });
  });
export type ReviewFindingInput = z.input<typeof reviewFindingSchema>;
