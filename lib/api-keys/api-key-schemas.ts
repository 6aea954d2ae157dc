import { z } from "zod";

/** What a key may do: everything a staff member may (full) or only read (GET requests). */
export const apiKeyAccessSchema = z.enum(["full", "read"]);
export type ApiKeyAccess = z.infer<typeof apiKeyAccessSchema>;

export const createApiKeySchema = z.object({ name: z.string().trim().min(1).max(60), access: apiKeyAccessSchema.default("full") });

export const apiKeyIdSchema = z.object({ keyId: z.string().min(1).max(64) });
