import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { renderProductScene } from "@/scripts/forensics/render-product-scene";
import { decodePhoto } from "./decode-photo";
import { detectElaAnomaly } from "./ela";
import { findingSchema } from "./finding-schema";
import { prepareMatchImage } from "./prepare-match-image";

async function ela(bytes: Buffer) {
  const photo = await decodePhoto(bytes);
  const findings = await detectElaAnomaly(bytes, photo, await prepareMatchImage(photo));
  findings.forEach((f) => findingSchema.parse(f));
  return findings;
}

describe("detectElaAnomaly", async () => {
  const scene = await renderProductScene({ type: "box", hue: 40 }, 5);
  const saved = await sharp(await sharp(scene.jpeg).jpeg({ quality: 70 }).toBuffer()).jpeg({ quality: 70 }).toBuffer();

  it("finds a pasted area that was never compressed with the rest", async () => {
    const noise = Buffer.alloc(240 * 240 * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = 60 + (((i * 2654435761) >>> 24) % 100);
    const patch = await sharp(noise, { raw: { width: 240, height: 240, channels: 3 } }).png().toBuffer();
    const pasted = await sharp(saved).composite([{ input: patch, left: 480, top: 320 }]).jpeg({ quality: 92 }).toBuffer();
    const [finding] = await ela(pasted);
    expect(finding).toMatchObject({ type: "ela", strength: "weak", details: { resolution: "full" } });
    expect(finding.details.largestOutlierCluster).toBeGreaterThan(100);
    expect(finding.picture?.kind).toBe("ela");
    const picture = finding.picture?.kind === "ela" ? await sharp(finding.picture.elaPng).metadata() : undefined;
    expect(picture).toMatchObject({ format: "png", width: 768, height: 576 });
  });

  it("gives only an info finding for an evenly compressed photo", async () => {
    const [finding] = await ela(saved);
    expect(finding.strength).toBe("info");
  });

  it("skips formats without JPEG compression", async () => {
    expect(await ela(await sharp(scene.jpeg).png().toBuffer())).toEqual([]);
  });
});
