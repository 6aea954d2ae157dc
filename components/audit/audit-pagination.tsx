import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function AuditPagination({ page, pages, total }: { page: number; pages: number; total: number }) {
  const t = useTranslations("common");
  const link = (target: number, label: string, rel: string) =>
    target < 1 || target > pages ? (
      <Button variant="outline" size="sm" disabled>
        {label}
      </Button>
    ) : (
      <Button variant="outline" size="sm" asChild>
        <Link href={`/audit?page=${target}`} rel={rel}>
          {label}
        </Link>
      </Button>
    );
  return (
    <nav className="flex items-center justify-between gap-4 border-t border-border px-4 py-3 text-sm" aria-label={t("pageOf", { page, pages, total })}>
      <span className="text-muted-foreground">{t("pageOf", { page, pages, total })}</span>
      <div className="flex gap-2">
        {link(page - 1, t("previous"), "prev")}
        {link(page + 1, t("next"), "next")}
      </div>
    </nav>
  );
}
