import { z } from "zod";

export const createApiKeySchema = z.object({ name: z.string().trim().min(1).max(60) });

export const apiKeyIdSchema = z.object({ keyId: z.string().min(1).max(64) });
