"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import type { FormState } from "@/lib/http/form-state";

export function SignUpForm({ action }: { action: (prev: FormState, data: FormData) => Promise<FormState> }) {
  const t = useTranslations("auth");
  const te = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const fieldError = (name: string) => {
    const key = state.fieldErrors?.[name]?.[0];
    return key ? te(`field.${key}`) : undefined;
  };
  const v = state.values ?? {};

  return (
    <form action={formAction} className="w-full max-w-sm space-y-4" noValidate>
      <div>
        <h1 className="text-2xl font-semibold">{t("signUpTitle")}</h1>
        <p className="text-sm text-muted-foreground">{t("signUpSubtitle")}</p>
      </div>
      {state.error ? <Alert>{te(state.error)}</Alert> : null}
      <Field label={t("merchantName")} htmlFor="merchantName" error={fieldError("merchantName")}>
        <Input id="merchantName" name="merchantName" defaultValue={v.merchantName} required autoFocus aria-invalid={!!fieldError("merchantName")} />
      </Field>
      <Field label={t("name")} htmlFor="name" error={fieldError("name")}>
        <Input id="name" name="name" defaultValue={v.name} autoComplete="name" required aria-invalid={!!fieldError("name")} />
      </Field>
      <Field label={t("email")} htmlFor="email" error={fieldError("email")}>
        <Input id="email" name="email" type="email" defaultValue={v.email} autoComplete="email" required aria-invalid={!!fieldError("email")} />
      </Field>
      <Field label={t("password")} htmlFor="password" hint={t("passwordHint")} error={fieldError("password")}>
        <Input id="password" name="password" type="password" autoComplete="new-password" required minLength={8} aria-invalid={!!fieldError("password")} />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("signingUp") : t("signUp")}
      </Button>
      <p className="text-sm text-muted-foreground">
        {t("haveAccount")}{" "}
        <Link className="text-primary underline" href="/sign-in">
          {t("signIn")}
        </Link>
      </p>
    </form>
  );
}
