import { respondOrderImport } from "@/lib/http/respond-order-import";
import { withApiKeyContext } from "@/lib/http/with-api-key-context";

/** POST /api/v1/orders/imports — multipart `storeId` and `file` (CSV), all or nothing; see /api/v1/openapi.json. */
export const POST = withApiKeyContext(async (request, ctx) => respondOrderImport(request, ctx));
