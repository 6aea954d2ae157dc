import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { DisputeDetail } from "@/lib/disputes/get-dispute";

export async function DisputeTimeline({ changes }: { changes: DisputeDetail["statusChanges"] }) {
  const t = await getTranslations("disputes.detail");
  const ts = await getTranslations("domain.status");
  const format = await getFormatter();
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("timeline")}</CardTitle>
      </CardHeader>
      <CardContent>
        <ol className="relative space-y-4 border-l border-border pl-4" data-testid="status-timeline">
          {[...changes].reverse().map((c) => (
            <li key={c.id} className="relative text-sm" data-testid="timeline-entry" data-to-status={c.toStatus}>
              <span className="absolute top-1.5 -left-[21px] size-2.5 rounded-full border-2 border-card bg-primary" aria-hidden />
              <p className="font-medium">
                {c.fromStatus ? t("timelineChanged", { from: ts(c.fromStatus), to: ts(c.toStatus) }) : t("timelineCreated", { status: ts(c.toStatus) })}
              </p>
              <p className="text-xs text-muted-foreground">
                {c.actorName ?? t("unknownActor")} · {format.dateTime(c.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </p>
              {c.note ? <p className="mt-1 whitespace-pre-wrap break-words text-muted-foreground">{c.note}</p> : null}
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
