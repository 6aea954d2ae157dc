/**
 * A finding's stored details (`detailsJson`) as an object. Details are written by the
 * forensics module, but a row damaged or written by an older version must not take a page
 * or an export down with it: anything that is not a JSON object reads as no details.
 */
export function parseFindingDetails(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
