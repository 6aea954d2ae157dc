"use client";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, NativeSelect, Textarea } from "@/components/ui/input";
import type { DisputeStatus } from "@/lib/db/generated/enums";
import type { FormState } from "@/lib/http/form-state";

/**
 * Offers only the next statuses the caller may choose (computed on the server from the
 * status flow and the role). The recovered amount appears for WON and PARTIAL. The page
 * keys this control by the current status, so a successful change starts it afresh.
 */
export function DisputeStatusControl({
  action,
  options,
  recoveryStatuses,
}: {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  options: DisputeStatus[];
  recoveryStatuses: DisputeStatus[];
}) {
  const t = useTranslations("disputes.statusControl");
  const ts = useTranslations("domain.status");
  const te = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const [target, setTarget] = useState<DisputeStatus>(options[0]);
  const recovery = recoveryStatuses.includes(target);
  const error = (name: string) => {
    const key = state.fieldErrors?.[name]?.[0];
    return key ? te(`field.${key}`) : undefined;
  };

  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      className="space-y-3"
      data-testid="status-control"
      noValidate
    >
      {state.error ? <Alert>{te(state.error, state.errorValues)}</Alert> : null}
      <Field label={t("next")} htmlFor="toStatus" error={error("toStatus")}>
        <NativeSelect id="toStatus" name="toStatus" value={target} onChange={(e) => setTarget(e.target.value as DisputeStatus)}>
          {options.map((s) => (
            <option key={s} value={s}>
              {ts(s)}
            </option>
          ))}
        </NativeSelect>
      </Field>
      {recovery ? (
        <Field
          label={t("recoveredAmount")}
          htmlFor="recoveredAmount"
          error={error("recoveredAmount")}
          hint={target === "WON" ? t("recoveredHintWon") : t("recoveredHintPartial")}
        >
          <Input
            id="recoveredAmount"
            name="recoveredAmount"
            inputMode="decimal"
            autoComplete="off"
            className="tabular-nums"
            aria-invalid={error("recoveredAmount") ? true : undefined}
          />
        </Field>
      ) : null}
      <Field label={t("note")} htmlFor="statusNote" error={error("note")}>
        <Textarea id="statusNote" name="note" rows={2} maxLength={2000} placeholder={t("notePlaceholder")} />
      </Field>
      <Button type="submit" disabled={pending} className="w-full" data-testid="status-submit">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
