"use client";
import { RefreshCw, Save } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormFeedback, type FormAction } from "@/components/settings/form-feedback";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import type { DocumentLocale } from "@/lib/documents/document-types";
import type { DisputeDocument } from "@/lib/documents/get-dispute-documents";
import type { FormState } from "@/lib/http/form-state";
import { cn } from "@/lib/utils/cn";

/**
 * Document list with a language switch (the documents' language, independent of the UI's).
 * Every text is a React text node or a form value: buyer-supplied words never become HTML.
 */
export function DocumentsPanel({
  documents,
  initialLocale,
  canEdit,
  saveAction,
  regenerateAction,
}: {
  documents: Record<DocumentLocale, DisputeDocument[]>;
  initialLocale: DocumentLocale;
  canEdit: boolean;
  saveAction: FormAction;
  regenerateAction: FormAction;
}) {
  const t = useTranslations("documents");
  const [lang, setLang] = useState<DocumentLocale>(initialLocale);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        {/* A select, not buttons: the page's own 中文/English switch stays the only such button. */}
        <label htmlFor="documents-language" className="text-xs text-muted-foreground">
          {t("language")}
        </label>
        <NativeSelect
          id="documents-language"
          className="w-32"
          value={lang}
          onChange={(event) => setLang(event.target.value === "en" ? "en" : "zh-CN")}
          data-testid="documents-language"
        >
          {(["zh-CN", "en"] as const).map((option) => (
            <option key={option} value={option}>
              {t(`languages.${option}`)}
            </option>
          ))}
        </NativeSelect>
        <span className="text-xs text-muted-foreground">{t("hint")}</span>
      </div>
      <ul className="space-y-3">
        {documents[lang].map((doc) => (
          <DocumentItem key={`${lang}-${doc.type}`} doc={doc} lang={lang} canEdit={canEdit} saveAction={saveAction} regenerateAction={regenerateAction} />
        ))}
      </ul>
    </div>
  );
}

function DocumentItem({
  doc,
  lang,
  canEdit,
  saveAction,
  regenerateAction,
}: {
  doc: DisputeDocument;
  lang: DocumentLocale;
  canEdit: boolean;
  saveAction: FormAction;
  regenerateAction: FormAction;
}) {
  const t = useTranslations("documents");
  const format = useFormatter();
  if (!doc.available) {
    return (
      <li className="rounded-md border border-dashed border-border px-3 py-2 text-sm text-muted-foreground" data-testid="document" data-type={doc.type} data-available="false">
        <span className="font-medium text-foreground">{t(`types.${doc.type}`)}</span>
        <Badge tone="slate" className="ml-2">
          {t("notAvailable")}
        </Badge>
        <p className="mt-1 text-xs">{lang === "en" ? doc.reason.en : doc.reason.zh}</p>
      </li>
    );
  }
  return (
    <li className="rounded-md border border-border" data-testid="document" data-type={doc.type} data-available="true">
      <details>
        <summary className="flex cursor-pointer flex-wrap items-center gap-2 px-3 py-2 text-sm">
          <span className="font-medium">{t(`types.${doc.type}`)}</span>
          <Badge tone={doc.saved ? (doc.edited ? "violet" : "blue") : "slate"}>
            {doc.saved ? (doc.edited ? t("state.edited") : t("state.saved")) : t("state.generated")}
          </Badge>
          {doc.includeInExport ? <Badge tone="green">{t("inExport")}</Badge> : <Badge tone="neutral">{t("notInExport")}</Badge>}
          {doc.updatedAt ? (
            <span className="text-xs text-muted-foreground">
              {t("updated", { date: format.dateTime(doc.updatedAt, { dateStyle: "medium", timeStyle: "short" }), name: doc.updatedByName ?? "—" })}
            </span>
          ) : null}
        </summary>
        <div className="border-t border-border p-3">
          {canEdit ? (
            // A save or regeneration changes updatedAt: the form remounts with the stored text, and the
            // badge and time in the summary above confirm the save.
            <EditForm key={doc.updatedAt?.toISOString() ?? "generated"} doc={doc} lang={lang} saveAction={saveAction} regenerateAction={regenerateAction} />
          ) : (
            <div className="space-y-2">
              <p className="font-medium">{doc.title}</p>
              <pre className="max-h-[32rem] overflow-auto rounded-md bg-muted p-3 text-sm whitespace-pre-wrap break-words" data-testid="document-body">
                {doc.body}
              </pre>
              <p className="text-xs text-muted-foreground">{t("readOnly")}</p>
            </div>
          )}
        </div>
      </details>
    </li>
  );
}

function EditForm({
  doc,
  lang,
  saveAction,
  regenerateAction,
}: {
  doc: Extract<DisputeDocument, { available: true }>;
  lang: DocumentLocale;
  saveAction: FormAction;
  regenerateAction: FormAction;
}) {
  const t = useTranslations("documents");
  const [saveState, save, saving] = useActionState<FormState, FormData>(saveAction, { ok: false });
  const [regenState, regenerate, regenerating] = useActionState<FormState, FormData>(regenerateAction, { ok: false });
  const id = `doc-${lang}-${doc.type}`;
  return (
    <div className="space-y-3">
      <form action={save} className="space-y-3" data-testid="document-form">
        <input type="hidden" name="type" value={doc.type} />
        <input type="hidden" name="locale" value={lang} />
        <div className="space-y-1">
          <label htmlFor={`${id}-title`} className="text-xs font-medium">
            {t("titleLabel")}
          </label>
          <Input id={`${id}-title`} name="title" defaultValue={saveState.values?.title ?? doc.title} maxLength={300} required />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-body`} className="text-xs font-medium">
            {t("bodyLabel")}
          </label>
          <Textarea
            id={`${id}-body`}
            name="body"
            defaultValue={saveState.values?.body ?? doc.body}
            rows={18}
            className={cn("font-mono text-xs leading-relaxed")}
            data-testid="document-body-input"
            required
          />
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="includeInExport" defaultChecked={doc.includeInExport} />
          {t("includeInExport")}
        </label>
        <FormFeedback state={saveState} />
        <Button type="submit" size="sm" disabled={saving} data-testid="document-save">
          <Save aria-hidden />
          {t("save")}
        </Button>
      </form>
      <form action={regenerate} className="flex flex-wrap items-center gap-2 border-t border-border pt-3">
        <input type="hidden" name="type" value={doc.type} />
        <input type="hidden" name="locale" value={lang} />
        <Button type="submit" size="sm" variant="outline" disabled={regenerating}>
          <RefreshCw aria-hidden />
          {doc.saved ? t("regenerate") : t("generate")}
        </Button>
        <span className="text-xs text-muted-foreground">{doc.edited ? t("regenerateWarning") : t("regenerateHint")}</span>
        <FormFeedback state={regenState} />
      </form>
    </div>
  );
}
