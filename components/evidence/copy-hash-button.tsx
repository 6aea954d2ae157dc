"use client";
import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function CopyHashButton({ sha256 }: { sha256: string }) {
  const t = useTranslations("evidence");
  const [copied, setCopied] = useState(false);

  async function copy() {
    await navigator.clipboard.writeText(sha256);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  }

  return (
    <Button type="button" variant="ghost" size="icon" className="size-6" onClick={copy} aria-label={copied ? t("copied") : t("copyHash")} title={t("copyHash")}>
      {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
    </Button>
  );
}
