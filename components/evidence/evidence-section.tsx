import { FolderOpen } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { hasPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { EvidenceKind } from "@/lib/db/generated/enums";
import { acceptAttribute } from "@/lib/evidence/detect-file-type";
import { getSizeCap } from "@/lib/evidence/get-size-cap";
import { listDisputeEvidence } from "@/lib/evidence/list-dispute-evidence";
import { EvidenceItem } from "./evidence-item";
import { EvidenceUploader, type UploadKindOption } from "./evidence-uploader";

/** The dispute page's evidence block: uploader (for roles that may upload) and the gallery. */
export async function EvidenceSection({ ctx, disputeId }: { ctx: SessionContext; disputeId: string }) {
  const t = await getTranslations("evidence");
  const td = await getTranslations("domain");
  const evidence = await listDisputeEvidence(ctx, disputeId);
  const canUpload = hasPermission(ctx, { evidence: ["upload"] });
  const canWithdraw = hasPermission(ctx, { evidence: ["withdraw"] });
  const kinds: UploadKindOption[] = Object.values(EvidenceKind).map((kind) => ({
    value: kind,
    label: td(`evidenceKind.${kind}`),
    accept: acceptAttribute(kind),
    maxBytes: getSizeCap(kind),
  }));

  return (
    <Card>
      <section aria-labelledby="evidence-section-title" data-testid="evidence-section">
        <CardHeader>
          <CardTitle id="evidence-section-title">{t("title")}</CardTitle>
          <span className="text-xs text-muted-foreground" data-testid="evidence-count">
            {t("count", { count: evidence.length })}
          </span>
        </CardHeader>
        <CardContent className="space-y-5">
          {canUpload ? <EvidenceUploader endpoint={`/api/disputes/${disputeId}/evidence`} kinds={kinds} /> : null}
          {evidence.length ? (
            <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-label={t("gallery")} data-testid="evidence-gallery">
              {evidence.map((item) => (
                <EvidenceItem key={item.id} evidence={item} canWithdraw={canWithdraw} />
              ))}
            </ul>
          ) : (
            <EmptyState icon={FolderOpen} title={t("emptyTitle")} description={canUpload ? t("emptyDescription") : t("emptyDescriptionReadOnly")} />
          )}
        </CardContent>
      </section>
    </Card>
  );
}
