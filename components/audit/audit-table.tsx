import { ScrollText } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { AuditEventRow } from "@/lib/audit/list-audit-events";

const TONES = { auth: "slate", org: "violet", member: "violet", store: "blue", product: "blue", dispute: "amber", evidence: "green", export: "red" } as const;

function toneOf(action: string) {
  return TONES[action.split(".")[0] as keyof typeof TONES] ?? "neutral";
}

function summarise(data: Record<string, unknown>): string {
  return Object.entries(data)
    .map(([key, value]) => `${key}: ${typeof value === "object" && value !== null ? JSON.stringify(value) : String(value)}`)
    .join(" · ");
}

export function AuditTable({ events }: { events: AuditEventRow[] }) {
  const t = useTranslations("audit");
  const format = useFormatter();
  if (events.length === 0) return <EmptyState icon={ScrollText} title={t("empty.title")} description={t("empty.description")} />;
  // Actions and entity types added later by other features show their code until translated.
  const label = (prefix: string, key: string) => (t.has(`${prefix}.${key}`) ? t(`${prefix}.${key}`) : key);

  return (
    <Table data-testid="audit-table">
      <THead>
        <tr>
          <TH className="w-16">{t("columns.seq")}</TH>
          <TH>{t("columns.time")}</TH>
          <TH>{t("columns.actor")}</TH>
          <TH>{t("columns.action")}</TH>
          <TH>{t("columns.entity")}</TH>
          <TH>{t("columns.details")}</TH>
          <TH>{t("columns.hash")}</TH>
        </tr>
      </THead>
      <TBody>
        {events.map((event) => {
          const details = summarise(event.data);
          const viaApiKey = event.viaApiKey ? t("viaApiKey", { name: event.viaApiKey.name, prefix: event.viaApiKey.prefix }) : null;
          return (
            <TR key={event.seq} data-testid="audit-row" data-seq={event.seq} data-action={event.action}>
              <TD className="font-mono text-xs text-muted-foreground">{event.seq}</TD>
              <TD className="whitespace-nowrap tabular-nums">{format.dateTime(event.createdAt, { dateStyle: "short", timeStyle: "medium" })}</TD>
              <TD className="max-w-48">
                {event.actor ? (
                  <div className="min-w-0">
                    <p className="truncate">{event.actor.name}</p>
                    <p className="truncate text-xs text-muted-foreground">{event.actor.email}</p>
                    {viaApiKey ? (
                      <p className="truncate text-xs text-muted-foreground" title={viaApiKey} data-testid="audit-via-api-key">
                        {viaApiKey}
                      </p>
                    ) : null}
                  </div>
                ) : (
                  <span className="text-muted-foreground">{event.actorUserId ? t("unknownUser") : t("system")}</span>
                )}
              </TD>
              <TD>
                <Badge tone={toneOf(event.action)} title={event.action}>
                  {label("action", event.action)}
                </Badge>
              </TD>
              <TD className="whitespace-nowrap">
                {label("entity", event.entityType)}
                {event.entityId ? (
                  <code className="ml-1.5 text-xs text-muted-foreground" title={event.entityId}>
                    {event.entityId.slice(0, 10)}
                  </code>
                ) : null}
              </TD>
              <TD className="max-w-72">
                <p className="truncate text-xs text-muted-foreground" title={details}>
                  {details}
                </p>
              </TD>
              <TD>
                <code className="text-xs" title={event.hash}>
                  {event.hash.slice(0, 12)}
                </code>
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
