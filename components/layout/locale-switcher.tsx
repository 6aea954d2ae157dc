import { Languages } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/session-actions";
import { locales } from "@/lib/i18n/locales";
import { cn } from "@/lib/utils/cn";

const LABELS = { "zh-CN": "中文", en: "English" } as const;

/** Plain forms: the switch works from the keyboard and without client JavaScript. */
export async function LocaleSwitcher() {
  const current = await getLocale();
  const t = await getTranslations("common");
  return (
    <div className="flex items-center gap-1 text-sm" role="group" aria-label={t("language")}>
      <Languages className="size-4 text-muted-foreground" aria-hidden />
      {locales.map((locale) => (
        <form key={locale} action={setLocaleAction}>
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            lang={locale}
            aria-pressed={current === locale}
            className={cn("rounded px-2 py-1", current === locale ? "bg-muted font-semibold" : "text-muted-foreground hover:bg-muted")}
          >
            {LABELS[locale]}
          </button>
        </form>
      ))}
    </div>
  );
}
