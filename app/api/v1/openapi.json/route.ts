import { buildApiV1Document } from "@/lib/api/build-api-v1-document";

/** GET /api/v1/openapi.json — the API's OpenAPI 3.1 description; public, like any API reference. */
export function GET(): Response {
  return Response.json(buildApiV1Document());
}
