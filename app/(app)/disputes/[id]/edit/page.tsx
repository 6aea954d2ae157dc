import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DisputeForm } from "@/components/disputes/dispute-form";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { hasPermission } from "@/lib/auth/assert-permission";
import { requirePageSession } from "@/lib/auth/require-page-session";
import { disputeFormValues } from "@/lib/disputes/dispute-form-values";
import { getDispute } from "@/lib/disputes/get-dispute";
import { AppError } from "@/lib/errors";
import { listProducts } from "@/lib/products/list-products";
import { listStores } from "@/lib/stores/list-stores";
import { updateDisputeAction } from "../../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("disputes"))("editDispute") };
}

export default async function EditDisputePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageSession();
  const { id } = await params;
  const [dispute, stores, products] = await Promise.all([
    getDispute(ctx, id).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listStores(ctx),
    listProducts(ctx),
  ]);
  const t = await getTranslations("disputes");

  return (
    <div className="mx-auto max-w-5xl space-y-4">
      <BackLink href={`/disputes/${dispute.id}`}>{t("backToDispute")}</BackLink>
      <h1 className="text-xl font-semibold">{t("form.editTitle", { orderNo: dispute.order.orderNo })}</h1>
      {hasPermission(ctx, { dispute: ["update"] }) ? (
        <DisputeForm
          action={updateDisputeAction.bind(null, dispute.id)}
          mode="edit"
          stores={stores}
          products={products}
          defaults={disputeFormValues(dispute)}
          cancelHref={`/disputes/${dispute.id}`}
        />
      ) : (
        <Alert>{t("form.notAllowed")}</Alert>
      )}
    </div>
  );
}
