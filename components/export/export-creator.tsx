"use client";
import { FileDown, Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, NativeSelect } from "@/components/ui/input";
import { locales, type Locale } from "@/lib/i18n/locales";

/**
 * Language choice and the export button; the request takes seconds (Chromium prints the PDF), so it shows progress.
 * `ready` is false while findings await review (the section says why); the server refuses such an export anyway.
 */
export function ExportCreator({ disputeId, ready }: { disputeId: string; ready: boolean }) {
  const t = useTranslations("export");
  const uiLocale = useLocale();
  const router = useRouter();
  const id = useId();
  const [locale, setLocale] = useState<Locale>(uiLocale === "en" ? "en" : "zh-CN");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const response = await fetch(`/api/disputes/${disputeId}/exports`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept-Language": uiLocale },
        body: JSON.stringify({ locale }),
      });
      const body = await response.json().catch(() => null);
      if (response.status === 201) {
        setMessage({ ok: true, text: t("created", { id: body.export.id.slice(0, 8) }) });
        router.refresh();
      } else {
        setMessage({ ok: false, text: t("failed", { message: body?.error?.message ?? response.status }) });
      }
    } catch {
      setMessage({ ok: false, text: t("networkError") });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" data-testid="export-form" aria-busy={busy}>
      <Field label={t("language")} htmlFor={`${id}-locale`}>
        <NativeSelect id={`${id}-locale`} value={locale} onChange={(e) => setLocale(e.target.value as Locale)} disabled={busy}>
          {locales.map((value) => (
            <option key={value} value={value}>
              {value === "en" ? t("localeEn") : t("localeZh")}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Button type="submit" disabled={busy || !ready} className="w-full" data-testid="export-create">
        {busy ? <Loader2 className="animate-spin" aria-hidden /> : <FileDown aria-hidden />}
        {busy ? t("creating") : t("create")}
      </Button>
      {busy ? (
        <p className="text-xs text-muted-foreground" role="status">
          {t("creatingHint")}
        </p>
      ) : null}
      {message ? (
        message.ok ? (
          <p className="text-xs text-emerald-700" role="status" data-testid="export-created">
            {message.text}
          </p>
        ) : (
          <Alert>{message.text}</Alert>
        )
      ) : null}
    </form>
  );
}
