import type { Store as StoreRow } from "@/lib/db/generated/client";
import { Store } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { Platform } from "@/lib/db/generated/enums";
import { AddStoreForm } from "./add-store-form";
import type { FormAction } from "./form-feedback";

export function StoresCard({ stores, createAction }: { stores: StoreRow[]; createAction: FormAction | null }) {
  const t = useTranslations("settings.stores");
  const tp = useTranslations("domain.platform");
  const format = useFormatter();
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Store className="size-4 text-muted-foreground" aria-hidden />
          {t("title")}
        </CardTitle>
      </CardHeader>
      {stores.length === 0 ? (
        <EmptyState icon={Store} title={t("emptyTitle")} description={createAction ? t("emptyDescription") : t("emptyReadOnly")} />
      ) : (
        <Table data-testid="stores-table">
          <THead>
            <tr>
              <TH>{t("platform")}</TH>
              <TH>{t("name")}</TH>
              <TH>{t("createdAt")}</TH>
            </tr>
          </THead>
          <TBody>
            {stores.map((store) => (
              <TR key={store.id} data-testid="store-row">
                <TD className="whitespace-nowrap">{tp(store.platform)}</TD>
                <TD className="font-medium">{store.name}</TD>
                <TD className="whitespace-nowrap text-muted-foreground">{format.dateTime(store.createdAt, { dateStyle: "medium" })}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
      {createAction ? (
        <CardContent className="border-t border-border">
          <AddStoreForm platforms={Object.values(Platform)} action={createAction} />
        </CardContent>
      ) : null}
    </Card>
  );
}
