/*
 * Deadline windows shared by the list filter, the dashboard counts and the countdown
 * chips, so "due within 24 h" means the same thing everywhere. Only disputes still
 * awaiting the merchant's response (AWAITING_RESPONSE_STATUSES) have a live deadline;
 * they are few, so windows are applied in memory to that set (list-live-deadlines.ts).
 */

export const DEADLINE_WINDOWS = ["overdue", "24h", "7d"] as const;
export type DeadlineWindow = (typeof DEADLINE_WINDOWS)[number];

const HOUR = 60 * 60 * 1000;
const SOON = 24 * HOUR;

export function inDeadlineWindow(deadline: Date, window: DeadlineWindow, now: Date): boolean {
  const left = deadline.getTime() - now.getTime();
  if (window === "overdue") return left < 0;
  return left >= 0 && left < (window === "24h" ? SOON : 7 * SOON);
}

export type DeadlineUrgency = "overdue" | "soon" | "later";

export function deadlineUrgency(deadline: Date, now: Date): DeadlineUrgency {
  const left = deadline.getTime() - now.getTime();
  return left < 0 ? "overdue" : left < SOON ? "soon" : "later";
}

/** Time left (negative when overdue) in the largest whole unit that reads well on a chip. */
export function deadlineCountdown(deadline: Date, now: Date): { unit: "minute" | "hour" | "day"; value: number } {
  const left = deadline.getTime() - now.getTime();
  const abs = Math.abs(left);
  const sign = left < 0 ? -1 : 1;
  if (abs < HOUR) return { unit: "minute", value: sign * Math.max(1, Math.floor(abs / 60_000)) };
  if (abs < 2 * SOON) return { unit: "hour", value: sign * Math.floor(abs / HOUR) };
  return { unit: "day", value: sign * Math.floor(abs / SOON) };
}
