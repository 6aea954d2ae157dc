import { Users } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { Role } from "@/lib/auth/roles";
import type { MemberRow } from "@/lib/members/list-members";
import type { FormAction } from "./form-feedback";
import { MemberActions } from "./member-actions";
import { RoleBadge } from "./role-badge";

export function MembersCard({
  members,
  assignableRoles,
  canManage,
  changeRoleAction,
  removeAction,
}: {
  members: MemberRow[];
  assignableRoles: Role[];
  canManage: boolean;
  changeRoleAction: FormAction;
  removeAction: FormAction;
}) {
  const t = useTranslations("settings.members");
  const format = useFormatter();
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Users className="size-4 text-muted-foreground" aria-hidden />
          {t("title")}
        </CardTitle>
        <span className="text-xs text-muted-foreground">{t("count", { count: members.length })}</span>
      </CardHeader>
      <Table data-testid="members-table">
        <THead>
          <tr>
            <TH>{t("name")}</TH>
            <TH>{t("email")}</TH>
            <TH>{t("role")}</TH>
            <TH>{t("joined")}</TH>
            {canManage ? <TH className="text-right">{t("actions")}</TH> : null}
          </tr>
        </THead>
        <TBody>
          {members.map((member) => (
            <TR key={member.id} data-testid="member-row" data-email={member.email} data-role={member.role}>
              <TD className="font-medium">
                {member.name}
                {member.isSelf ? (
                  <Badge tone="slate" className="ml-2">
                    {t("you")}
                  </Badge>
                ) : null}
              </TD>
              <TD className="text-muted-foreground">{member.email}</TD>
              <TD>
                <RoleBadge role={member.role} />
              </TD>
              <TD className="whitespace-nowrap text-muted-foreground">{format.dateTime(member.joinedAt, { dateStyle: "medium" })}</TD>
              {canManage ? (
                <TD className="text-right">
                  {member.canManage ? (
                    <MemberActions member={member} roles={assignableRoles} changeRoleAction={changeRoleAction} removeAction={removeAction} />
                  ) : null}
                </TD>
              ) : null}
            </TR>
          ))}
        </TBody>
      </Table>
    </Card>
  );
}
