"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, Input, NativeSelect, Textarea } from "@/components/ui/input";
import type { Platform } from "@/lib/db/generated/enums";
import { DISPUTE_REASONS } from "@/lib/disputes/dispute-schemas";
import type { FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, data: FormData) => Promise<FormState>;

/**
 * The new/edit dispute form. Submits to a server action (so it also works without
 * JavaScript); with JavaScript the submit skips React's form reset, so typed values
 * stay put, and the first field with an error gets the focus.
 */
export function DisputeForm({
  action,
  mode,
  stores,
  products,
  defaults,
  cancelHref,
}: {
  action: Action;
  mode: "create" | "edit";
  stores: { id: string; name: string; platform: Platform }[];
  products: { id: string; name: string; sku: string | null }[];
  defaults: Record<string, string>;
  cancelHref: string;
}) {
  const t = useTranslations("disputes.form");
  const td = useTranslations("domain");
  const tr = useTranslations("disputes.reason");
  const te = useTranslations("errors");
  const tc = useTranslations("common");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const formRef = useRef<HTMLFormElement>(null);
  const values = { ...defaults, ...state.values };

  useEffect(() => {
    if (state.error) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [state]);

  const error = (name: string) => {
    const key = state.fieldErrors?.[name]?.[0];
    return key ? te(`field.${key}`) : undefined;
  };
  /** Props tying a control to its value, its label and its error message. */
  const control = (name: string) => ({
    id: name,
    name,
    defaultValue: values[name] ?? "",
    "aria-invalid": error(name) ? true : undefined,
    "aria-describedby": error(name) ? `${name}-error` : undefined,
  });

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      noValidate
      className="space-y-6"
      data-testid="dispute-form"
    >
      {state.error ? <Alert>{te(state.error)}</Alert> : null}

      <Card>
        <CardHeader>
          <CardTitle>{t("sectionOrder")}</CardTitle>
        </CardHeader>
        <CardContent className="grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Field label={t("store")} htmlFor="storeId" error={error("storeId")} className="lg:col-span-2">
            <NativeSelect {...control("storeId")} required>
              <option value="">{t("chooseStore")}</option>
              {stores.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} · {td(`platform.${s.platform}`)}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field label={t("product")} htmlFor="productId" error={error("productId")} className="lg:col-span-2">
            <NativeSelect {...control("productId")}>
              <option value="">{t("noProduct")}</option>
              {products.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.sku ? `${p.name} (${p.sku})` : p.name}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field label={t("orderNo")} htmlFor="orderNo" error={error("orderNo")} className="lg:col-span-2">
            <Input {...control("orderNo")} required maxLength={64} autoComplete="off" />
          </Field>
          <Field label={t("trackingNo")} htmlFor="trackingNo" error={error("trackingNo")} className="lg:col-span-2">
            <Input {...control("trackingNo")} maxLength={64} autoComplete="off" />
          </Field>
          <Field label={t("orderAmount")} htmlFor="orderAmount" error={error("orderAmount")} hint={t("amountHint")}>
            <Input {...control("orderAmount")} required inputMode="decimal" autoComplete="off" className="tabular-nums" />
          </Field>
          <Field label={t("orderedAt")} htmlFor="orderedAt" error={error("orderedAt")}>
            <Input {...control("orderedAt")} type="date" />
          </Field>
          <Field label={t("shippedAt")} htmlFor="shippedAt" error={error("shippedAt")}>
            <Input {...control("shippedAt")} type="date" />
          </Field>
          <Field label={t("deliveredAt")} htmlFor="deliveredAt" error={error("deliveredAt")}>
            <Input {...control("deliveredAt")} type="date" />
          </Field>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{t("sectionClaim")}</CardTitle>
        </CardHeader>
        <CardContent className="grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Field label={t("claimedAmount")} htmlFor="claimedAmount" error={error("claimedAmount")} hint={t("amountHint")}>
            <Input {...control("claimedAmount")} required inputMode="decimal" autoComplete="off" className="tabular-nums" />
          </Field>
          <Field label={t("reason")} htmlFor="reason" error={error("reason")}>
            <NativeSelect {...control("reason")} required>
              {DISPUTE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {tr(r)}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field label={t("claimFiledAt")} htmlFor="claimFiledAt" error={error("claimFiledAt")}>
            <Input {...control("claimFiledAt")} type="date" required />
          </Field>
          <Field label={t("responseDeadline")} htmlFor="responseDeadline" error={error("responseDeadline")} hint={t("responseDeadlineHint")}>
            <Input {...control("responseDeadline")} type="datetime-local" />
          </Field>
          <Field label={t("claimText")} htmlFor="claimText" error={error("claimText")} hint={t("claimTextHint")} className="sm:col-span-2 lg:col-span-4">
            <Textarea {...control("claimText")} rows={4} maxLength={5000} />
          </Field>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>{t("sectionBuyer")}</CardTitle>
        </CardHeader>
        <CardContent className="grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <p className="text-xs text-muted-foreground sm:col-span-2 lg:col-span-4">{t("buyerPrivacy")}</p>
          <Field label={t("buyerNickname")} htmlFor="buyerNickname" error={error("buyerNickname")}>
            <Input {...control("buyerNickname")} maxLength={100} autoComplete="off" />
          </Field>
          <Field label={t("buyerPlatformId")} htmlFor="buyerPlatformId" error={error("buyerPlatformId")}>
            <Input {...control("buyerPlatformId")} maxLength={100} autoComplete="off" />
          </Field>
          <Field label={t("buyerPhone")} htmlFor="buyerPhone" error={error("buyerPhone")} hint={mode === "edit" ? t("keepOnFile") : undefined}>
            <Input {...control("buyerPhone")} type="tel" maxLength={40} autoComplete="off" />
          </Field>
          <Field label={t("buyerAddress")} htmlFor="buyerAddress" error={error("buyerAddress")} hint={mode === "edit" ? t("keepOnFile") : undefined}>
            <Input {...control("buyerAddress")} maxLength={300} autoComplete="off" />
          </Field>
        </CardContent>
      </Card>

      <div className="flex items-center justify-end gap-2">
        <Button asChild variant="ghost">
          <Link href={cancelHref}>{tc("cancel")}</Link>
        </Button>
        <Button type="submit" disabled={pending} data-testid="dispute-form-submit">
          {pending ? t(mode === "create" ? "creating" : "saving") : t(mode === "create" ? "create" : "save")}
        </Button>
      </div>
    </form>
  );
}
