"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormFeedback, useFieldError, type FormAction } from "@/components/settings/form-feedback";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";

/** Name and password only: the account is created for the invited address. */
export function InviteeSignUpForm({ email, signInHref, action }: { email: string; signInHref: string; action: FormAction }) {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const fieldError = useFieldError(state);
  const v = state.values ?? {};

  return (
    <form action={formAction} className="space-y-4" noValidate data-testid="invitee-sign-up-form">
      <FormFeedback state={state} />
      <Field label={t("email")} htmlFor="invitee-email" hint={t("invitationEmailFixed")}>
        <Input id="invitee-email" type="email" value={email} readOnly aria-readonly className="bg-muted" />
      </Field>
      <Field label={t("name")} htmlFor="name" error={fieldError("name")}>
        <Input id="name" name="name" defaultValue={v.name} autoComplete="name" required autoFocus aria-invalid={!!fieldError("name")} />
      </Field>
      <Field label={t("password")} htmlFor="password" hint={t("passwordHint")} error={fieldError("password")}>
        <Input id="password" name="password" type="password" autoComplete="new-password" required minLength={8} aria-invalid={!!fieldError("password")} />
      </Field>
      <Button type="submit" className="w-full" disabled={pending} data-testid="invitee-sign-up">
        {pending ? t("joining") : t("joinAndSignUp")}
      </Button>
      <p className="text-sm text-muted-foreground">
        {t("signInToAccept")}{" "}
        <Link className="text-primary underline" href={signInHref}>
          {t("signInFirst")}
        </Link>
      </p>
    </form>
  );
}
