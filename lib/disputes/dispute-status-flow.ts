import { hasPermission } from "@/lib/auth/assert-permission";
import type { Permission } from "@/lib/auth/roles";
import type { SessionContext } from "@/lib/auth/session-context";
import { DisputeStatus } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";

/**
 * The one place that says which status may follow which. Forward path:
 *
 *   OPEN → COLLECTING → UNDER_REVIEW → READY → SUBMITTED → WON | LOST | PARTIAL → ESCALATED → CLOSED
 *
 * Besides the forward path:
 * - OPEN / COLLECTING → CLOSED: close early (claim withdrawn, refunded in goodwill).
 * - UNDER_REVIEW → COLLECTING, READY → COLLECTING | UNDER_REVIEW: evidence sent back or new
 *   evidence arrived; the case must pass review again before it is READY.
 * - SUBMITTED → COLLECTING: the platform asked for more material.
 * - LOST | PARTIAL → ESCALATED (police report, court, arbitration), which ends in a new
 *   outcome WON | PARTIAL | LOST, or CLOSED when the escalation is dropped.
 *
 * An outcome (WON, LOST, PARTIAL) is where a settled dispute rests; CLOSED is for
 * disputes that end without one. So the current status is the outcome, and the counts
 * by status give the win rate without reading every dispute's history.
 *
 * READY is reachable only from UNDER_REVIEW, and that step needs review:decide, so
 * nothing is marked READY without a human review (SPEC §3.7).
 */
export const STATUS_TRANSITIONS = {
  OPEN: ["COLLECTING", "CLOSED"],
  COLLECTING: ["UNDER_REVIEW", "CLOSED"],
  UNDER_REVIEW: ["READY", "COLLECTING"],
  READY: ["SUBMITTED", "UNDER_REVIEW", "COLLECTING"],
  SUBMITTED: ["WON", "LOST", "PARTIAL", "COLLECTING"],
  WON: [],
  LOST: ["ESCALATED"],
  PARTIAL: ["ESCALATED"],
  ESCALATED: ["WON", "PARTIAL", "LOST", "CLOSED"],
  CLOSED: [],
} as const satisfies Record<DisputeStatus, readonly DisputeStatus[]>;

export const ALL_STATUSES = Object.values(DisputeStatus);

/** The merchant still owes the platform a response: the response deadline matters. */
export const AWAITING_RESPONSE_STATUSES: DisputeStatus[] = ["OPEN", "COLLECTING", "UNDER_REVIEW", "READY"];
/** Not settled yet: the claimed money is still at stake. */
export const UNSETTLED_STATUSES: DisputeStatus[] = [...AWAITING_RESPONSE_STATUSES, "SUBMITTED", "ESCALATED"];
/** Outcomes with money back; a recovered amount may be recorded on entering them. */
export const RECOVERY_STATUSES: DisputeStatus[] = ["WON", "PARTIAL"];
/** Outcomes: the win rate is RECOVERY_STATUSES over these. */
export const DECIDED_STATUSES: DisputeStatus[] = ["WON", "PARTIAL", "LOST"];

export function isAllowedTransition(from: DisputeStatus, to: DisputeStatus): boolean {
  return (STATUS_TRANSITIONS[from] as readonly DisputeStatus[]).includes(to);
}

/** Permission needed for a transition, on top of dispute:changeStatus. */
function transitionPermission(from: DisputeStatus, to: DisputeStatus): Permission | null {
  return from === "UNDER_REVIEW" && to === "READY" ? { review: ["decide"] } : null;
}

/**
 * The next statuses this caller may choose (what the status control offers), and
 * whether a further step exists that needs a review this caller cannot give.
 */
export function nextStatusesFor(ctx: Pick<SessionContext, "role">, from: DisputeStatus) {
  if (!hasPermission(ctx, { dispute: ["changeStatus"] })) return { allowed: [], reviewGated: false };
  const permitted = (to: DisputeStatus) => {
    const extra = transitionPermission(from, to);
    return !extra || hasPermission(ctx, extra);
  };
  const next: readonly DisputeStatus[] = STATUS_TRANSITIONS[from];
  return { allowed: next.filter(permitted), reviewGated: next.some((to) => !permitted(to)) };
}

/**
 * 409 for a transition the flow does not allow; 403 when it needs a review the caller's
 * role cannot give. The caller has already checked dispute:changeStatus.
 */
export function assertTransition(ctx: Pick<SessionContext, "role">, from: DisputeStatus, to: DisputeStatus): void {
  if (!isAllowedTransition(from, to)) throw new AppError("CONFLICT", "illegalTransition", { from, to });
  const extra = transitionPermission(from, to);
  if (extra && !hasPermission(ctx, extra)) throw new AppError("FORBIDDEN", "reviewRequired");
}
