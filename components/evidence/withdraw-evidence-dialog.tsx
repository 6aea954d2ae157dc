"use client";
import { Undo2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/input";

/** Asks for the reason, then withdraws; the evidence stays visible, marked as withdrawn. */
export function WithdrawEvidenceDialog({ evidenceId, fileName }: { evidenceId: string; fileName: string }) {
  const t = useTranslations("evidence");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "");
    setPending(true);
    setError(null);
    setFieldError(null);
    try {
      const response = await fetch(`/api/evidence/${evidenceId}/withdraw`, {
        method: "POST",
        // Error messages in the language of the page, not of the browser.
        headers: { "content-type": "application/json", "accept-language": locale },
        body: JSON.stringify({ reason }),
      });
      if (response.ok) {
        setOpen(false);
        router.refresh();
        return;
      }
      const body = await response.json().catch(() => null);
      setFieldError(body?.error?.fields?.reason?.[0] ?? null);
      setError(body?.error?.message ?? t("requestFailed", { status: response.status }));
    } catch {
      setError(t("connectionError"));
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setError(null);
        setFieldError(null);
      }}
    >
      <Dialog.Trigger asChild>
        <Button type="button" variant="outline" size="sm" aria-label={t("withdrawItem", { name: fileName })}>
          <Undo2 aria-hidden />
          {t("withdraw")}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content
          className="fixed top-1/2 left-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg border border-border bg-card p-5 shadow-lg"
          data-testid="withdraw-dialog"
        >
          <div className="space-y-1">
            <Dialog.Title className="text-base font-semibold">{t("withdrawTitle")}</Dialog.Title>
            <p className="truncate text-sm font-medium" title={fileName}>
              {fileName}
            </p>
            <Dialog.Description className="text-sm text-muted-foreground">{t("withdrawDescription")}</Dialog.Description>
          </div>
          <form onSubmit={onSubmit} className="space-y-4" noValidate>
            {error && !fieldError ? <Alert>{error}</Alert> : null}
            <Field label={t("reasonLabel")} htmlFor={`${id}-reason`} hint={t("reasonHint")} error={fieldError ?? undefined}>
              <Textarea
                id={`${id}-reason`}
                name="reason"
                required
                maxLength={2000}
                autoFocus
                aria-invalid={fieldError ? true : undefined}
                aria-describedby={fieldError ? `${id}-reason-error` : undefined}
              />
            </Field>
            <div className="flex justify-end gap-2">
              <Dialog.Close asChild>
                <Button type="button" variant="outline">
                  {t("cancel")}
                </Button>
              </Dialog.Close>
              <Button type="submit" variant="destructive" disabled={pending}>
                {pending ? t("withdrawing") : t("confirmWithdraw")}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
