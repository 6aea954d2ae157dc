import { useFormatter, useTranslations } from "next-intl";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Role } from "@/lib/auth/roles";
import type { SettingsOverview } from "@/lib/members/get-settings-overview";
import { RoleBadge } from "./role-badge";

export function MerchantCard({ merchant, role, memberCount }: { merchant: SettingsOverview["merchant"]; role: Role; memberCount: number }) {
  const t = useTranslations("settings.merchant");
  const format = useFormatter();
  const rows = [
    [t("name"), <span key="n" className="font-medium">{merchant.name}</span>],
    [t("yourRole"), <RoleBadge key="r" role={role} />],
    [t("memberCount"), memberCount],
    [t("createdAt"), format.dateTime(merchant.createdAt, { dateStyle: "medium" })],
    [t("id"), <code key="i" className="text-xs text-muted-foreground">{merchant.id}</code>],
  ] as const;
  return (
    <Card data-testid="merchant-card">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-muted-foreground">{label}</dt>
              <dd className="min-w-0 truncate">{value}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
