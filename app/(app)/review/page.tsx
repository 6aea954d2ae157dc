import { ClipboardCheck } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ReviewQueueTable } from "@/components/review/review-queue-table";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageLinks } from "@/components/ui/page-links";
import { hasPermission } from "@/lib/auth/assert-permission";
import { requirePageSession } from "@/lib/auth/require-page-session";
import { listReviewers } from "@/lib/review/list-reviewers";
import { listReviewQueue, listReviewQueueSchema } from "@/lib/review/list-review-queue";
import { cn } from "@/lib/utils/cn";

export async function generateMetadata() {
  return { title: (await getTranslations("review"))("title") };
}

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requirePageSession();
  const t = await getTranslations("review");
  const heading = (
    <div>
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-muted-foreground">{t("description")}</p>
    </div>
  );
  if (!hasPermission(ctx, { review: ["decide"] })) {
    return (
      <div className="space-y-4">
        {heading}
        <Alert data-testid="review-forbidden">{t("forbidden")}</Alert>
      </div>
    );
  }
  const params = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const [queue, reviewers] = await Promise.all([listReviewQueue(ctx, params), hasPermission(ctx, { review: ["assign"] }) ? listReviewers(ctx) : null]);
  const filters = listReviewQueueSchema.shape.assignee.unwrap().options;

  return (
    <div className="mx-auto max-w-7xl space-y-4">
      {heading}
      <nav aria-label={t("filterLabel")} className="flex flex-wrap items-center gap-2 text-sm">
        {filters.map((filter) => (
          <Link
            key={filter}
            href={filter === "all" ? "/review" : `/review?assignee=${filter}`}
            aria-current={queue.assignee === filter ? "page" : undefined}
            className={cn(
              "rounded-full border px-3 py-1",
              queue.assignee === filter ? "border-primary bg-primary text-primary-foreground" : "border-border bg-card hover:bg-muted",
            )}
          >
            {t(`filter.${filter}`)}
          </Link>
        ))}
        <span className="text-muted-foreground" data-testid="review-count">
          {t("count", { total: queue.total })}
        </span>
      </nav>
      <Card className="overflow-hidden">
        {queue.items.length ? (
          <>
            <ReviewQueueTable items={queue.items} now={new Date()} reviewers={reviewers} />
            <PageLinks
              basePath="/review"
              label={t("pagination")}
              className="border-t border-border"
              page={queue.page}
              pageCount={queue.pageCount}
              total={queue.total}
              params={{ assignee: queue.assignee === "all" ? undefined : queue.assignee }}
            />
          </>
        ) : (
          <EmptyState icon={ClipboardCheck} title={t("emptyTitle")} description={t(`empty.${queue.assignee}`)} />
        )}
      </Card>
    </div>
  );
}
