"use client";
import { Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FileInput } from "@/components/ui/file-input";
import { Field, NativeSelect } from "@/components/ui/input";
import type { EvidenceKind } from "@/lib/db/generated/enums";
import { formatByteSize } from "@/lib/evidence/format-byte-size";
import { cn } from "@/lib/utils/cn";
import { postFileWithProgress } from "./post-file-with-progress";

export interface UploadKindOption {
  value: EvidenceKind;
  label: string;
  /** Picker hint only; the server checks the content. */
  accept: string;
  maxBytes: number;
}

type ItemStatus = "queued" | "uploading" | "processing" | "done" | "failed";

interface QueueItem {
  key: string;
  name: string;
  progress: number;
  status: ItemStatus;
  error?: string;
}

/** Wording for an uploader of one particular place (e.g. a product's listing photos); the evidence texts otherwise. */
export interface UploaderTexts {
  heading: string;
  filesLabel: string;
  filesHint: string;
}

/**
 * Uploads the chosen files one after another to `endpoint`, each as its own request with
 * `kind` sent before the file (the server applies the kind's rules while the bytes stream
 * in). With a single kind there is nothing to choose, so no kind picker is shown.
 */
export function EvidenceUploader({
  endpoint,
  kinds,
  texts,
  testId = "evidence-upload-form",
  submitTestId,
}: {
  endpoint: string;
  kinds: UploadKindOption[];
  texts?: UploaderTexts;
  testId?: string;
  submitTestId?: string;
}) {
  const t = useTranslations("evidence");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const [kind, setKind] = useState<EvidenceKind>(kinds.some((option) => option.value === "BUYER_PHOTO") ? "BUYER_PHOTO" : kinds[0].value);
  const [queue, setQueue] = useState<QueueItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const selected = kinds.find((option) => option.value === kind) ?? kinds[0];

  const update = (key: string, patch: Partial<QueueItem>) =>
    setQueue((items) => items.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  async function uploadOne(file: File, key: string): Promise<boolean> {
    if (file.size === 0) return fail(key, t("emptyClient"));
    if (file.size > selected.maxBytes) return fail(key, t("tooLargeClient", { cap: formatByteSize(selected.maxBytes) }));
    const form = new FormData();
    form.append("kind", selected.value);
    form.append("file", file, file.name);
    update(key, { status: "uploading" });
    try {
      const answer = await postFileWithProgress(endpoint, form, {
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

  function fail(key: string, error: string): false {
    update(key, { status: "failed", error });
    return false;
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
    for (const [index, file] of files.entries()) {
      if (await uploadOne(file, items[index].key)) uploaded++;
    }
    setBusy(false);
    setPickerKey((key) => key + 1);
    if (uploaded) router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-labelledby={`${id}-heading`} data-testid={testId} noValidate>
      <h3 id={`${id}-heading`} className="text-sm font-semibold">
        {texts?.heading ?? t("uploadHeading")}
      </h3>
      <div className={cn("grid gap-3 sm:items-start", kinds.length > 1 ? "sm:grid-cols-[14rem_minmax(0,1fr)_auto]" : "sm:grid-cols-[minmax(0,1fr)_auto]")}>
        {kinds.length > 1 ? (
          <Field label={t("kindLabel")} htmlFor={`${id}-kind`}>
            <NativeSelect id={`${id}-kind`} name="kind" value={kind} onChange={(e) => setKind(e.target.value as EvidenceKind)} disabled={busy}>
              {kinds.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </NativeSelect>
          </Field>
        ) : null}
        <Field
          label={texts?.filesLabel ?? t("filesLabel")}
          htmlFor={`${id}-files`}
          hint={texts?.filesHint ?? t("filesHint", { cap: formatByteSize(selected.maxBytes) })}
          error={formError ?? undefined}
        >
          <FileInput
            key={pickerKey}
            ref={fileInput}
            id={`${id}-files`}
            name="file"
            multiple
            accept={selected.accept}
            disabled={busy}
            aria-invalid={formError ? true : undefined}
            aria-describedby={formError ? `${id}-files-error` : undefined}
          />
        </Field>
        <Button type="submit" disabled={busy} className="sm:mt-[1.375rem]" data-testid={submitTestId}>
          <Upload aria-hidden />
          {busy ? t("uploading") : t("upload")}
        </Button>
      </div>
      {queue.length ? (
        <ul className="space-y-2" aria-label={t("uploadQueue")} aria-live="polite">
          {queue.map((item) => (
            <li key={item.key} className="space-y-1 text-sm" data-testid="upload-item" data-status={item.status}>
              <div className="flex items-center justify-between gap-3">
                <span className="truncate" title={item.name}>
                  {item.name}
                </span>
                <span className={cn("shrink-0 text-xs", item.status === "failed" ? "text-destructive" : "text-muted-foreground")}>
                  {statusText(item, t)}
                </span>
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
                data-testid="upload-progress"
              />
              {item.error ? <Alert className="py-1.5">{item.error}</Alert> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}

function statusText(item: QueueItem, t: ReturnType<typeof useTranslations<"evidence">>): string {
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
}
