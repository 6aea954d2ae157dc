import { ShieldCheck } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("common");
  return (
    <div className="grid min-h-screen lg:grid-cols-2">
      <aside className="hidden flex-col justify-between bg-sidebar p-10 text-sidebar-foreground lg:flex">
        <div className="flex items-center gap-2 text-lg font-semibold text-white">
          <ShieldCheck className="size-6" aria-hidden />
          {t("appName")}
        </div>
        <p className="max-w-md text-base leading-relaxed">{t("tagline")}</p>
        <p className="text-xs opacity-70">{t("notLegalAdvice")}</p>
      </aside>
      <main className="flex flex-col">
        <div className="flex justify-end p-4">
          <LocaleSwitcher />
        </div>
        <div className="flex flex-1 items-center justify-center p-6">{children}</div>
      </main>
    </div>
  );
}
