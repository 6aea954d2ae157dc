"use client";
import { BookOpen, KeyRound } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { CopyField } from "@/components/ui/copy-field";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Input, NativeSelect } from "@/components/ui/input";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ApiKeyView } from "@/lib/api-keys/to-api-key-view";
import type { FormState } from "@/lib/http/form-state";
import { FormFeedback, useFieldError } from "./form-feedback";

type CreateAction = (prev: FormState<{ key: string; name: string }>, data: FormData) => Promise<FormState<{ key: string; name: string }>>;
type RevokeAction = (prev: FormState<{ name: string }>, data: FormData) => Promise<FormState<{ name: string }>>;

/** The merchant's API keys (owners and admins): create one (its secret shown once), list, revoke. */
export function ApiKeysCard({ keys, createAction, revokeAction }: { keys: ApiKeyView[]; createAction: CreateAction; revokeAction: RevokeAction }) {
  const t = useTranslations("settings.apiKeys");
  const format = useFormatter();
  const [state, formAction, pending] = useActionState(createAction, { ok: false });
  const [revokeState, revokeFormAction, revoking] = useActionState(revokeAction, { ok: false });
  const fieldError = useFieldError(state);
  const created = state.ok ? state.result : undefined;

  return (
    <Card id="api-keys" data-testid="api-keys-card">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <KeyRound className="size-4 text-muted-foreground" aria-hidden />
          {t("title")}
        </CardTitle>
        <a href="/api/v1/openapi.json" target="_blank" rel="noreferrer" className="flex items-center gap-1 text-xs text-primary hover:underline">
          <BookOpen className="size-3.5" aria-hidden />
          {t("docs")}
        </a>
      </CardHeader>
      <CardContent className="space-y-3">
        <p className="text-sm text-muted-foreground">{t("description")}</p>
        {created ? (
          <Alert tone="success" data-testid="api-key-created">
            <p className="font-medium">{t("createdTitle", { name: created.name })}</p>
            <p className="mb-2">{t("createdNotice")}</p>
            <CopyField value={created.key} label={t("keyValue")} testId="api-key-value" />
          </Alert>
        ) : null}
        <form action={formAction} className="grid gap-3 sm:grid-cols-[minmax(0,24rem)_minmax(0,14rem)_auto] sm:items-start" noValidate data-testid="api-key-form">
          <div className="sm:col-span-3">
            <FormFeedback state={state} />
          </div>
          <Field label={t("name")} htmlFor="api-key-name" error={fieldError("name")} hint={t("nameHint")}>
            <Input
              id="api-key-name"
              name="name"
              maxLength={60}
              required
              key={created?.key}
              defaultValue={created ? "" : (state.values?.name ?? "")}
              aria-invalid={!!fieldError("name")}
            />
          </Field>
          <Field label={t("access")} htmlFor="api-key-access">
            <NativeSelect id="api-key-access" name="access" key={created?.key} defaultValue={created ? "full" : (state.values?.access ?? "full")}>
              <option value="full">{t("accessLevel.full")}</option>
              <option value="read">{t("accessLevel.read")}</option>
            </NativeSelect>
          </Field>
          <Button type="submit" disabled={pending} className="sm:mt-[1.375rem] sm:justify-self-start">
            {t("create")}
          </Button>
        </form>
        {revokeState.error ? <FormFeedback state={revokeState} /> : null}
        {revokeState.ok && revokeState.result ? (
          <Alert tone="success" role="status">
            {t("revoked", { name: revokeState.result.name })}
          </Alert>
        ) : null}
      </CardContent>
      {keys.length === 0 ? (
        <EmptyState icon={KeyRound} title={t("emptyTitle")} description={t("emptyDescription")} />
      ) : (
        <Table data-testid="api-keys-table">
          <THead>
            <tr>
              <TH>{t("columns.name")}</TH>
              <TH>{t("columns.prefix")}</TH>
              <TH>{t("columns.access")}</TH>
              <TH>{t("columns.createdBy")}</TH>
              <TH>{t("columns.created")}</TH>
              <TH>{t("columns.lastUsed")}</TH>
              <TH>{t("columns.status")}</TH>
            </tr>
          </THead>
          <TBody>
            {keys.map((key) => (
              <TR key={key.id} data-testid="api-key-row" data-name={key.name} data-revoked={key.revokedAt ? "true" : "false"}>
                <TD className="font-medium">{key.name}</TD>
                <TD className="font-mono text-xs text-muted-foreground">{key.prefix}…</TD>
                <TD className="whitespace-nowrap text-muted-foreground">{t(`accessLevel.${key.access}`)}</TD>
                <TD className="text-muted-foreground">{key.createdBy}</TD>
                <TD className="whitespace-nowrap text-muted-foreground">{format.dateTime(new Date(key.createdAt), { dateStyle: "medium", timeStyle: "short" })}</TD>
                <TD className="whitespace-nowrap text-muted-foreground">
                  {key.lastUsedAt ? format.dateTime(new Date(key.lastUsedAt), { dateStyle: "medium", timeStyle: "short" }) : t("never")}
                </TD>
                <TD>
                  {key.revokedAt ? (
                    <span className="text-xs text-muted-foreground">
                      {t("revokedOn", { date: format.dateTime(new Date(key.revokedAt), { dateStyle: "medium" }), name: key.revokedBy ?? "—" })}
                    </span>
                  ) : (
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge tone="green">{t("active")}</Badge>
                      <ConfirmAction
                        action={revokeFormAction}
                        fields={{ keyId: key.id }}
                        pending={revoking}
                        label={t("revoke")}
                        ariaLabel={t("revokeFor", { name: key.name })}
                        question={t("confirmRevoke", { name: key.name })}
                        confirmLabel={t("revoke")}
                        keepLabel={t("keep")}
                        testId="api-key-revoke"
                      />
                    </div>
                  )}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
