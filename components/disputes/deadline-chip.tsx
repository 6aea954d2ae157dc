import { AlarmClock, Clock } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { DisputeStatus } from "@/lib/db/generated/enums";
import { deadlineCountdown, deadlineUrgency } from "@/lib/disputes/deadline-window";
import { AWAITING_RESPONSE_STATUSES } from "@/lib/disputes/dispute-status-flow";
import { cn } from "@/lib/utils/cn";

const URGENCY_CLASSES = {
  overdue: "bg-red-100 text-red-800 ring-red-200",
  soon: "bg-amber-100 text-amber-900 ring-amber-200",
  later: "bg-muted text-foreground ring-border",
};

/**
 * Time left until the platform's response deadline. Only shown while the merchant
 * still owes a response; afterwards the deadline no longer matters, and a table cell
 * shows a dash (`dash`) where a header shows nothing.
 */
export async function DeadlineChip({ deadline, status, now, dash = true }: { deadline: Date | null; status: DisputeStatus; now: Date; dash?: boolean }) {
  const t = await getTranslations("disputes.deadline");
  if (!deadline || !AWAITING_RESPONSE_STATUSES.includes(status)) {
    return dash ? <span className="text-muted-foreground" aria-label={t("none")}>—</span> : null;
  }
  const format = await getFormatter();
  const urgency = deadlineUrgency(deadline, now);
  const { unit, value } = deadlineCountdown(deadline, now);
  const Icon = urgency === "later" ? Clock : AlarmClock;
  return (
    <span
      data-testid="deadline-chip"
      data-urgency={urgency}
      title={t("title", { date: format.dateTime(deadline, { dateStyle: "medium", timeStyle: "short" }) })}
      className={cn("inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap tabular-nums ring-1 ring-inset", URGENCY_CLASSES[urgency])}
    >
      <Icon className="size-3" aria-hidden />
      {urgency === "overdue" ? t("overdue", { value: -value, unit }) : t("left", { value, unit })}
    </span>
  );
}
