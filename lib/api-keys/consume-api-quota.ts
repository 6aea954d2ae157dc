import { AppError } from "@/lib/errors";

/** What a call costs: every call counts as a request; building a case file (Chromium prints it) is also counted on its own. */
export type ApiQuota = "request" | "export";

export const DEFAULT_PER_MINUTE: Record<ApiQuota, number> = { request: 600, export: 10 };
const ENV: Record<ApiQuota, string> = { request: "API_RATE_LIMIT", export: "API_EXPORT_RATE_LIMIT" };

/** Per key and quota: the current minute and the calls counted in it. */
const windows = new Map<string, { minute: number; count: number }>();

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
  const id = `${apiKeyId}:${quota}`;
  const current = windows.get(id);
  const count = current?.minute === minute ? current.count + 1 : 1;
  if (count === 1) pruneOtherMinutes(minute);
  windows.set(id, { minute, count });
  const limit = perMinute(quota);
  if (count > limit) {
    const retryAfter = Math.max(1, Math.ceil(((minute + 1) * 60_000 - now) / 1000));
    throw new AppError("RATE_LIMITED", quota === "export" ? "apiExportRateLimited" : "apiRateLimited", { limit, retryAfter });
  }
}

/** Keys idle since an earlier minute are forgotten, so the map holds only this minute's callers. */
function pruneOtherMinutes(minute: number): void {
  for (const [id, entry] of windows) if (entry.minute !== minute) windows.delete(id);
}
