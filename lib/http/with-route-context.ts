import { requireSessionContext, type SessionContext } from "@/lib/auth/session-context";
import { errorResponse } from "./error-response";

/**
 * Wraps a route handler: resolves the session (401 when signed out) and turns thrown
 * AppErrors/ZodErrors into the standard JSON error body.
 */
export function withRouteContext<P>(
  handler: (request: Request, ctx: SessionContext, params: P) => Promise<Response>,
) {
  return async (request: Request, route: { params: Promise<P> }): Promise<Response> => {
    try {
      const ctx = await requireSessionContext(request.headers);
      return await handler(request, ctx, await route.params);
    } catch (error) {
      return errorResponse(error, request);
    }
  };
}
