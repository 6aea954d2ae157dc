"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { FormState } from "@/lib/http/form-state";

export type FormAction = (prev: FormState, data: FormData) => Promise<FormState>;

/** The translated first error of a field, for <Field error>. */
export function useFieldError(state: FormState<unknown>) {
  const te = useTranslations("errors");
  return (name: string) => {
    const key = state.fieldErrors?.[name]?.[0];
    return key ? te(`field.${key}`) : undefined;
  };
}

/** The form's general error, or its success message once the action went through. */
export function FormFeedback({ state, success }: { state: FormState<unknown>; success?: string }) {
  const te = useTranslations("errors");
  if (state.error) return <Alert>{te(state.error)}</Alert>;
  if (state.ok && success) return <Alert tone="success">{success}</Alert>;
  return null;
}
