import { AlarmClock, CircleDollarSign, ClipboardCheck, FileWarning, Hourglass, Plus, ScanSearch, Trophy, Undo2, UsersRound } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatCard } from "@/components/dashboard/stat-card";
import { StatusBreakdown } from "@/components/dashboard/status-breakdown";
import { UrgentDisputes } from "@/components/dashboard/urgent-disputes";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { hasPermission } from "@/lib/auth/assert-permission";
import { requirePageSession } from "@/lib/auth/require-page-session";
import { getDashboardStats } from "@/lib/disputes/get-dashboard-stats";
import { formatFen } from "@/lib/utils/money";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  const ctx = await requirePageSession();
  const stats = await getDashboardStats(ctx);
  const t = await getTranslations("dashboard");
  const tn = await getTranslations("nav");
  const format = await getFormatter();
  const canCreate = hasPermission(ctx, { dispute: ["create"] });

  return (
    <div className="mx-auto max-w-7xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-muted-foreground">{t("subtitle")}</p>
        </div>
        {canCreate ? (
          <Button asChild>
            <Link href="/disputes/new">
              <Plus aria-hidden />
              {tn("newDispute")}
            </Link>
          </Button>
        ) : null}
      </div>

      {stats.total === 0 ? (
        <Card>
          <EmptyState
            icon={FileWarning}
            title={t("emptyTitle")}
            description={t("emptyDescription")}
            action={
              canCreate ? (
                <Button asChild>
                  <Link href="/disputes/new" data-testid="dashboard-first-dispute">
                    <Plus aria-hidden />
                    {t("emptyAction")}
                  </Link>
                </Button>
              ) : null
            }
          />
        </Card>
      ) : (
        <>
          {stats.disputesAwaitingReview && hasPermission(ctx, { review: ["decide"] }) ? (
            <Link
              href="/review"
              className="flex items-center gap-2 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 hover:bg-amber-100"
              data-testid="dashboard-review-backlog"
            >
              <ClipboardCheck className="size-4 shrink-0" aria-hidden />
              <span className="flex-1">{t("reviewBacklog", { count: stats.disputesAwaitingReview })}</span>
              <span className="font-medium underline-offset-2 hover:underline">{t("reviewBacklogLink")}</span>
            </Link>
          ) : null}
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <StatCard testId="stat-open" icon={FileWarning} label={t("open")} value={String(stats.unsettled)} hint={t("openHint")} href="/disputes" />
            <StatCard
              testId="stat-due-soon"
              icon={Hourglass}
              label={t("dueSoon")}
              value={String(stats.dueSoon)}
              hint={t("dueSoonHint")}
              tone={stats.dueSoon ? "amber" : "neutral"}
              href="/disputes?deadline=24h"
            />
            <StatCard
              testId="stat-overdue"
              icon={AlarmClock}
              label={t("overdue")}
              value={String(stats.overdue)}
              hint={t("overdueHint")}
              tone={stats.overdue ? "red" : "neutral"}
              href="/disputes?deadline=overdue"
            />
            <StatCard testId="stat-at-stake" icon={CircleDollarSign} label={t("atStake")} value={formatFen(stats.atStakeFen)} hint={t("atStakeHint")} />
            <StatCard testId="stat-recovered" icon={Undo2} label={t("recovered")} value={formatFen(stats.recoveredFen)} hint={t("recoveredHint")} tone={stats.recoveredFen ? "green" : "neutral"} />
            <StatCard
              testId="stat-win-rate"
              icon={Trophy}
              label={t("winRate")}
              value={stats.winRate === null ? "—" : format.number(stats.winRate, { style: "percent", maximumFractionDigits: 0 })}
              hint={stats.winRate === null ? t("winRateNone") : t("winRateHint", { won: stats.won, decided: stats.decided })}
            />
            <StatCard
              testId="stat-forged-share"
              icon={ScanSearch}
              label={t("forgedShare")}
              value={stats.forgedShare === null ? "—" : format.number(stats.forgedShare, { style: "percent", maximumFractionDigits: 0 })}
              hint={t("forgedShareHint", { count: stats.forgedSignalDisputes, total: stats.total })}
              tone={stats.forgedSignalDisputes ? "amber" : "neutral"}
            />
            <StatCard
              testId="stat-repeat-claimants"
              icon={UsersRound}
              label={t("repeatClaimants")}
              value={String(stats.repeatClaimants)}
              hint={t("repeatClaimantsHint")}
              tone={stats.repeatClaimants ? "amber" : "neutral"}
              href="/buyers"
            />
          </div>
          <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
            <UrgentDisputes items={stats.urgent} now={stats.now} />
            <StatusBreakdown counts={stats.counts} />
          </div>
        </>
      )}
    </div>
  );
}
