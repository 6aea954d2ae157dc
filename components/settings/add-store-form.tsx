"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, NativeSelect } from "@/components/ui/input";
import type { Platform } from "@/lib/db/generated/enums";
import { FormFeedback, useFieldError, type FormAction } from "./form-feedback";

export function AddStoreForm({ platforms, action }: { platforms: Platform[]; action: FormAction }) {
  const t = useTranslations("settings.stores");
  const tp = useTranslations("domain.platform");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const fieldError = useFieldError(state);
  const v = state.values ?? {};

  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="store-form" aria-labelledby="add-store-title">
      <h3 id="add-store-title" className="text-sm font-semibold">
        {t("addTitle")}
      </h3>
      <FormFeedback state={state} success={t("added")} />
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr_auto] sm:items-end">
        <Field label={t("platform")} htmlFor="store-platform" error={fieldError("platform")}>
          <NativeSelect id="store-platform" name="platform" defaultValue={v.platform ?? "TAOBAO"} aria-invalid={!!fieldError("platform")}>
            {platforms.map((platform) => (
              <option key={platform} value={platform}>
                {tp(platform)}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label={t("name")} htmlFor="store-name" error={fieldError("name")}>
          <Input id="store-name" name="name" defaultValue={v.name} required maxLength={100} aria-invalid={!!fieldError("name")} />
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? t("adding") : t("add")}
        </Button>
      </div>
    </form>
  );
}
