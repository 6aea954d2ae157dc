import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { DisputeStatus } from "@/lib/db/generated/enums";

/** One colour per status, grouped by meaning: blues in progress, green won, red lost, slate closed. */
const STATUS_CLASSES: Record<DisputeStatus, string> = {
  OPEN: "bg-sky-100 text-sky-800",
  COLLECTING: "bg-indigo-100 text-indigo-800",
  UNDER_REVIEW: "bg-amber-100 text-amber-900",
  READY: "bg-teal-100 text-teal-800",
  SUBMITTED: "bg-violet-100 text-violet-800",
  WON: "bg-emerald-100 text-emerald-800",
  LOST: "bg-red-100 text-red-800",
  PARTIAL: "bg-lime-100 text-lime-800",
  ESCALATED: "bg-orange-100 text-orange-800",
  CLOSED: "bg-slate-200 text-slate-700",
};

export async function DisputeStatusBadge({ status }: { status: DisputeStatus }) {
  const t = await getTranslations("domain.status");
  return (
    <Badge className={STATUS_CLASSES[status]} data-testid="dispute-status" data-status={status}>
      {t(status)}
    </Badge>
  );
}
