"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/input";
import type { FormState } from "@/lib/http/form-state";
import { fenToYuanInput, formatFen } from "@/lib/utils/money";
import { FormFeedback, useFieldError, type FormAction } from "./form-feedback";

type Range = { tier: "relatively-large" | "huge" | "especially-huge"; minFen: number; maxFen: number };

export type LegalThresholdsValues = {
  province: string | null;
  relativelyLargeFen: number | null;
  hugeFen: number | null;
  especiallyHugeFen: number | null;
  ranges: Range[];
};

const FIELDS = [
  { name: "relativelyLarge", tier: "relatively-large", value: "relativelyLargeFen" },
  { name: "huge", tier: "huge", value: "hugeFen" },
  { name: "especiallyHuge", tier: "especially-huge", value: "especiallyHugeFen" },
] as const;

/** Province fraud thresholds: editable by owner/admin (action given), read-only otherwise. */
export function LegalThresholdsCard({ values, action }: { values: LegalThresholdsValues; action: FormAction | null }) {
  const t = useTranslations("legal.thresholds");
  const [state, formAction, pending] = useActionState<FormState, FormData>(action ?? (async (previous) => previous), { ok: false });
  const fieldError = useFieldError(state);
  const posted = state.values ?? {};
  const span = (range: Range) => (range.minFen === range.maxFen ? formatFen(range.minFen) : `${formatFen(range.minFen)} – ${formatFen(range.maxFen)}`);

  return (
    <Card id="legal-thresholds">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <Link href="/legal" className="text-xs text-primary underline">
          {t("rulesLink")}
        </Link>
      </CardHeader>
      <CardContent>
        <form action={formAction} className="space-y-3" noValidate data-testid="legal-thresholds-form">
          <p className="text-sm text-muted-foreground">{t("description")}</p>
          <FormFeedback state={state} success={t("saved")} />
          <div className="grid gap-3 sm:grid-cols-4 sm:items-start">
            <Field label={t("province")} htmlFor="threshold-province" error={fieldError("province")}>
              <Input
                id="threshold-province"
                name="province"
                maxLength={40}
                placeholder={t("provincePlaceholder")}
                defaultValue={posted.province ?? values.province ?? ""}
                disabled={!action}
              />
            </Field>
            {FIELDS.map((field) => {
              const range = values.ranges.find((r) => r.tier === field.tier)!;
              const stored = values[field.value];
              return (
                <Field
                  key={field.name}
                  label={t(field.name)}
                  htmlFor={`threshold-${field.name}`}
                  error={fieldError(field.name)}
                  hint={t("rangeHint", { range: span(range) })}
                >
                  <Input
                    id={`threshold-${field.name}`}
                    name={field.name}
                    inputMode="decimal"
                    placeholder={t("defaultValue", { amount: formatFen(range.minFen) })}
                    defaultValue={posted[field.name] ?? (stored === null ? "" : fenToYuanInput(stored))}
                    aria-invalid={!!fieldError(field.name)}
                    disabled={!action}
                  />
                </Field>
              );
            })}
          </div>
          {action ? (
            <Button type="submit" disabled={pending}>
              {t("save")}
            </Button>
          ) : (
            <p className="text-xs text-muted-foreground">{t("readOnly")}</p>
          )}
        </form>
      </CardContent>
    </Card>
  );
}
