import { localeFromRequest } from "@/lib/i18n/translator";
import { withRouteContext } from "@/lib/http/with-route-context";
import { describeCsvIssues } from "@/lib/orders/describe-csv-issues";
import { previewOrderImport } from "@/lib/orders/preview-order-import";
import { readOrderImportForm } from "@/lib/orders/read-order-import-form";

/**
 * Checks an orders CSV without importing it: multipart with `storeId` and `file`.
 * 200 { preview: { rows, issues (line, field, message), columns, store } }.
 */
export const POST = withRouteContext(async (request, ctx) => {
  const preview = await previewOrderImport(ctx, await readOrderImportForm(request));
  return Response.json({ preview: { ...preview, issues: describeCsvIssues(preview.issues, localeFromRequest(request.headers)) } });
});
