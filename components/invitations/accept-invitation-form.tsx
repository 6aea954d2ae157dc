"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormFeedback, type FormAction } from "@/components/settings/form-feedback";
import { Button } from "@/components/ui/button";

export function AcceptInvitationForm({ signedInEmail, action }: { signedInEmail: string; action: FormAction }) {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="space-y-3">
      <FormFeedback state={state} />
      <p className="text-sm text-muted-foreground">{t("signedInAs", { email: signedInEmail })}</p>
      <Button type="submit" className="w-full" disabled={pending} autoFocus data-testid="accept-invitation">
        {pending ? t("joining") : t("acceptInvitation")}
      </Button>
    </form>
  );
}
