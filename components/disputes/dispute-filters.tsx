import { Search } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { Platform } from "@/lib/db/generated/enums";
import type { Store } from "@/lib/db/generated/client";
import { DEADLINE_WINDOWS } from "@/lib/disputes/deadline-window";
import type { ListDisputesFilters } from "@/lib/disputes/dispute-schemas";
import { ALL_STATUSES } from "@/lib/disputes/dispute-status-flow";

/** A plain GET form: filters live in the URL, work without JavaScript and from the keyboard. */
export async function DisputeFilters({ query, stores }: { query: ListDisputesFilters; stores: Pick<Store, "id" | "name" | "platform">[] }) {
  const t = await getTranslations("disputes.list");
  const td = await getTranslations("domain");
  const filtered = Boolean(query.q || query.status || query.platform || query.storeId || query.deadline);
  return (
    <form method="get" action="/disputes" role="search" aria-label={t("filters")} className="flex flex-wrap items-end gap-3" data-testid="dispute-filters">
      <div className="grid min-w-64 flex-1 gap-1">
        <label htmlFor="filter-q" className="text-xs font-medium text-muted-foreground">
          {t("search")}
        </label>
        <div className="relative">
          <Search className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" aria-hidden />
          <Input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            placeholder={t("searchPlaceholder")}
            title={t("searchHint")}
            className="pl-8"
          />
        </div>
      </div>
      <FilterSelect id="filter-status" name="status" label={t("status")} value={query.status} any={t("any")}
        options={ALL_STATUSES.map((s) => [s, td(`status.${s}`)])} />
      <FilterSelect id="filter-platform" name="platform" label={t("platform")} value={query.platform} any={t("any")}
        options={Object.values(Platform).map((p) => [p, td(`platform.${p}`)])} />
      <FilterSelect id="filter-store" name="storeId" label={t("store")} value={query.storeId} any={t("any")}
        options={stores.map((s) => [s.id, `${s.name} · ${td(`platform.${s.platform}`)}`])} />
      <FilterSelect id="filter-deadline" name="deadline" label={t("deadline")} value={query.deadline} any={t("any")}
        options={DEADLINE_WINDOWS.map((w) => [w, t(`window.${w}`)])} />
      <div className="flex items-center gap-2">
        <Button type="submit">{t("apply")}</Button>
        {filtered ? (
          <Button asChild variant="ghost">
            <Link href="/disputes">{t("reset")}</Link>
          </Button>
        ) : null}
      </div>
    </form>
  );
}

function FilterSelect({ id, name, label, value, any, options }: { id: string; name: string; label: string; value?: string; any: string; options: [string, string][] }) {
  return (
    <div className="grid w-40 gap-1">
      <label htmlFor={id} className="text-xs font-medium text-muted-foreground">
        {label}
      </label>
      <NativeSelect id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{any}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
