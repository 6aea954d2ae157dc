"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, NativeSelect } from "@/components/ui/input";
import type { Role } from "@/lib/auth/roles";
import { FormFeedback, useFieldError, type FormAction } from "./form-feedback";

export function InviteMemberForm({ roles, action }: { roles: readonly Role[]; action: FormAction }) {
  const t = useTranslations("settings.invite");
  const tr = useTranslations("common.role");
  const td = useTranslations("settings.roleDescription");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const fieldError = useFieldError(state);
  const v = state.values ?? {};

  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="invite-form" aria-labelledby="invite-title">
      <FormFeedback state={state} success={t("success")} />
      <div className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-start">
        <Field label={t("email")} htmlFor="invite-email" error={fieldError("email")}>
          <Input
            id="invite-email"
            name="email"
            type="email"
            autoComplete="off"
            defaultValue={v.email}
            required
            aria-invalid={!!fieldError("email")}
            aria-describedby={fieldError("email") ? "invite-email-error" : undefined}
          />
        </Field>
        <Field label={t("role")} htmlFor="invite-role" error={fieldError("role")}>
          <NativeSelect id="invite-role" name="role" defaultValue={v.role ?? "staff"} aria-invalid={!!fieldError("role")} aria-describedby="invite-role-help">
            {roles.map((role) => (
              <option key={role} value={role}>
                {tr(role)}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Button type="submit" disabled={pending} className="sm:mt-5">
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
      <dl id="invite-role-help" className="grid gap-x-4 gap-y-1 text-xs sm:grid-cols-3">
        {roles.map((role) => (
          <div key={role} className="flex gap-1.5">
            <dt className="shrink-0 font-medium">{tr(role)}</dt>
            <dd className="text-muted-foreground">{td(role)}</dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-muted-foreground">{t("ownerNotInvitable")}</p>
    </form>
  );
}
