import { ShieldAlert, ShieldCheck } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { AuditChainCheck } from "@/lib/audit/list-audit-events";

/**
 * Verification walks the whole chain, so it runs when asked (a GET form: it works without
 * JavaScript and the result can be reloaded or linked to).
 */
export function VerifyChainCard({ check, page, checkedAt }: { check: AuditChainCheck | null; page: number; checkedAt: Date }) {
  const t = useTranslations("audit");
  const format = useFormatter();
  const label = (key: string) => (t.has(`action.${key}`) ? t(`action.${key}`) : key);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("verify.title")}</CardTitle>
        <form method="get" action="/audit">
          <input type="hidden" name="page" value={page} />
          <input type="hidden" name="verify" value="1" />
          <Button type="submit" size="sm" variant="outline" data-testid="audit-verify">
            {check ? t("verify.again") : t("verify.button")}
          </Button>
        </form>
      </CardHeader>
      <CardContent className="text-sm">
        {check === null ? (
          <p className="text-muted-foreground">{t("verify.hint")}</p>
        ) : check.ok ? (
          <div role="status" className="flex items-start gap-2 text-emerald-800" data-testid="audit-verify-result" data-ok="true">
            <ShieldCheck className="mt-0.5 size-5 shrink-0" aria-hidden />
            <div>
              <p className="font-medium">{t("verify.ok")}</p>
              <p className="text-xs text-muted-foreground">{t("verify.checkedAt", { time: format.dateTime(checkedAt, { dateStyle: "short", timeStyle: "medium" }) })}</p>
            </div>
          </div>
        ) : (
          <div role="alert" className="flex items-start gap-2 text-red-800" data-testid="audit-verify-result" data-ok="false" data-broken-seq={check.brokenSeq}>
            <ShieldAlert className="mt-0.5 size-5 shrink-0" aria-hidden />
            <div className="space-y-0.5">
              <p className="font-medium">{t("verify.broken", { seq: check.brokenSeq })}</p>
              {check.event ? (
                <p>
                  {t("verify.brokenEvent", {
                    action: label(check.event.action),
                    time: format.dateTime(check.event.createdAt, { dateStyle: "short", timeStyle: "medium" }),
                  })}
                </p>
              ) : null}
              <p>{t(`verify.reason.${check.reason}`)}</p>
              <p className="text-xs text-muted-foreground">{t("verify.checkedAt", { time: format.dateTime(checkedAt, { dateStyle: "short", timeStyle: "medium" }) })}</p>
            </div>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
