import { AppError } from "@/lib/errors";

/** What a call costs: every call counts as a request; building a case file (Chromium prints it) is also counted on its own. */
export type ApiQuota = "request" | "export";

export const DEFAULT_PER_MINUTE: Record<ApiQuota, number> = { request: 600, export: 10 };
const ENV: Record<ApiQuota, string> = { request: "API_RATE_LIMIT", export: "API_EXPORT_RATE_LIMIT" };

/** Per key and quota, the calls counted in `minute`; cleared when the minute turns. */
const counts = new Map<string, number>();
let minuteCounted = 0;

function perMinute(quota: ApiQuota): number {
  const configured = Number(process.env[ENV[quota]]);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_PER_MINUTE[quota];
}

/**
 * Counts one call of an API key against its per-minute quota (`API_RATE_LIMIT`, default 600
 * calls; `API_EXPORT_RATE_LIMIT`, default 10 case files) and refuses it with 429 once the
 * minute's quota is spent, saying when to retry.
 *
 * Counted in this process's memory, like the upload locks: no database write on every call;
 * with several app instances each allows the quota (noted in the README).
 */
export function consumeApiQuota(apiKeyId: string, quota: ApiQuota, now: number = Date.now()): void {
  const minute = Math.floor(now / 60_000);
  if (minute !== minuteCounted) {
    counts.clear();
    minuteCounted = minute;
  }
  const id = `${apiKeyId}:${quota}`;
  const count = (counts.get(id) ?? 0) + 1;
  counts.set(id, count);
  const limit = perMinute(quota);
  if (count > limit) {
    const retryAfter = Math.max(1, Math.ceil(((minute + 1) * 60_000 - now) / 1000));
    throw new AppError("RATE_LIMITED", quota === "export" ? "apiExportRateLimited" : "apiRateLimited", { limit, retryAfter });
  }
}
