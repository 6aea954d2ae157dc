"use client";
import { FileCheck2, Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FileInput } from "@/components/ui/file-input";
import { Field, NativeSelect } from "@/components/ui/input";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { DescribedCsvIssue } from "@/lib/orders/describe-csv-issues";
import type { OrderImportPreview } from "@/lib/orders/preview-order-import";
import { formatFen } from "@/lib/utils/money";

type Preview = Omit<OrderImportPreview, "issues"> & { issues: DescribedCsvIssue[] };
const SHOWN_ROWS = 200;

/**
 * Two steps: "check file" posts the CSV for a preview (rows as they will be imported,
 * every problem with its line); "import" posts the same file again and the server checks
 * it again before writing anything. The import button stays disabled while any problem
 * is listed or the file/store changed since the check.
 */
export function OrderImportForm({ stores }: { stores: { id: string; label: string }[] }) {
  const t = useTranslations("orders.import");
  const tf = useTranslations("orders.field");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const [storeId, setStoreId] = useState(stores.length === 1 ? stores[0].id : "");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState<"check" | "import" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  function formData(): FormData | null {
    const file = fileInput.current?.files?.[0];
    if (!storeId) return setError(t("chooseStore")), null;
    if (!file) return setError(t("chooseFile")), null;
    const form = new FormData();
    form.append("storeId", storeId);
    form.append("file", file, file.name);
    return form;
  }

  async function send(url: string, form: FormData) {
    const response = await fetch(url, { method: "POST", body: form, headers: { "Accept-Language": locale } });
    return { status: response.status, body: await response.json().catch(() => null) };
  }

  async function check() {
    setError(null);
    setDone(null);
    setPreview(null);
    const form = formData();
    if (!form) return;
    setBusy("check");
    try {
      const answer = await send("/api/orders/imports/preview", form);
      if (answer.status === 200) setPreview(answer.body.preview);
      else setError(answer.body?.error?.message ?? t("failed", { status: answer.status }));
    } catch {
      setError(t("network"));
    } finally {
      setBusy(null);
    }
  }

  async function confirm() {
    const form = formData();
    if (!form) return;
    setBusy("import");
    setError(null);
    try {
      const answer = await send("/api/orders/imports", form);
      if (answer.status === 201) {
        const { created, updated } = answer.body.import;
        setDone(t("done", { count: created + updated, created, updated }));
        setPreview(null);
        setPickerKey((key) => key + 1);
        router.refresh();
      } else {
        setError(answer.body?.error?.message ?? t("failed", { status: answer.status }));
        if (answer.body?.issues && preview) setPreview({ ...preview, issues: answer.body.issues });
      }
    } catch {
      setError(t("network"));
    } finally {
      setBusy(null);
    }
  }

  const reset = () => {
    setPreview(null);
    setDone(null);
  };
  const blocked = !preview || preview.issues.length > 0 || preview.rows.length === 0 || busy !== null;

  return (
    <div className="space-y-4" data-testid="order-import">
      <p className="text-sm text-muted-foreground">{t("description")}</p>
      <div className="grid gap-3 sm:grid-cols-[16rem_minmax(0,1fr)_auto] sm:items-start">
        <Field label={t("store")} htmlFor={`${id}-store`} hint={stores.length ? undefined : t("noStores")}>
          <NativeSelect id={`${id}-store`} value={storeId} onChange={(event) => (setStoreId(event.target.value), reset())} disabled={busy !== null}>
            <option value="">{t("storePlaceholder")}</option>
            {stores.map((store) => (
              <option key={store.id} value={store.id}>
                {store.label}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label={t("file")} htmlFor={`${id}-file`}>
          <FileInput key={pickerKey} ref={fileInput} id={`${id}-file`} accept=".csv,text/csv" onChange={reset} disabled={busy !== null} />
        </Field>
        <Button type="button" variant="outline" onClick={check} disabled={busy !== null} className="sm:mt-[1.375rem]" data-testid="order-import-check">
          <FileCheck2 aria-hidden />
          {busy === "check" ? t("checking") : t("preview")}
        </Button>
      </div>
      {error ? <Alert data-testid="order-import-error">{error}</Alert> : null}
      {done ? (
        <Alert tone="success" data-testid="order-import-done">
          {done}
        </Alert>
      ) : null}
      {preview ? (
        <div className="space-y-3" data-testid="order-import-preview">
          {preview.issues.length ? (
            <Alert>
              <p className="font-medium">{t("errorsTitle", { count: preview.issues.length })}</p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5" data-testid="order-import-issues">
                {preview.issues.map((issue, index) => (
                  <li key={index} data-line={issue.line ?? ""} data-field={issue.field ?? ""}>
                    {issue.message}
                  </li>
                ))}
              </ul>
            </Alert>
          ) : (
            <Alert tone="info">{t("readyTitle", { count: preview.rows.length, store: preview.store.name })}</Alert>
          )}
          {Object.keys(preview.columns).length ? (
            <p className="text-xs text-muted-foreground">
              {t("columnsFound", { columns: Object.entries(preview.columns).map(([field, header]) => `${header} → ${tf(field)}`).join(" · ") })}
            </p>
          ) : null}
          {preview.rows.length ? (
            <div className="max-h-96 overflow-auto rounded-md border border-border">
              <Table data-testid="order-import-rows">
                <THead>
                  <tr>
                    <TH>#</TH>
                    <TH>{tf("orderNo")}</TH>
                    <TH>{tf("trackingNo")}</TH>
                    <TH>{tf("shippedAt")}</TH>
                    <TH>{tf("buyer")}</TH>
                    <TH className="text-right">{tf("amount")}</TH>
                    <TH>{tf("product")}</TH>
                    <TH />
                  </tr>
                </THead>
                <TBody>
                  {preview.rows.slice(0, SHOWN_ROWS).map((row) => (
                    <TR key={row.line}>
                      <TD className="text-xs text-muted-foreground tabular-nums">{row.line}</TD>
                      <TD className="font-medium">{row.orderNo}</TD>
                      <TD className="font-mono text-xs">{row.trackingNo ?? "—"}</TD>
                      <TD className="text-xs whitespace-nowrap tabular-nums">{row.shippedAt ? new Date(row.shippedAt).toLocaleString(locale, { timeZone: "Asia/Shanghai" }) : "—"}</TD>
                      <TD>{row.buyer ?? "—"}</TD>
                      <TD className="text-right tabular-nums">{formatFen(row.amountFen)}</TD>
                      <TD>
                        {row.product ?? "—"}
                        {row.product && !row.productId ? <span className="ml-1 text-xs text-amber-700">({t("productUnmatched")})</span> : null}
                      </TD>
                      <TD>
                        <Badge tone={row.existing ? "amber" : "green"}>{row.existing ? t("updateRow") : t("newRow")}</Badge>
                      </TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
              {preview.rows.length > SHOWN_ROWS ? <p className="p-2 text-xs text-muted-foreground">{t("moreRows", { count: preview.rows.length - SHOWN_ROWS })}</p> : null}
            </div>
          ) : null}
          <Button type="button" onClick={confirm} disabled={blocked} data-testid="order-import-confirm">
            <Upload aria-hidden />
            {busy === "import" ? t("importing") : t("confirm", { count: preview.rows.length })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
