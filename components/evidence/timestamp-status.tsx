import { Clock, ShieldCheck, ShieldOff } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TimestampState } from "@/lib/evidence/to-evidence-views";

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** Whether the file's hash carries an RFC 3161 token: stamped (when, by whom), pending, or no TSA configured. */
export async function TimestampStatus({ timestamp }: { timestamp: TimestampState }) {
  const t = await getTranslations("timestamps");
  const format = await getFormatter();
  if (timestamp.status === "stamped") {
    const tsa = timestamp.tsaName ? `${timestamp.tsaName} (${hostOf(timestamp.tsaUrl)})` : hostOf(timestamp.tsaUrl);
    return (
      <div className="flex items-start gap-1.5 text-emerald-800" data-testid="timestamp-status" data-status="stamped">
        <ShieldCheck className="mt-0.5 size-3.5 shrink-0" aria-hidden />
        <span>
          {t("stamped", { time: format.dateTime(new Date(timestamp.genTime), { dateStyle: "medium", timeStyle: "medium" }) })} · {t("stampedBy", { tsa })}
          <span className="block font-mono text-[11px] text-muted-foreground">{t("serial", { serial: timestamp.serialNumber })}</span>
        </span>
      </div>
    );
  }
  if (timestamp.status === "pending") {
    return (
      <div className="flex items-start gap-1.5 text-amber-800" data-testid="timestamp-status" data-status="pending">
        <Clock className="mt-0.5 size-3.5 shrink-0" aria-hidden />
        <span>{t("pending", { tsa: hostOf(timestamp.tsaUrl) })}</span>
      </div>
    );
  }
  return (
    <div className="flex items-start gap-1.5 text-muted-foreground" data-testid="timestamp-status" data-status="unconfigured">
      <ShieldOff className="mt-0.5 size-3.5 shrink-0" aria-hidden />
      <span>{t("unconfigured")}</span>
    </div>
  );
}
