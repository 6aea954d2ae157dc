import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { consumeApiQuota } from "./consume-api-quota";

const saved = { request: process.env.API_RATE_LIMIT, export: process.env.API_EXPORT_RATE_LIMIT };
afterEach(() => {
  for (const [name, value] of [["API_RATE_LIMIT", saved.request], ["API_EXPORT_RATE_LIMIT", saved.export]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** The error consumeApiQuota throws for this call, or null when it lets it through. */
function refusal(key: string, quota: "request" | "export", now: number): AppError | null {
  try {
    consumeApiQuota(key, quota, now);
    return null;
  } catch (error) {
    return error as AppError;
  }
}

describe("consumeApiQuota", () => {
  it("lets a key make its quota of calls per minute, then refuses with when to retry; the next minute starts afresh", () => {
    process.env.API_RATE_LIMIT = "3";
    const minute = 29_000_000 * 60_000;
    for (let i = 0; i < 3; i++) expect(refusal("key-a", "request", minute + i * 1000)).toBeNull();
    const refused = refusal("key-a", "request", minute + 45_500);
    expect(refused).toMatchObject({ code: "RATE_LIMITED", status: 429, messageKey: "apiRateLimited", values: { limit: 3, retryAfter: 15 } });
    // Another key has its own quota.
    expect(refusal("key-b", "request", minute + 46_000)).toBeNull();
    expect(refusal("key-a", "request", minute + 60_000)).toBeNull();
  });

  it("counts case files on their own, smaller quota (default 10 a minute)", () => {
    delete process.env.API_EXPORT_RATE_LIMIT;
    const minute = 29_000_100 * 60_000;
    for (let i = 0; i < 10; i++) expect(refusal("key-c", "export", minute)).toBeNull();
    expect(refusal("key-c", "export", minute)).toMatchObject({ messageKey: "apiExportRateLimited", values: { limit: 10, retryAfter: 60 } });
    expect(refusal("key-c", "request", minute)).toBeNull();
  });
});
