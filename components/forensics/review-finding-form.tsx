"use client";
import { Check, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/input";
import type { FormState } from "@/lib/http/form-state";

/** Confirm or reject one finding with a note; the decision button submits its own value. */
export function ReviewFindingForm({ action, defaultNote }: { action: (prev: FormState, data: FormData) => Promise<FormState>; defaultNote: string | null }) {
  const t = useTranslations("forensics.review");
  const te = useTranslations("errors");
  const id = useId();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const noteError = state.fieldErrors?.note?.[0];

  return (
    <form action={formAction} className="space-y-2" data-testid="finding-review-form" noValidate>
      {state.error && !noteError ? <Alert>{te(state.error)}</Alert> : null}
      <Field label={t("noteLabel")} htmlFor={`${id}-note`} error={noteError ? te(`field.${noteError}`) : undefined}>
        <Textarea
          id={`${id}-note`}
          name="note"
          rows={2}
          maxLength={2000}
          defaultValue={state.values?.note ?? defaultNote ?? ""}
          placeholder={t("notePlaceholder")}
          aria-invalid={noteError ? true : undefined}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="CONFIRMED" size="sm" disabled={pending} data-testid="finding-confirm">
          <Check aria-hidden />
          {pending ? t("saving") : t("confirm")}
        </Button>
        <Button type="submit" name="decision" value="REJECTED" size="sm" variant="outline" disabled={pending} data-testid="finding-reject">
          <X aria-hidden />
          {t("reject")}
        </Button>
      </div>
    </form>
  );
}
