"use client";
import { ClipboardCheck, FileWarning, LayoutDashboard, Package, Scale, ScrollText, Settings, Truck, UsersRound, Video } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils/cn";

const ITEMS = [
  { href: "/", key: "dashboard", icon: LayoutDashboard, exact: true },
  { href: "/disputes", key: "disputes", icon: FileWarning },
  { href: "/review", key: "review", icon: ClipboardCheck },
  { href: "/buyers", key: "buyers", icon: UsersRound },
  { href: "/products", key: "products", icon: Package },
  { href: "/orders", key: "orders", icon: Truck },
  { href: "/packing", key: "packing", icon: Video },
  { href: "/legal", key: "legal", icon: Scale },
  { href: "/settings", key: "settings", icon: Settings },
  { href: "/audit", key: "audit", icon: ScrollText },
] as const;

export function AppNav() {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("mainNavigation")} className="flex flex-col gap-1">
      {ITEMS.map(({ href, key, icon: Icon, ...rest }) => {
        const active = "exact" in rest ? pathname === href : pathname.startsWith(href);
        return (
          <Link
            key={href}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "flex items-center gap-2 rounded-md px-3 py-2 text-sm",
              active ? "bg-white/10 font-medium text-white" : "text-sidebar-foreground hover:bg-white/5 hover:text-white",
            )}
          >
            <Icon className="size-4" aria-hidden />
            {t(key)}
          </Link>
        );
      })}
    </nav>
  );
}
