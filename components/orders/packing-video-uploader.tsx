"use client";
import { Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { postFileWithProgress } from "@/components/evidence/post-file-with-progress";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FileInput } from "@/components/ui/file-input";
import { Field } from "@/components/ui/input";

type State = { status: "idle" } | { status: "uploading"; progress: number } | { status: "processing" } | { status: "done"; name: string } | { status: "failed"; error: string };

/**
 * Uploads one packing video (kind PACKING_VIDEO) to `url`: an order's own endpoint, or
 * the by-name endpoint that links the clip through the tracking number in its file name.
 */
export function PackingVideoUploader({ url, heading, hint, accept }: { url: string; heading: string; hint: string; accept: string }) {
  const t = useTranslations("orders.detail");
  const te = useTranslations("evidence");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const [state, setState] = useState<State>({ status: "idle" });
  const busy = state.status === "uploading" || state.status === "processing";

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) return setState({ status: "failed", error: t("chooseVideo") });
    const form = new FormData();
    form.append("kind", "PACKING_VIDEO");
    form.append("file", file, file.name);
    setState({ status: "uploading", progress: 0 });
    try {
      const answer = await postFileWithProgress(url, form, {
        locale,
        onProgress: (fraction) => setState(fraction >= 1 ? { status: "processing" } : { status: "uploading", progress: fraction }),
      });
      if (answer.status === 201) {
        setState({ status: "done", name: file.name });
        setPickerKey((key) => key + 1);
        router.refresh();
      } else {
        setState({ status: "failed", error: answer.body?.error?.message ?? te("httpError", { status: answer.status }) });
      }
    } catch {
      setState({ status: "failed", error: te("networkError") });
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-2" aria-labelledby={`${id}-heading`} data-testid="packing-video-upload" noValidate>
      <h3 id={`${id}-heading`} className="text-sm font-semibold">
        {heading}
      </h3>
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-start">
        <Field label={te("fileLabel")} htmlFor={`${id}-file`} hint={hint}>
          <FileInput key={pickerKey} ref={fileInput} id={`${id}-file`} accept={accept} disabled={busy} />
        </Field>
        <Button type="submit" disabled={busy} className="sm:mt-[1.375rem]">
          <Upload aria-hidden />
          {state.status === "uploading" ? t("uploading", { percent: Math.round(state.progress * 100) }) : state.status === "processing" ? t("processing") : t("upload")}
        </Button>
      </div>
      {state.status === "failed" ? <Alert data-testid="packing-video-error">{state.error}</Alert> : null}
      {state.status === "done" ? (
        <Alert tone="success" data-testid="packing-video-done">
          {t("uploaded")} {state.name}
        </Alert>
      ) : null}
    </form>
  );
}
