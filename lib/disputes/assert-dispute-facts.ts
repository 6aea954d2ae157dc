import { AppError } from "@/lib/errors";
import type { DisputeFields } from "./dispute-schemas";

type Facts = Pick<
  DisputeFields,
  "orderAmount" | "claimedAmount" | "orderedAt" | "shippedAt" | "deliveredAt" | "claimFiledAt"
>;

/** Grace for clocks and time zones before a past event counts as "in the future". */
const FUTURE_GRACE_MS = 24 * 60 * 60 * 1000;

/**
 * Checks across fields that a schema of single fields cannot: a claim within the order
 * amount, dates in the order things happen, nothing dated in the future. Runs on the
 * merged values of an update too.
 */
export function assertDisputeFacts(facts: Facts, now = new Date()): void {
  const errors: Record<string, string[]> = {};
  if (facts.claimedAmount > facts.orderAmount) errors.claimedAmount = ["claimExceedsOrder"];

  const sequence = [
    ["orderedAt", facts.orderedAt],
    ["shippedAt", facts.shippedAt],
    ["deliveredAt", facts.deliveredAt],
  ] as const;
  let latest: Date | null = null;
  for (const [field, date] of sequence) {
    if (!date) continue;
    if (latest && date < latest) errors[field] = ["dateOrder"];
    latest = date;
  }
  if (facts.orderedAt && facts.claimFiledAt < facts.orderedAt) errors.claimFiledAt = ["dateOrder"];

  const limit = now.getTime() + FUTURE_GRACE_MS;
  for (const [field, date] of [...sequence, ["claimFiledAt", facts.claimFiledAt] as const]) {
    if (date && date.getTime() > limit) errors[field] = ["futureDate"];
  }
  if (Object.keys(errors).length) throw new AppError("VALIDATION", "validation", {}, errors);
}
