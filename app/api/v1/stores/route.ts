import { withApiKeyContext } from "@/lib/http/with-api-key-context";
import { listStores } from "@/lib/stores/list-stores";

/** GET /api/v1/stores — the merchant's stores, whose ids disputes and order imports name. */
export const GET = withApiKeyContext(async (_request, ctx) => Response.json({ stores: await listStores(ctx) }));
