"use client";
import { useTranslations } from "next-intl";
import { EvidenceUploader } from "@/components/evidence/evidence-uploader";
import { formatByteSize } from "@/lib/evidence/format-byte-size";

/** The evidence uploader, fixed to listing photos of one product. */
export function ReferencePhotoUploader({ productId, accept, maxBytes }: { productId: string; accept: string; maxBytes: number }) {
  const t = useTranslations("products.upload");
  return (
    <EvidenceUploader
      endpoint={`/api/products/${productId}/reference-photos`}
      kinds={[{ value: "REFERENCE_PHOTO", label: t("filesLabel"), accept, maxBytes }]}
      texts={{ heading: t("heading"), filesLabel: t("filesLabel"), filesHint: t("filesHint", { cap: formatByteSize(maxBytes) }) }}
      testId="reference-upload-form"
      submitTestId="reference-upload-submit"
    />
  );
}
