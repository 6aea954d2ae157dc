import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils/cn";

/** Previous / next links for a paged list at `basePath` that keep the current filters in the URL. */
export async function PageLinks({
  basePath,
  label,
  page,
  pageCount,
  total,
  params,
  className,
}: {
  basePath: string;
  label: string;
  page: number;
  pageCount: number;
  total: number;
  params: Record<string, string | undefined>;
  className?: string;
}) {
  const t = await getTranslations("common");
  const href = (target: number) => {
    const search = new URLSearchParams(Object.entries({ ...params, page: String(target) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `${basePath}?${search}`;
  };
  const link = (target: number, content: React.ReactNode, disabled: boolean, rel: string) =>
    disabled ? (
      <span aria-disabled className={cn(buttonVariants({ variant: "outline", size: "sm" }), "pointer-events-none opacity-50")}>
        {content}
      </span>
    ) : (
      <Link href={href(target)} rel={rel} className={buttonVariants({ variant: "outline", size: "sm" })}>
        {content}
      </Link>
    );
  return (
    <nav aria-label={label} className={cn("flex items-center justify-between gap-4 px-3 py-2 text-sm text-muted-foreground", className)}>
      <span data-testid="pagination-summary">{t("pageOf", { page, pages: pageCount, total })}</span>
      <div className="flex gap-2">
        {link(page - 1, <><ChevronLeft aria-hidden />{t("previous")}</>, page <= 1, "prev")}
        {link(page + 1, <>{t("next")}<ChevronRight aria-hidden /></>, page >= pageCount, "next")}
      </div>
    </nav>
  );
}
