import type { FraudAmountCategory } from "./legal-rule-schema";
import type { FraudThresholds } from "./legal-assessment-schema";

/**
 * The SPC/SPP tier of an amount in fen. Each figure is the tier's start and belongs to it:
 * the interpretation says "…以上" (from … up), and Criminal Law Art. 99 makes "以上" include
 * the figure itself. Integer comparison only: no yuan, no floating point.
 */
export function classifyFraudAmount(
  amountFen: number,
  thresholds: Pick<FraudThresholds, "relativelyLargeFen" | "hugeFen" | "especiallyHugeFen">,
): FraudAmountCategory {
  if (!Number.isSafeInteger(amountFen) || amountFen < 0) throw new RangeError(`amount must be a non-negative integer of fen, got ${amountFen}`);
  if (amountFen >= thresholds.especiallyHugeFen) return "especially-huge";
  if (amountFen >= thresholds.hugeFen) return "huge";
  if (amountFen >= thresholds.relativelyLargeFen) return "relatively-large";
  return "below";
}
