import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import { runWithApiKey } from "@/lib/api-keys/api-key-scope";
import { consumeApiQuota } from "@/lib/api-keys/consume-api-quota";
import type { SessionContext } from "@/lib/auth/session-context";
import { AppError } from "@/lib/errors";
import { errorResponse } from "./error-response";

/**
 * Wraps an /api/v1 route handler: the caller is the API key in `Authorization: Bearer`
 * (401 with `WWW-Authenticate` when missing, wrong, revoked or orphaned; 403 for a read-only
 * key on anything but GET), the call is counted against the key's per-minute quota (429 with
 * `Retry-After`; `options.exports` also against the case-file quota), the handler runs in the
 * key's audit scope, and errors become the standard JSON error body.
 */
export function withApiKeyContext<P>(handler: (request: Request, ctx: SessionContext, params: P) => Promise<Response>, options: { exports?: boolean } = {}) {
  return async (request: Request, route: { params: Promise<P> }): Promise<Response> => {
    try {
      const ctx = await authenticateApiKey(request.headers);
      // Every /api/v1 route that changes something is a POST, PUT or PATCH; GET only reads.
      if (ctx.access === "read" && request.method !== "GET" && request.method !== "HEAD") throw new AppError("FORBIDDEN", "apiKeyReadOnly");
      consumeApiQuota(ctx.apiKeyId, "request");
      if (options.exports) consumeApiQuota(ctx.apiKeyId, "export");
      const params = await route.params;
      return await runWithApiKey(ctx.apiKeyId, () => handler(request, ctx, params));
    } catch (error) {
      const response = errorResponse(error, request);
      if (response.status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="RefundProof API"');
      if (error instanceof AppError && error.code === "RATE_LIMITED") response.headers.set("Retry-After", String(error.values.retryAfter));
      return response;
    }
  };
}
