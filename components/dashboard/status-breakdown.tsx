import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { DisputeStatus } from "@/lib/db/generated/enums";
import { ALL_STATUSES } from "@/lib/disputes/dispute-status-flow";

/** Count per status in flow order, with a bar relative to the largest; each row opens the filtered list. */
export async function StatusBreakdown({ counts }: { counts: Record<DisputeStatus, number> }) {
  const t = await getTranslations("dashboard");
  const ts = await getTranslations("domain.status");
  const max = Math.max(1, ...Object.values(counts));
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("byStatus")}</CardTitle>
      </CardHeader>
      <CardContent className="py-2">
        <ul className="divide-y divide-border" data-testid="status-breakdown">
          {ALL_STATUSES.map((status) => (
            <li key={status}>
              <Link
                href={`/disputes?status=${status}`}
                className="grid grid-cols-[9rem_1fr_2.5rem] items-center gap-3 rounded py-1.5 text-sm hover:bg-muted/40"
                data-status={status}
              >
                <span className="truncate">{ts(status)}</span>
                <span className="h-1.5 overflow-hidden rounded-full bg-muted" aria-hidden>
                  <span className="block h-full rounded-full bg-primary/70" style={{ width: `${(counts[status] / max) * 100}%` }} />
                </span>
                <span className="text-right font-medium tabular-nums">{counts[status]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
