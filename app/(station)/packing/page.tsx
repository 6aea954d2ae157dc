import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PackingDesk } from "@/components/packing/packing-desk";
import { requirePageSession } from "@/lib/auth/require-page-session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("packing"))("title") };
}

export default async function PackingPage() {
  const ctx = await requirePageSession();
  const t = await getTranslations("packing");
  return (
    <div className="grid gap-4">
      <h1 className="sr-only">{t("title")}</h1>
      <PackingDesk operatorName={ctx.userName} owner={`${ctx.organizationId}:${ctx.userId}`} />
    </div>
  );
}
