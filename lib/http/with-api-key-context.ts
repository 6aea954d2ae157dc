import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import { runWithApiKey } from "@/lib/api-keys/api-key-scope";
import type { SessionContext } from "@/lib/auth/session-context";
import { errorResponse } from "./error-response";

/**
 * Wraps an /api/v1 route handler: the caller is the API key in `Authorization: Bearer`
 * (401 with `WWW-Authenticate` when missing, wrong, revoked or orphaned), the handler runs
 * in the key's audit scope, and errors become the standard JSON error body.
 */
export function withApiKeyContext<P>(handler: (request: Request, ctx: SessionContext, params: P) => Promise<Response>) {
  return async (request: Request, route: { params: Promise<P> }): Promise<Response> => {
    try {
      const ctx = await authenticateApiKey(request.headers);
      const params = await route.params;
      return await runWithApiKey(ctx.apiKeyId, () => handler(request, ctx, params));
    } catch (error) {
      const response = errorResponse(error, request);
      if (response.status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="RefundProof API"');
      return response;
    }
  };
}
