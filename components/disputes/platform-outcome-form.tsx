"use client";
import { Save } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/input";
import type { FormState } from "@/lib/http/form-state";

/** The platform's handling of the refund: amount paid to the buyer and whether it skipped its review (with what happened). */
export function PlatformOutcomeForm({
  action,
  current,
}: {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  current: { refundPaid: string; platformSkippedReview: boolean; note: string };
}) {
  const t = useTranslations("disputes.platformOutcome");
  const te = useTranslations("errors");
  const id = useId();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const fieldError = (name: string) => {
    const key = state.fieldErrors?.[name]?.[0];
    return key ? te(`field.${key}`) : undefined;
  };
  // After a failed save the form shows what was typed; otherwise what is on file.
  const shown = state.ok || !state.values ? current : { refundPaid: state.values.refundPaid ?? "", platformSkippedReview: state.values.platformSkippedReview === "on", note: state.values.note ?? "" };

  return (
    <form action={formAction} className="space-y-3" data-testid="platform-outcome-form" noValidate>
      {state.error && !state.fieldErrors?.refundPaid && !state.fieldErrors?.note ? <Alert>{te(state.error, state.errorValues)}</Alert> : null}
      <Field label={t("refundPaid")} htmlFor={`${id}-paid`} hint={t("refundPaidHint")} error={fieldError("refundPaid")}>
        <Input
          id={`${id}-paid`}
          name="refundPaid"
          inputMode="decimal"
          autoComplete="off"
          className="tabular-nums"
          defaultValue={shown.refundPaid}
          key={`paid-${shown.refundPaid}`}
          aria-invalid={fieldError("refundPaid") ? true : undefined}
        />
      </Field>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="platformSkippedReview"
          className="mt-0.5 size-4"
          defaultChecked={shown.platformSkippedReview}
          key={`skipped-${shown.platformSkippedReview}`}
          data-testid="platform-skipped-review"
        />
        <span>{t("skippedReview")}</span>
      </label>
      <Field label={t("note")} htmlFor={`${id}-note`} error={fieldError("note")}>
        <Textarea
          id={`${id}-note`}
          name="note"
          rows={3}
          maxLength={2000}
          placeholder={t("notePlaceholder")}
          defaultValue={shown.note}
          key={`note-${shown.note}`}
          aria-invalid={fieldError("note") ? true : undefined}
        />
      </Field>
      <Button type="submit" size="sm" disabled={pending} data-testid="platform-outcome-save">
        <Save aria-hidden />
        {pending ? t("saving") : t("save")}
      </Button>
      {state.ok ? (
        <p className="text-xs text-emerald-700" role="status" data-testid="platform-outcome-saved">
          {t("saved")}
        </p>
      ) : null}
    </form>
  );
}
