import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { DisputeDetail } from "@/lib/disputes/get-dispute";

/** The buyer's own words, rendered as text (React escapes it; never as HTML). */
export async function DisputeClaimCard({ dispute }: { dispute: DisputeDetail }) {
  const t = await getTranslations("disputes.detail");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("claimText")}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3 text-sm">
        {dispute.claimText ? (
          <blockquote className="border-l-2 border-border pl-3 whitespace-pre-wrap break-words" data-testid="dispute-claim-text">
            {dispute.claimText}
          </blockquote>
        ) : (
          <p className="text-muted-foreground">{t("noClaimText")}</p>
        )}
        {dispute.outcomeNote ? (
          <div>
            <p className="text-xs text-muted-foreground">{t("outcomeNote")}</p>
            <p className="whitespace-pre-wrap break-words">{dispute.outcomeNote}</p>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
