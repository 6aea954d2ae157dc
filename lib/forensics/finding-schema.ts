import { z } from "zod";

/**
 * The one shape every forensic signal reports in. A finding is a signal with its
 * strength and a plain explanation, never a verdict: a reviewer confirms or rejects it.
 */
export const FINDING_TYPES = [
  "aigc_label",
  "c2pa",
  "generator_trace",
  "derived_from_reference",
  "reuse",
  "timeline",
  "ela",
] as const;

export const findingTypeSchema = z.enum(FINDING_TYPES);
export type FindingType = z.infer<typeof findingTypeSchema>;

export const findingStrengthSchema = z.enum(["strong", "moderate", "weak", "info"]);
export type FindingStrength = z.infer<typeof findingStrengthSchema>;

export const bilingualTextSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type BilingualText = z.infer<typeof bilingualTextSchema>;

/** Encoded picture bytes (a Buffer in Node); typed loosely so Buffers over any ArrayBuffer fit. */
const imageBytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, "expected image bytes");

export const findingPictureSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("heatmap"),
    /** The buyer photo, dimmed, with where it differs from the aligned reference coloured in. */
    heatmapPng: imageBytesSchema,
    /** The buyer photo and the reference warped into the buyer photo's frame, side by side (JPEG: it is a photo). */
    alignedPairJpeg: imageBytesSchema,
  }),
  z.object({ kind: z.literal("ela"), elaPng: imageBytesSchema }),
]);
export type FindingPicture = z.infer<typeof findingPictureSchema>;

export const findingSchema = z.object({
  type: findingTypeSchema,
  strength: findingStrengthSchema,
  explanation: bilingualTextSchema,
  details: z.record(z.string(), z.unknown()),
  picture: findingPictureSchema.optional(),
});
export type Finding = z.infer<typeof findingSchema>;

const STRENGTH_RANK: Record<FindingStrength, number> = { strong: 3, moderate: 2, weak: 1, info: 0 };

/** Orders findings strongest first, so readers see what matters most at the top. */
export function compareFindingStrength(a: Finding, b: Finding): number {
  return STRENGTH_RANK[b.strength] - STRENGTH_RANK[a.strength];
}
