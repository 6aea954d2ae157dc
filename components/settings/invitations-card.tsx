import { MailPlus, UserPlus } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { CopyField } from "@/components/ui/copy-field";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { invitationPath } from "@/lib/members/invitation-link";
import type { InvitationRow } from "@/lib/members/list-invitations";
import { CancelInvitationForm } from "./cancel-invitation-form";
import type { FormAction } from "./form-feedback";
import { RoleBadge } from "./role-badge";

/** The invite form (passed as children) above the pending invitations and their links. */
export function InvitationsCard({
  invitations,
  origin,
  cancelAction,
  children,
}: {
  invitations: InvitationRow[];
  origin: string;
  cancelAction: FormAction;
  children: ReactNode;
}) {
  const t = useTranslations("settings");
  const format = useFormatter();
  return (
    <Card>
      <CardHeader>
        <CardTitle id="invite-title" className="flex items-center gap-2">
          <UserPlus className="size-4 text-muted-foreground" aria-hidden />
          {t("invite.title")}
        </CardTitle>
      </CardHeader>
      <CardContent>{children}</CardContent>
      <CardHeader className="border-t">
        <CardTitle>{t("invitations.title")}</CardTitle>
        <span className="text-right text-xs text-muted-foreground">{t("invitations.noEmailNotice")}</span>
      </CardHeader>
      {invitations.length === 0 ? (
        <EmptyState icon={MailPlus} title={t("invitations.emptyTitle")} description={t("invitations.emptyDescription")} />
      ) : (
        <Table data-testid="invitations-table">
          <THead>
            <tr>
              <TH>{t("invitations.email")}</TH>
              <TH>{t("invitations.role")}</TH>
              <TH>{t("invitations.invitedBy")}</TH>
              <TH>{t("invitations.expires")}</TH>
              <TH>{t("invitations.link")}</TH>
              <TH>
                <span className="sr-only">{t("invitations.cancel")}</span>
              </TH>
            </tr>
          </THead>
          <TBody>
            {invitations.map((invitation) => (
              <TR key={invitation.id} data-testid="invitation-row" data-email={invitation.email}>
                <TD className="whitespace-nowrap font-medium">{invitation.email}</TD>
                <TD>
                  <RoleBadge role={invitation.role} />
                </TD>
                <TD className="whitespace-nowrap text-muted-foreground">{invitation.inviterName}</TD>
                <TD className="whitespace-nowrap">
                  {invitation.expired ? (
                    <Badge tone="red">{t("invitations.expired")}</Badge>
                  ) : (
                    <span className="text-muted-foreground">{format.dateTime(invitation.expiresAt, { dateStyle: "medium", timeStyle: "short" })}</span>
                  )}
                </TD>
                <TD className="w-full">
                  {invitation.expired ? null : (
                    <CopyField
                      value={`${origin}${invitationPath(invitation.id)}`}
                      label={t("invitations.linkFor", { email: invitation.email })}
                      testId="invitation-link"
                    />
                  )}
                </TD>
                <TD className="text-right">
                  <CancelInvitationForm invitationId={invitation.id} email={invitation.email} action={cancelAction} />
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
