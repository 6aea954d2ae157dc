import { LogOut, ShieldCheck } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/actions/session-actions";
import { AppNav } from "@/components/layout/app-nav";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { Button } from "@/components/ui/button";
import { requirePageSession } from "@/lib/auth/require-page-session";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requirePageSession();
  const t = await getTranslations("common");
  return (
    <div className="flex min-h-screen">
      <aside className="hidden w-56 shrink-0 flex-col gap-6 bg-sidebar px-3 py-4 md:flex">
        <div className="flex items-center gap-2 px-2 text-sm font-semibold text-white">
          <ShieldCheck className="size-5" aria-hidden />
          {t("appName")}
        </div>
        <AppNav />
        <p className="mt-auto px-2 text-[11px] leading-snug text-sidebar-foreground/70">{t("notLegalAdvice")}</p>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-14 items-center justify-between gap-4 border-b border-border bg-card px-4">
          <div className="min-w-0">
            <p className="truncate text-sm font-semibold" data-testid="org-name">{ctx.organizationName}</p>
            <p className="truncate text-xs text-muted-foreground">
              {ctx.userName} · {t(`role.${ctx.role}`)}
            </p>
          </div>
          <div className="flex items-center gap-3">
            <LocaleSwitcher />
            <form action={signOutAction}>
              <Button type="submit" variant="outline" size="sm">
                <LogOut aria-hidden />
                {t("signOut")}
              </Button>
            </form>
          </div>
        </header>
        <main className="flex-1 p-6">{children}</main>
      </div>
    </div>
  );
}
