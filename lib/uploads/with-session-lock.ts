import { createKeyedLock } from "@/lib/utils/create-keyed-lock";

/**
 * Serialises chunks, completion and abort of one upload session: two requests for the same
 * offset would otherwise both pass the offset check and interleave their writes. The loser
 * then sees the new offset and gets 409.
 */
export const withSessionLock = createKeyedLock();
