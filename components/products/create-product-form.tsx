"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormFeedback, useFieldError, type FormAction } from "@/components/settings/form-feedback";
import { Button } from "@/components/ui/button";
import { Field, Input, NativeSelect } from "@/components/ui/input";

export function CreateProductForm({ stores, action }: { stores: { id: string; name: string }[]; action: FormAction }) {
  const t = useTranslations("products");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const fieldError = useFieldError(state);
  const v = state.values ?? {};

  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="product-form" aria-labelledby="create-product-title">
      <h2 id="create-product-title" className="text-sm font-semibold">
        {t("createTitle")}
      </h2>
      <FormFeedback state={state} />
      <div className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-end">
        <Field label={t("name")} htmlFor="product-name" error={fieldError("name")}>
          <Input id="product-name" name="name" defaultValue={v.name} required maxLength={200} aria-invalid={!!fieldError("name")} />
        </Field>
        <Field label={t("sku")} htmlFor="product-sku" error={fieldError("sku")}>
          <Input id="product-sku" name="sku" defaultValue={v.sku} maxLength={100} autoComplete="off" aria-invalid={!!fieldError("sku")} />
        </Field>
        <Field label={t("store")} htmlFor="product-store" error={fieldError("storeId")}>
          <NativeSelect id="product-store" name="storeId" defaultValue={v.storeId ?? ""}>
            <option value="">{t("noStore")}</option>
            {stores.map((store) => (
              <option key={store.id} value={store.id}>
                {store.name}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Button type="submit" disabled={pending} data-testid="product-submit">
          {pending ? t("creating") : t("create")}
        </Button>
      </div>
    </form>
  );
}
