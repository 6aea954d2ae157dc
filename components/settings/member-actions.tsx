"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { NativeSelect } from "@/components/ui/input";
import type { Role } from "@/lib/auth/roles";
import type { MemberRow } from "@/lib/members/list-members";
import { FormFeedback, type FormAction } from "./form-feedback";

/** Role change and removal for one member row; removal asks for a second click. */
export function MemberActions({
  member,
  roles,
  changeRoleAction,
  removeAction,
}: {
  member: MemberRow;
  roles: Role[];
  changeRoleAction: FormAction;
  removeAction: FormAction;
}) {
  const t = useTranslations("settings.members");
  const tr = useTranslations("common.role");
  const [roleState, roleFormAction, rolePending] = useActionState(changeRoleAction, { ok: false });
  const [removeState, removeFormAction, removePending] = useActionState(removeAction, { ok: false });
  const selectId = `role-${member.id}`;

  return (
    <div className="flex flex-col items-end gap-1.5">
      <div className="flex flex-wrap items-center justify-end gap-2">
        <form action={roleFormAction} className="flex items-center gap-2">
          <input type="hidden" name="memberId" value={member.id} />
          <label htmlFor={selectId} className="sr-only">
            {t("roleOf", { name: member.name })}
          </label>
          <NativeSelect key={member.role} id={selectId} name="role" defaultValue={member.role} className="h-8 w-28" data-testid="member-role-select">
            {roles.map((role) => (
              <option key={role} value={role}>
                {tr(role)}
              </option>
            ))}
          </NativeSelect>
          <Button type="submit" size="sm" variant="outline" disabled={rolePending} data-testid="member-role-save">
            {t("saveRole")}
          </Button>
        </form>
        {member.isSelf ? null : (
          <ConfirmAction
            action={removeFormAction}
            fields={{ memberId: member.id }}
            pending={removePending}
            label={t("remove")}
            question={t("confirmRemove", { name: member.name })}
            confirmLabel={t("confirm")}
            keepLabel={t("keep")}
            testId="member-remove"
          />
        )}
      </div>
      <FormFeedback state={roleState} success={t("roleChanged")} />
      <FormFeedback state={removeState} />
    </div>
  );
}
