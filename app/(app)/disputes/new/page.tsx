import { Store } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DisputeForm } from "@/components/disputes/dispute-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { hasPermission } from "@/lib/auth/assert-permission";
import { requirePageSession } from "@/lib/auth/require-page-session";
import { newDisputeFormValues } from "@/lib/disputes/dispute-form-values";
import { listProducts } from "@/lib/products/list-products";
import { listStores } from "@/lib/stores/list-stores";
import { createDisputeAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("disputes"))("newDispute") };
}

export default async function NewDisputePage() {
  const ctx = await requirePageSession();
  const t = await getTranslations("disputes.form");
  const [stores, products] = await Promise.all([listStores(ctx), listProducts(ctx)]);

  let body: React.ReactNode;
  if (!hasPermission(ctx, { dispute: ["create"] })) body = <Alert>{t("notAllowed")}</Alert>;
  else if (stores.length === 0) {
    body = (
      <Card>
        <EmptyState
          icon={Store}
          title={t("noStoreTitle")}
          description={t("noStoreDescription")}
          action={
            <Button asChild>
              <Link href="/settings">{t("goToSettings")}</Link>
            </Button>
          }
        />
      </Card>
    );
  } else {
    body = <DisputeForm action={createDisputeAction} mode="create" stores={stores} products={products} defaults={newDisputeFormValues(stores)} cancelHref="/disputes" />;
  }

  return (
    <div className="mx-auto max-w-5xl space-y-4">
      <div>
        <h1 className="text-xl font-semibold">{t("createTitle")}</h1>
        <p className="text-sm text-muted-foreground">{t("createSubtitle")}</p>
      </div>
      {body}
    </div>
  );
}
