import { AsyncLocalStorage } from "node:async_hooks";

const scope = new AsyncLocalStorage<{ apiKeyId: string }>();

/**
 * Runs `work` as a call made with an API key, so every audit event it writes names the key
 * (append-audit-event.ts) without threading the key through each lib/ function that audits.
 */
export function runWithApiKey<T>(apiKeyId: string, work: () => Promise<T>): Promise<T> {
  return scope.run({ apiKeyId }, work);
}

/** The API key of the call in progress, if it came in through /api/v1. */
export function currentApiKeyId(): string | undefined {
  return scope.getStore()?.apiKeyId;
}
