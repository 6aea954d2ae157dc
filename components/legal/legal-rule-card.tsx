import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { LegalRuleVersion } from "@/lib/legal/list-legal-rule-versions";
import { formatFen } from "@/lib/utils/money";
import { cn } from "@/lib/utils/cn";

/** One rule version with everything the data holds: law, article, paraphrase, thresholds, dates, source, notes. */
export async function LegalRuleCard({ rule, date, lang }: { rule: LegalRuleVersion; date: string; lang: "zh" | "en" }) {
  const t = await getTranslations("legal.rules");
  const ts = await getTranslations("legal.section");
  const tt = await getTranslations("legal.track");
  return (
    <li
      className={cn("rounded-lg border bg-card p-4 shadow-sm", rule.appliesOnDate ? "border-emerald-300" : "border-border opacity-80")}
      data-testid="legal-rule"
      data-rule={`${rule.id}@${rule.version}`}
      data-applies={rule.appliesOnDate ? "true" : "false"}
    >
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="font-semibold">{rule.law[lang]}</h2>
        {rule.article ? <span>{rule.article[lang]}</span> : <Badge tone="amber">{ts("articleUnknown")}</Badge>}
        <Badge tone={rule.appliesOnDate ? "green" : "slate"}>{rule.appliesOnDate ? t("appliesOn", { date }) : t("notInForce", { date })}</Badge>
        <Badge tone={rule.verification === "needs-official-text" ? "amber" : "neutral"}>{ts(`verification.${rule.verification}`)}</Badge>
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[9rem_minmax(0,1fr)]">
        <dt className="text-muted-foreground">{t("version")}</dt>
        <dd>
          {rule.versionLabel[lang]} <span className="font-mono text-xs text-muted-foreground">{rule.id}@{rule.version}</span>
        </dd>
        <dt className="text-muted-foreground">{t("effective")}</dt>
        <dd>
          {rule.effectiveFrom} – {rule.effectiveTo ?? t("openEnded")}
        </dd>
        <dt className="text-muted-foreground">{t("summary")}</dt>
        <dd>{rule.summary[lang]}</dd>
        {rule.thresholds.length ? (
          <>
            <dt className="text-muted-foreground">{t("thresholds")}</dt>
            <dd>
              <ul>
                {rule.thresholds.map((threshold, index) => (
                  <li key={index}>
                    {threshold.kind === "fraud-amount"
                      ? `${t(`tier.${threshold.tier}`)}: ${threshold.minFen === threshold.maxFen ? formatFen(threshold.minFen) : t("range", { min: formatFen(threshold.minFen), max: formatFen(threshold.maxFen) })}`
                      : t("timeLimit", { label: threshold.label[lang], months: threshold.months })}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt className="text-muted-foreground">{t("penalties")}</dt>
        <dd>
          {rule.penalties === null ? (
            <Badge tone="amber">{t("penaltiesUnknown")}</Badge>
          ) : rule.penalties.length ? (
            <ul>
              {rule.penalties.map((penalty, index) => (
                <li key={index}>{penalty.description[lang]}</li>
              ))}
            </ul>
          ) : (
            "—"
          )}
        </dd>
        <dt className="text-muted-foreground">{t("tracks")}</dt>
        <dd className="flex flex-wrap gap-1">
          {rule.tracks.map((track) => (
            <Badge key={track} tone="blue">
              {tt(track)}
            </Badge>
          ))}
        </dd>
        <dt className="text-muted-foreground">{t("source")}</dt>
        <dd>
          {rule.source.title[lang]}
          {rule.source.issuer ? ` · ${rule.source.issuer[lang]}` : ""}
          {rule.source.documentNumber ? ` · ${rule.source.documentNumber}` : ""}
          {rule.source.url ? (
            <>
              {" · "}
              <a href={rule.source.url} className="text-primary underline" rel="noreferrer noopener" target="_blank">
                {rule.source.url}
              </a>
            </>
          ) : null}
        </dd>
        {rule.unknownFields.length ? (
          <>
            <dt className="text-muted-foreground">{t("toVerify")}</dt>
            <dd className="text-amber-900">{t("unknownFields", { fields: rule.unknownFields.map((field) => t(`field.${field.replace(".", "_")}`)).join(lang === "zh" ? "、" : ", ") })}</dd>
          </>
        ) : null}
        {rule.notes.length ? (
          <>
            <dt className="text-muted-foreground">{t("notes")}</dt>
            <dd>
              <ul className="list-disc space-y-1 pl-5">
                {rule.notes.map((note, index) => (
                  <li key={index}>{note[lang]}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}
