import { z } from "zod";
import { AppError } from "@/lib/errors";

/**
 * What a server action returns to its form: field errors and a general error as i18n keys
 * under "errors", plus the submitted values so nothing the user typed is lost, and on
 * success whatever the form shows next (`result`, e.g. a new API key shown once).
 */
export interface FormState<Result = never> {
  ok: boolean;
  error?: string;
  /** Values the error message interpolates (e.g. how many findings still await review). */
  errorValues?: Record<string, string | number>;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  result?: Result;
}

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && key !== "password") values[key] = value;
  return values;
}

/** Maps a zod issue to an i18n key under "errors.field". */
function issueKey(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" && issue.minimum === 1 ? "required" : "tooSmall";
    case "too_big":
      return "tooBig";
    case "invalid_format":
      return issue.format === "email" ? "email" : "format";
    case "invalid_type":
      return issue.input === undefined ? "required" : "format";
    case "invalid_value":
      return "choice";
    default:
      return issue.message && /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "format";
  }
}

export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issueKey(issue));
  }
  return out;
}

/** Turns a thrown error into form state; unknown errors are logged and shown as "unexpected". */
export function errorToFormState(error: unknown, values: Record<string, string>): FormState {
  if (error instanceof z.ZodError) return { ok: false, error: "validation", fieldErrors: zodFieldErrors(error), values };
  if (error instanceof AppError) return { ok: false, error: error.messageKey, errorValues: error.values, fieldErrors: error.fieldErrors, values };
  console.error(error);
  return { ok: false, error: "unexpected", values };
}
