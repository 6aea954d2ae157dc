import { FileText } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { AppError } from "@/lib/errors";
import { hasPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { getDisputeDocuments } from "@/lib/documents/get-dispute-documents";
import { getDisputeLegalAssessmentForRender } from "@/lib/legal/get-dispute-legal-assessment";
import { regenerateDocumentAction, saveDocumentAction } from "@/app/(app)/disputes/[id]/document-actions";
import { DocumentsPanel } from "./documents-panel";

/** The dispute page's case documents: generated from the case, editable, saved with the case, in both languages. */
export async function DocumentsSection({ ctx, disputeId }: { ctx: SessionContext; disputeId: string }) {
  const t = await getTranslations("documents");
  const locale = (await getLocale()) === "en" ? "en" : "zh-CN";
  let documents: Awaited<ReturnType<typeof getDisputeDocuments>>;
  try {
    documents = await getDisputeDocuments(ctx, disputeId, { assessment: await getDisputeLegalAssessmentForRender(ctx, disputeId) });
  } catch (error) {
    // The legal section above shows the same problem in full; here it is enough to say why nothing is listed.
    if (!(error instanceof AppError) || error.code === "NOT_FOUND") throw error;
    return (
      <Card>
        <section aria-labelledby="documents-section-title" data-testid="documents-section">
          <CardHeader>
            <CardTitle id="documents-section-title">{t("title")}</CardTitle>
          </CardHeader>
          <CardContent>
            <Alert>{(await getTranslations("errors"))(error.messageKey, error.values)}</Alert>
          </CardContent>
        </section>
      </Card>
    );
  }
  return (
    <Card>
      <section aria-labelledby="documents-section-title" data-testid="documents-section">
        <CardHeader>
          <CardTitle id="documents-section-title" className="flex items-center gap-2">
            <FileText className="size-4" aria-hidden />
            {t("title")}
          </CardTitle>
        </CardHeader>
        <CardContent>
          <DocumentsPanel
            documents={documents}
            initialLocale={locale}
            canEdit={hasPermission(ctx, { dispute: ["update"] })}
            saveAction={saveDocumentAction.bind(null, disputeId)}
            regenerateAction={regenerateDocumentAction.bind(null, disputeId)}
          />
        </CardContent>
      </section>
    </Card>
  );
}
