import { UsersRound } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageLinks } from "@/components/ui/page-links";
import { RepeatClaimantsTable } from "@/components/buyers/repeat-claimants-table";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageSession } from "@/lib/auth/require-page-session";
import { AppError } from "@/lib/errors";
import { listRepeatClaimants } from "@/lib/legal/list-repeat-claimants";

export async function generateMetadata() {
  return { title: (await getTranslations("buyers"))("title") };
}

export default async function BuyersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requirePageSession();
  const params = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const result = await listRepeatClaimants(ctx, params).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("buyers");

  return (
    <div className="mx-auto max-w-7xl space-y-4">
      <div>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("description")}</p>
        <p className="text-sm text-muted-foreground" data-testid="buyers-count">
          {t("count", { total: result.total })}
          {result.filteredByDispute ? (
            <>
              {" · "}
              <Link href="/buyers" className="text-primary underline">
                {t("showAll")}
              </Link>
            </>
          ) : null}
        </p>
      </div>
      <Card className="overflow-hidden">
        {result.items.length ? (
          <>
            <RepeatClaimantsTable items={result.items} />
            <PageLinks
              basePath="/buyers"
              label={t("pagination")}
              className="border-t border-border"
              page={result.page}
              pageCount={result.pageCount}
              total={result.total}
              params={{ dispute: result.filteredByDispute ?? undefined }}
            />
          </>
        ) : (
          <EmptyState icon={UsersRound} title={t("emptyTitle")} description={result.filteredByDispute ? t("emptyForDispute") : t("emptyDescription")} />
        )}
      </Card>
    </div>
  );
}
