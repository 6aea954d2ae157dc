import { getTranslations } from "next-intl/server";
import type { RuleRef } from "@/lib/legal/legal-assessment-schema";
import { formatRuleSource } from "@/lib/legal/format-rule-source";
import type { LegalRule } from "@/lib/legal/legal-rule-schema";
import { Badge } from "@/components/ui/badge";

/** One cited rule version: law, article, version and dates, with our paraphrase and the source. */
export async function RuleRefLine({ reference, rule, lang }: { reference: RuleRef; rule: LegalRule | undefined; lang: "zh" | "en" }) {
  const t = await getTranslations("legal.section");
  const now = reference.inForceOn.includes("assessment-date");
  return (
    <li className="space-y-1 rounded-md border border-border p-3" data-testid="legal-basis" data-rule={`${reference.ruleId}@${reference.version}`}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{reference.law[lang]}</span>
        {reference.article ? <span>{reference.article[lang]}</span> : <Badge tone="amber">{t("articleUnknown")}</Badge>}
        <Badge tone={now ? "blue" : "slate"}>{now ? t("inForceNow") : t("inForceAtAct")}</Badge>
        <Badge tone={reference.verification === "needs-official-text" ? "amber" : "neutral"}>{t(`verification.${reference.verification}`)}</Badge>
      </div>
      <p className="text-xs text-muted-foreground">
        {reference.versionLabel[lang]} ·{" "}
        {reference.effectiveTo
          ? t("effectiveRange", { from: reference.effectiveFrom, to: reference.effectiveTo })
          : t("effective", { from: reference.effectiveFrom })}
      </p>
      {rule ? (
        <>
          <p className="text-sm">{rule.summary[lang]}</p>
          <p className="text-xs text-muted-foreground">
            {t("source", { source: formatRuleSource(rule.source)[lang] })}
            {rule.source.url ? (
              <>
                {" · "}
                <a href={rule.source.url} className="underline" rel="noreferrer noopener" target="_blank">
                  {rule.source.url}
                </a>
              </>
            ) : null}
          </p>
        </>
      ) : null}
    </li>
  );
}
