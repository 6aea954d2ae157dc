"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormFeedback, type FormAction } from "./form-feedback";

export function CancelInvitationForm({ invitationId, email, action }: { invitationId: string; email: string; action: FormAction }) {
  const t = useTranslations("settings.invitations");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      <input type="hidden" name="invitationId" value={invitationId} />
      <Button type="submit" size="sm" variant="ghost" className="text-destructive" disabled={pending} aria-label={t("cancelFor", { email })} data-testid="cancel-invitation">
        {t("cancel")}
      </Button>
      <FormFeedback state={state} />
    </form>
  );
}
