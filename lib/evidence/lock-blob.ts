import { createKeyedLock } from "@/lib/utils/create-keyed-lock";

/**
 * Serialises work on one blob (by SHA-256), so an upload that placed a new blob and then
 * fails can remove it without racing a concurrent upload of the same bytes that found it
 * already there.
 */
export const withBlobLock = createKeyedLock();
