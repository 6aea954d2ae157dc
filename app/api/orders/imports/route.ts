import { errorResponse } from "@/lib/http/error-response";
import { localeFromRequest } from "@/lib/i18n/translator";
import { withRouteContext } from "@/lib/http/with-route-context";
import { describeCsvIssues } from "@/lib/orders/describe-csv-issues";
import { importOrders, OrderImportRejected } from "@/lib/orders/import-orders";
import { readOrderImportForm } from "@/lib/orders/read-order-import-form";

/**
 * Imports an orders CSV, all or nothing: multipart with `storeId` and `file`. 201
 * { import: { importId, created, updated } }; a file with any problem answers 400 with
 * the error and `issues` (each with line, field and message) and imports nothing.
 */
export const POST = withRouteContext(async (request, ctx) => {
  try {
    const result = await importOrders(ctx, await readOrderImportForm(request));
    return Response.json({ import: result }, { status: 201 });
  } catch (error) {
    if (!(error instanceof OrderImportRejected)) throw error;
    const body = await errorResponse(error, request).json();
    return Response.json({ ...body, issues: describeCsvIssues(error.preview.issues, localeFromRequest(request.headers)) }, { status: 400 });
  }
});
