import { getTranslations } from "next-intl/server";
import { AuditPagination } from "@/components/audit/audit-pagination";
import { AuditTable } from "@/components/audit/audit-table";
import { VerifyChainCard } from "@/components/audit/verify-chain-card";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { checkAuditChain, listAuditEvents } from "@/lib/audit/list-audit-events";
import { hasPermission } from "@/lib/auth/assert-permission";
import { requirePageSession } from "@/lib/auth/require-page-session";

export async function generateMetadata() {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string; verify?: string }> }) {
  const ctx = await requirePageSession();
  const t = await getTranslations("audit");
  const heading = (
    <div>
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-muted-foreground">{t("subtitle")}</p>
    </div>
  );
  if (!hasPermission(ctx, { audit: ["read"] })) {
    return (
      <div className="space-y-4">
        {heading}
        <Alert data-testid="audit-forbidden">{t("forbidden")}</Alert>
      </div>
    );
  }
  const params = await searchParams;
  const [log, check] = await Promise.all([listAuditEvents(ctx, { page: params.page }), params.verify ? checkAuditChain(ctx) : null]);

  return (
    <div className="mx-auto max-w-7xl space-y-6">
      {heading}
      <VerifyChainCard check={check} page={log.page} checkedAt={new Date()} />
      <Card>
        <AuditTable events={log.events} />
        {log.total > 0 ? <AuditPagination page={log.page} pages={log.pages} total={log.total} /> : null}
      </Card>
    </div>
  );
}
