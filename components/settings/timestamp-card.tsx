"use client";
import { ShieldCheck, ShieldOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/input";
import type { FormState } from "@/lib/http/form-state";
import { FormFeedback, useFieldError, type FormAction } from "./form-feedback";

/** The merchant's RFC 3161 TSA: shown to everyone, set or cleared by owner/admin (action given). */
export function TimestampCard({ settings, action }: { settings: { tsaUrl: string | null; files: number; stamped: number }; action: FormAction | null }) {
  const t = useTranslations("timestamps.card");
  const [state, formAction, pending] = useActionState<FormState, FormData>(action ?? (async (previous) => previous), { ok: false });
  const fieldError = useFieldError(state);
  const cleared = state.ok && !settings.tsaUrl;

  return (
    <Card id="trusted-timestamps">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3">
        <p className="text-sm text-muted-foreground">{t("description")}</p>
        {settings.tsaUrl ? (
          <p className="flex items-center gap-2 text-sm text-emerald-800" data-testid="tsa-status" data-configured="true">
            <ShieldCheck className="size-4" aria-hidden />
            <span className="break-all">{t("configured", { url: settings.tsaUrl })}</span>
            <span className="text-muted-foreground">· {t("stats", { stamped: settings.stamped, files: settings.files })}</span>
          </p>
        ) : (
          <p className="flex items-center gap-2 text-sm text-amber-800" data-testid="tsa-status" data-configured="false">
            <ShieldOff className="size-4" aria-hidden />
            {t("notConfigured")}
          </p>
        )}
        {action ? (
          <form action={formAction} className="space-y-3" noValidate data-testid="tsa-form">
            <FormFeedback state={state} success={cleared ? t("cleared") : t("saved")} />
            <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto_auto] sm:items-start">
              <Field label={t("url")} htmlFor="tsa-url" error={fieldError("tsaUrl")} hint={t("urlHint")}>
                <Input
                  id="tsa-url"
                  name="tsaUrl"
                  type="url"
                  inputMode="url"
                  maxLength={500}
                  placeholder="https://tsa.example.cn/tsr"
                  defaultValue={state.values?.tsaUrl ?? settings.tsaUrl ?? ""}
                  aria-invalid={!!fieldError("tsaUrl")}
                />
              </Field>
              <Button type="submit" disabled={pending} className="sm:mt-[1.375rem]">
                {t("save")}
              </Button>
              {settings.tsaUrl ? (
                <Button type="submit" name="tsaUrl" value="" variant="outline" disabled={pending} className="sm:mt-[1.375rem]">
                  {t("clear")}
                </Button>
              ) : null}
            </div>
          </form>
        ) : (
          <p className="text-xs text-muted-foreground">{t("readOnly")}</p>
        )}
      </CardContent>
    </Card>
  );
}
