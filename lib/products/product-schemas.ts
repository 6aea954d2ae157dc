import { z } from "zod";

export const createProductSchema = z.object({
  name: z.string().trim().min(1).max(200),
  sku: z.string().trim().max(100).optional().transform((v) => v || undefined),
  storeId: z.string().trim().optional().transform((v) => v || undefined),
});
export type CreateProductInput = z.input<typeof createProductSchema>;
