import { FileWarning, Plus, SearchX } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageLinks } from "@/components/ui/page-links";
import { DisputeFilters } from "@/components/disputes/dispute-filters";
import { DisputesTable } from "@/components/disputes/disputes-table";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { hasPermission } from "@/lib/auth/assert-permission";
import { requirePageSession } from "@/lib/auth/require-page-session";
import { listDisputes } from "@/lib/disputes/list-disputes";
import { SEARCH_MATCH_LIMIT } from "@/lib/disputes/search-dispute-ids";
import { listStores } from "@/lib/stores/list-stores";

export async function generateMetadata() {
  return { title: (await getTranslations("disputes"))("title") };
}

export default async function DisputesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requirePageSession();
  const params = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const [result, stores] = await Promise.all([listDisputes(ctx, params), listStores(ctx)]);
  const t = await getTranslations("disputes");
  const { q, status, platform, storeId, deadline } = result.query;
  const filters = { q, status, platform, storeId, deadline };
  const filtered = Object.values(filters).some(Boolean);
  const newButton = hasPermission(ctx, { dispute: ["create"] }) ? (
    <Button asChild>
      <Link href="/disputes/new" data-testid="new-dispute-link">
        <Plus aria-hidden />
        {t("newDispute")}
      </Link>
    </Button>
  ) : null;

  return (
    <div className="mx-auto max-w-7xl space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-muted-foreground" data-testid="disputes-count">
            {t("list.count", { total: result.total })}
          </p>
        </div>
        {newButton}
      </div>
      <Card className="p-4">
        <DisputeFilters query={result.query} stores={stores} />
      </Card>
      {result.searchTruncated ? <Alert tone="warning">{t("list.searchTruncated", { limit: SEARCH_MATCH_LIMIT })}</Alert> : null}
      <Card className="overflow-hidden">
        {result.items.length ? (
          <DisputesTable items={result.items} now={result.now} />
        ) : filtered ? (
          <EmptyState icon={SearchX} title={t("list.noMatchTitle")} description={t("list.noMatchDescription")} />
        ) : (
          <EmptyState icon={FileWarning} title={t("list.emptyTitle")} description={t("list.emptyDescription")} action={newButton} />
        )}
        {result.total > 0 ? (
          <div className="border-t border-border">
            <PageLinks basePath="/disputes" label={t("list.pagination")} page={result.page} pageCount={result.pageCount} total={result.total} params={filters} />
          </div>
        ) : null}
      </Card>
    </div>
  );
}
