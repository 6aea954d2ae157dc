import type { SessionContext } from "@/lib/auth/session-context";
import { localeFromRequest } from "@/lib/i18n/translator";
import { describeCsvIssues } from "@/lib/orders/describe-csv-issues";
import { importOrders, OrderImportRejected } from "@/lib/orders/import-orders";
import { readOrderImportForm } from "@/lib/orders/read-order-import-form";
import { errorResponse } from "./error-response";

/**
 * The answer of both order-import routes (the web app's and /api/v1): 201 { import } or, for
 * a file with any problem, 400 with the error and `issues` (line, field, message), nothing
 * imported. Other errors are thrown to the route's wrapper.
 */
export async function respondOrderImport(request: Request, ctx: SessionContext): Promise<Response> {
  try {
    const result = await importOrders(ctx, await readOrderImportForm(request));
    return Response.json({ import: result }, { status: 201 });
  } catch (error) {
    if (!(error instanceof OrderImportRejected)) throw error;
    const body = await errorResponse(error, request).json();
    return Response.json({ ...body, issues: describeCsvIssues(error.preview.issues, localeFromRequest(request.headers)) }, { status: 400 });
  }
}
