import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { Role } from "@/lib/auth/roles";

const TONES = { owner: "violet", admin: "blue", staff: "green", reviewer: "amber" } as const;

export function RoleBadge({ role }: { role: Role }) {
  const t = useTranslations("common.role");
  return (
    <Badge tone={TONES[role]} data-role={role}>
      {t(role)}
    </Badge>
  );
}
