import { ShieldAlert } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { LegalRuleCard } from "@/components/legal/legal-rule-card";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { requirePageSession } from "@/lib/auth/require-page-session";
import { AppError } from "@/lib/errors";
import { listLegalRuleVersions } from "@/lib/legal/list-legal-rule-versions";

export async function generateMetadata() {
  return { title: (await getTranslations("legal.rules"))("title") };
}

export default async function LegalRulesPage({ searchParams }: { searchParams: Promise<{ date?: string | string[] }> }) {
  const ctx = await requirePageSession();
  const t = await getTranslations("legal.rules");
  const lang = (await getLocale()) === "en" ? "en" : "zh";
  const raw = (await searchParams).date;
  const requested = Array.isArray(raw) ? raw[0] : raw;

  let badDate = false;
  let result;
  try {
    result = await listLegalRuleVersions(ctx, requested);
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") {
      return (
        <div className="mx-auto max-w-5xl space-y-4">
          <h1 className="text-xl font-semibold">{t("title")}</h1>
          <Card>
            <EmptyState icon={ShieldAlert} title={t("title")} description={t("forbidden")} />
          </Card>
        </div>
      );
    }
    if (!(error instanceof AppError && error.code === "VALIDATION")) throw error;
    badDate = true;
    result = await listLegalRuleVersions(ctx);
  }
  const applying = result.versions.filter((v) => v.appliesOnDate).length;

  return (
    <div className="mx-auto max-w-5xl space-y-4">
      <div>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("description")}</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-2" data-testid="legal-date-form">
        <label className="grid gap-1 text-sm">
          <span className="text-xs text-muted-foreground">{t("date")}</span>
          <Input type="date" name="date" defaultValue={result.date} className="w-44" />
        </label>
        <Button type="submit" variant="outline">
          {t("show")}
        </Button>
        <a href="/legal" className="px-2 py-2 text-sm text-primary underline">
          {t("today")}
        </a>
        <span className="ml-auto text-sm text-muted-foreground" data-testid="legal-rules-count">
          {t("count", { count: result.versions.length, applies: applying, date: result.date })}
        </span>
      </form>
      {badDate ? <Alert>{t("badDate")}</Alert> : null}
      <ul className="space-y-3">
        {result.versions.map((rule) => (
          <LegalRuleCard key={`${rule.id}@${rule.version}`} rule={rule} date={result.date} lang={lang} />
        ))}
      </ul>
    </div>
  );
}
