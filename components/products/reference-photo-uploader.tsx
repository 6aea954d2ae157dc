"use client";
import { Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { postFileWithProgress } from "@/components/evidence/post-file-with-progress";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { formatByteSize } from "@/lib/evidence/format-byte-size";
import { cn } from "@/lib/utils/cn";

type ItemStatus = "queued" | "uploading" | "processing" | "done" | "failed";

interface QueueItem {
  key: string;
  name: string;
  progress: number;
  status: ItemStatus;
  error?: string;
}

/** Uploads the chosen listing photos one after another, each with its own progress bar. */
export function ReferencePhotoUploader({ productId, accept, maxBytes }: { productId: string; accept: string; maxBytes: number }) {
  const t = useTranslations("products.upload");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [queue, setQueue] = useState<QueueItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const update = (key: string, patch: Partial<QueueItem>) =>
    setQueue((items) => items.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  const fail = (key: string, error: string): false => {
    update(key, { status: "failed", error });
    return false;
  };

  async function uploadOne(file: File, key: string): Promise<boolean> {
    if (file.size === 0) return fail(key, t("emptyClient"));
    if (file.size > maxBytes) return fail(key, t("tooLargeClient", { cap: formatByteSize(maxBytes) }));
    const form = new FormData();
    form.append("kind", "REFERENCE_PHOTO");
    form.append("file", file, file.name);
    update(key, { status: "uploading" });
    try {
      const answer = await postFileWithProgress(`/api/products/${productId}/reference-photos`, form, {
        locale,
        onProgress: (fraction) => update(key, { progress: fraction, status: fraction >= 1 ? "processing" : "uploading" }),
      });
      if (answer.status === 201) {
        update(key, { status: "done", progress: 1 });
        return true;
      }
      return fail(key, answer.body?.error?.message ?? t("httpError", { status: answer.status }));
    } catch {
      return fail(key, t("networkError"));
    }
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const files = Array.from(fileInput.current?.files ?? []);
    if (!files.length) {
      setFormError(t("noFilesSelected"));
      fileInput.current?.focus();
      return;
    }
    setFormError(null);
    setBusy(true);
    const items = files.map((file, index) => ({ key: `${Date.now()}-${index}`, name: file.name, progress: 0, status: "queued" as const }));
    setQueue(items);
    let uploaded = 0;
    for (const [index, file] of files.entries()) if (await uploadOne(file, items[index].key)) uploaded++;
    setBusy(false);
    if (fileInput.current) fileInput.current.value = "";
    if (uploaded) router.refresh();
  }

  const statusText = (item: QueueItem) => {
    switch (item.status) {
      case "queued":
        return t("statusQueued");
      case "uploading":
        return t("statusUploading", { percent: Math.round(item.progress * 100) });
      case "processing":
        return t("statusProcessing");
      case "done":
        return t("statusDone");
      case "failed":
        return t("statusFailed");
    }
  };

  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-labelledby={`${id}-heading`} data-testid="reference-upload-form" noValidate>
      <h2 id={`${id}-heading`} className="text-sm font-semibold">
        {t("heading")}
      </h2>
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-start">
        <Field label={t("filesLabel")} htmlFor={`${id}-files`} hint={t("filesHint", { cap: formatByteSize(maxBytes) })} error={formError ?? undefined}>
          <Input
            ref={fileInput}
            id={`${id}-files`}
            name="file"
            type="file"
            multiple
            accept={accept}
            disabled={busy}
            aria-invalid={formError ? true : undefined}
            className="h-auto py-1.5"
          />
        </Field>
        <Button type="submit" disabled={busy} className="sm:mt-[1.375rem]" data-testid="reference-upload-submit">
          <Upload aria-hidden />
          {busy ? t("uploading") : t("submit")}
        </Button>
      </div>
      {queue.length ? (
        <ul className="space-y-2" aria-label={t("queue")} aria-live="polite">
          {queue.map((item) => (
            <li key={item.key} className="space-y-1 text-sm" data-testid="upload-item" data-status={item.status}>
              <div className="flex items-center justify-between gap-3">
                <span className="truncate" title={item.name}>
                  {item.name}
                </span>
                <span className={cn("shrink-0 text-xs", item.status === "failed" ? "text-destructive" : "text-muted-foreground")}>{statusText(item)}</span>
              </div>
              <progress
                className={cn(
                  "block h-1.5 w-full appearance-none overflow-hidden rounded-full bg-muted [&::-webkit-progress-bar]:bg-muted",
                  item.status === "failed"
                    ? "[&::-moz-progress-bar]:bg-destructive [&::-webkit-progress-value]:bg-destructive"
                    : "[&::-moz-progress-bar]:bg-primary [&::-webkit-progress-value]:bg-primary",
                )}
                max={1}
                value={item.progress}
                aria-label={t("progressLabel", { name: item.name })}
              />
              {item.error ? <Alert className="py-1.5">{item.error}</Alert> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
