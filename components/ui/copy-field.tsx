"use client";
import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/**
 * A read-only value (a link, a key) with a copy button. The Clipboard API needs a secure context (plain
 * http on a LAN address is not), so on failure the text is selected for Ctrl+C instead.
 */
export function CopyField({ value, label, testId }: { value: string; label: string; testId: string }) {
  const t = useTranslations("common.copy");
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("copied");
    } catch {
      input.current?.select();
      setStatus("failed");
    }
  }

  return (
    <div className="flex min-w-64 items-center gap-1.5">
      <Input
        ref={input}
        readOnly
        value={value}
        aria-label={label}
        onFocus={(event) => event.currentTarget.select()}
        className="h-8 font-mono text-xs"
        data-testid={testId}
      />
      <Button type="button" size="sm" variant="outline" onClick={copy} data-testid={`copy-${testId}`}>
        {status === "copied" ? <Check aria-hidden /> : <Copy aria-hidden />}
        {status === "copied" ? t("copied") : t("copy")}
      </Button>
      <span role="status" className="sr-only">
        {status === "copied" ? t("copied") : status === "failed" ? t("copyFailed") : ""}
      </span>
    </div>
  );
}
