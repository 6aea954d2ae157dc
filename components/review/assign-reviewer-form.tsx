"use client";
import { UserCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/input";
import type { FormState } from "@/lib/http/form-state";

/** Who reviews this case: a member who may decide on findings, or nobody. Works without JavaScript too. */
export function AssignReviewerForm({
  action,
  reviewers,
  current,
  orderNo,
}: {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  reviewers: { userId: string; name: string }[];
  current: string | null;
  orderNo: string;
}) {
  const t = useTranslations("review.assign");
  const te = useTranslations("errors");
  const id = useId();
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const error = state.fieldErrors?.reviewerId?.[0];

  return (
    <form action={formAction} className="flex items-center gap-2" data-testid="assign-reviewer-form">
      <label htmlFor={`${id}-reviewer`} className="sr-only">
        {t("label", { orderNo })}
      </label>
      <NativeSelect
        id={`${id}-reviewer`}
        name="reviewerId"
        defaultValue={state.values?.reviewerId ?? current ?? ""}
        className="h-8 min-w-32"
        aria-invalid={error ? true : undefined}
        aria-describedby={error || state.error ? `${id}-error` : undefined}
      >
        <option value="">{t("nobody")}</option>
        {reviewers.map((reviewer) => (
          <option key={reviewer.userId} value={reviewer.userId}>
            {reviewer.name}
          </option>
        ))}
      </NativeSelect>
      <Button type="submit" size="sm" variant="outline" disabled={pending} data-testid="assign-reviewer-submit">
        <UserCheck aria-hidden />
        {pending ? t("saving") : t("submit")}
      </Button>
      {error || (state.error && !state.ok) ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-destructive">
          {error ? te(`field.${error}`) : te(state.error!)}
        </p>
      ) : null}
    </form>
  );
}
