import { FileCheck2, ScanSearch, ShieldCheck, type LucideIcon } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";

const FEATURES: { key: string; icon: LucideIcon }[] = [
  { key: "store", icon: ShieldCheck },
  { key: "detect", icon: ScanSearch },
  { key: "file", icon: FileCheck2 },
];

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("common");
  const ta = await getTranslations("auth.features");
  return (
    <div className="grid min-h-screen lg:grid-cols-2">
      <aside className="hidden flex-col justify-between bg-sidebar p-10 text-sidebar-foreground lg:flex">
        <div className="flex items-center gap-2 text-lg font-semibold text-white">
          <ShieldCheck className="size-6" aria-hidden />
          {t("appName")}
        </div>
        <div className="space-y-8">
          <p className="max-w-md text-lg leading-relaxed text-white">{t("tagline")}</p>
          <ul className="space-y-5">
            {FEATURES.map(({ key, icon: Icon }) => (
              <li key={key} className="flex max-w-md gap-3">
                <Icon className="mt-0.5 size-5 shrink-0 text-blue-300" aria-hidden />
                <div>
                  <p className="font-medium text-white">{ta(`${key}.title`)}</p>
                  <p className="text-sm">{ta(`${key}.text`)}</p>
                </div>
              </li>
            ))}
          </ul>
        </div>
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
