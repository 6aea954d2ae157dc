import { respondOrderImport } from "@/lib/http/respond-order-import";
import { withRouteContext } from "@/lib/http/with-route-context";

/**
 * Imports an orders CSV, all or nothing: multipart with `storeId` and `file`. 201
 * { import: { importId, created, updated } }; a file with any problem answers 400 with
 * the error and `issues` (each with line, field and message) and imports nothing.
 */
export const POST = withRouteContext(async (request, ctx) => respondOrderImport(request, ctx));
