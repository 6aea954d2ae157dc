import { z } from "zod";
import { AppError } from "@/lib/errors";
import { localeFromRequest, translator, type Translate } from "@/lib/i18n/translator";
import { zodFieldErrors } from "./form-state";

/**
 * The JSON error body of every route handler:
 * { error: { code, message, fields? } } with the message in the caller's language.
 */
export function errorResponse(error: unknown, request: Request): Response {
  const t = translator(localeFromRequest(request.headers), "errors");
  if (error instanceof z.ZodError) {
    const fields = zodFieldErrors(error);
    return Response.json(
      { error: { code: "VALIDATION", message: t("validation"), fields: translateFields(fields, t) } },
      { status: 400 },
    );
  }
  if (error instanceof AppError) {
    return Response.json(
      {
        error: {
          code: error.code,
          message: t(error.messageKey, error.values),
          ...(Object.keys(error.fieldErrors).length ? { fields: translateFields(error.fieldErrors, t) } : {}),
        },
      },
      { status: error.status },
    );
  }
  console.error(error);
  return Response.json({ error: { code: "INTERNAL", message: t("unexpected") } }, { status: 500 });
}

function translateFields(fields: Record<string, string[]>, t: Translate) {
  return Object.fromEntries(Object.entries(fields).map(([k, keys]) => [k, keys.map((key) => t(`field.${key}`))]));
}
