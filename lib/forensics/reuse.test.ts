import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { renderProductScene } from "@/scripts/forensics/render-product-scene";
import { preparePhoto } from "./analyze-photo";
import { findingSchema } from "./finding-schema";
import { detectReuse } from "./reuse";

describe("detectReuse", async () => {
  const scene = await renderProductScene({ type: "bowl", hue: 20 }, 31);
  const original = await preparePhoto(scene.jpeg);
  const recropped = await preparePhoto(
    await sharp(scene.jpeg).extract({ left: 60, top: 40, width: 1080, height: 810 }).resize(800).jpeg({ quality: 70 }).toBuffer(),
  );
  const other = await preparePhoto((await renderProductScene({ type: "bowl", hue: 20 }, 32)).jpeg);
  const previous = [
    { evidenceId: "ev-1", disputeId: "d-1", hashes: original.hashes },
    { evidenceId: "ev-2", disputeId: "d-2", hashes: other.hashes },
  ];

  it("finds the same photo, cropped and recompressed, in another dispute", () => {
    const [finding] = detectReuse(recropped.hashes, previous, "d-9");
    findingSchema.parse(finding);
    expect(finding).toMatchObject({ type: "reuse", details: { disputeIds: ["d-1"] } });
    expect(["strong", "moderate"]).toContain(finding.strength);
    expect(finding.details.matches).toEqual([expect.objectContaining({ evidenceId: "ev-1" })]);
  });

  it("ignores evidence of the same dispute and different photos of the same product", () => {
    expect(detectReuse(recropped.hashes, previous, "d-1")).toEqual([]);
    expect(detectReuse(other.hashes, [previous[0]], "d-9")).toEqual([]);
  });
});
