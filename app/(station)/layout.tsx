import { ArrowLeft, ShieldCheck } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { requirePageSession } from "@/lib/auth/require-page-session";

/** Full-screen pages for work stations: no sidebar, dark so the camera picture stands out. */
export default async function StationLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requirePageSession();
  const t = await getTranslations("common");
  const tp = await getTranslations("packing");
  return (
    <div className="flex min-h-screen flex-col bg-slate-950 text-slate-100">
      <header className="flex h-12 items-center justify-between gap-4 border-b border-slate-800 px-4">
        <div className="flex min-w-0 items-center gap-3">
          <Link
            href="/"
            className="inline-flex items-center gap-1 rounded text-sm text-slate-300 hover:text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400"
          >
            <ArrowLeft className="size-4" aria-hidden />
            {tp("backToApp")}
          </Link>
          <span className="inline-flex items-center gap-2 truncate text-sm font-semibold">
            <ShieldCheck className="size-4" aria-hidden />
            {t("appName")} · <span data-testid="org-name">{ctx.organizationName}</span>
          </span>
        </div>
        <div className="rounded bg-slate-100 text-slate-900">
          <LocaleSwitcher />
        </div>
      </header>
      <main className="flex-1 p-4">{children}</main>
    </div>
  );
}
