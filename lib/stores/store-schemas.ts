import { z } from "zod";
import { Platform } from "@/lib/db/generated/enums";

export const platformSchema = z.enum(Platform);

export const createStoreSchema = z.object({
  platform: platformSchema,
  name: z.string().trim().min(1).max(100),
});
export type CreateStoreInput = z.infer<typeof createStoreSchema>;
