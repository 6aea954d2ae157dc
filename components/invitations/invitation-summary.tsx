import { useFormatter, useTranslations } from "next-intl";
import { RoleBadge } from "@/components/settings/role-badge";
import type { OpenInvitation } from "@/lib/members/open-invitation";

export function InvitationSummary({ invitation, title }: { invitation: OpenInvitation; title: string }) {
  const t = useTranslations("auth");
  const tr = useTranslations("common.role");
  const format = useFormatter();
  return (
    <div className="space-y-3" data-testid="invitation-summary">
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="text-sm text-muted-foreground">
          {t("acceptInvitationText", { inviter: invitation.inviterName, organization: invitation.organizationName, role: tr(invitation.role) })}
        </p>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 rounded-md border border-border bg-card p-3 text-sm">
        <dt className="text-muted-foreground">{t("invitationMerchant")}</dt>
        <dd className="font-medium" data-testid="invitation-merchant">
          {invitation.organizationName}
        </dd>
        <dt className="text-muted-foreground">{t("invitationRole")}</dt>
        <dd>
          <RoleBadge role={invitation.role} />
        </dd>
        <dt className="text-muted-foreground">{t("invitedBy")}</dt>
        <dd>{invitation.inviterName}</dd>
        <dt className="text-muted-foreground">{t("invitationEmail")}</dt>
        <dd className="break-all">{invitation.email}</dd>
        <dt className="text-muted-foreground">{t("invitationValidUntil")}</dt>
        <dd>{format.dateTime(invitation.expiresAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
      </dl>
    </div>
  );
}
