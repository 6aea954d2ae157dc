/**
 * Builds the forensics benchmark corpus locally (no downloads):
 *   references/  the merchant's listing photos (families of similar products, several poses each)
 *   forgeries/<style>/  damage painted onto a reference, then a forgery style applied
 *   genuine/     other photos of the same product families (half with damage), never derived from a reference
 *   labelled/    AI labels, C2PA manifests and generator traces in every supported container
 *   large/       12-megapixel forged JPEGs for timing
 *   manifest.json  what each file is and what the benchmark expects of it
 * Usage: tsx scripts/build-forensics-corpus.ts <outdir> [--small]
 */
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { applyForgeryStyle, FORGERY_STYLES, type ForgeryStyle } from "./forensics/apply-forgery-style";
import { DAMAGE_KINDS, paintDamage } from "./forensics/paint-damage";
import { PRODUCT_TYPES, renderProductScene, type ProductFamily, type RenderedScene } from "./forensics/render-product-scene";
import { seededRandom } from "./forensics/seeded-random";
import { writeLabelledFiles } from "./forensics/write-labelled-files";

export interface CorpusEntry {
  file: string;
  kind: "reference" | "forgery" | "genuine" | "labelled" | "large";
  family: string;
  style?: ForgeryStyle;
  damage?: string;
  referenceId?: string;
  expect?: string;
}

const FAMILIES: ProductFamily[] = PRODUCT_TYPES.flatMap((type, i) => [0, 130, 250].map((hue) => ({ type, hue: (hue + i * 17) % 360 }))).slice(0, 20);

async function main() {
  const outdir = process.argv[2];
  if (!outdir) throw new Error("usage: tsx scripts/build-forensics-corpus.ts <outdir> [--small] [--seed=<n>]");
  const small = process.argv.includes("--small");
  // Another seed draws different scenes, damage and edits: an out-of-sample corpus for checking the thresholds.
  const seed = Number(process.argv.find((a) => a.startsWith("--seed="))?.slice("--seed=".length) ?? 0);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error("--seed must be a non-negative integer");
  const offset = seed * 1_000_000;
  const sizes = small
    ? { posesPerFamily: 1, forgeriesPerStyle: 6, genuine: 20, large: 2 }
    : { posesPerFamily: 3, forgeriesPerStyle: 50, genuine: 200, large: 6 };
  const entries: CorpusEntry[] = [];
  const write = (relative: string, bytes: Buffer, entry: Omit<CorpusEntry, "file">) => {
    fs.mkdirSync(path.join(outdir, path.dirname(relative)), { recursive: true });
    fs.writeFileSync(path.join(outdir, relative), bytes);
    entries.push({ file: relative, ...entry });
  };
  const familyName = (f: ProductFamily) => `${f.type}-${f.hue}`;

  const references: { id: string; scene: RenderedScene; family: ProductFamily }[] = [];
  for (const [f, family] of FAMILIES.entries()) {
    for (let pose = 0; pose < sizes.posesPerFamily; pose++) {
      const scene = await renderProductScene(family, 1000 + f * 10 + pose + offset);
      const id = `ref-${String(references.length).padStart(3, "0")}.jpg`;
      references.push({ id, scene, family });
      write(`references/${id}`, scene.jpeg, { kind: "reference", family: familyName(family) });
    }
  }
  console.error(`references: ${references.length}`);

  for (const [s, style] of FORGERY_STYLES.entries()) {
    for (let i = 0; i < sizes.forgeriesPerStyle; i++) {
      const r = seededRandom(50_000 + s * 1000 + i + offset);
      const reference = references[(i * 7 + s) % references.length];
      const damage = DAMAGE_KINDS[i % DAMAGE_KINDS.length];
      const painted = await paintDamage(reference.scene.jpeg, reference.scene.width, reference.scene.height, reference.scene.product, damage, r);
      const bytes = await applyForgeryStyle(painted, style, r);
      const ext = style === "screenshot" || style === "combined" ? "png" : "jpg";
      write(`forgeries/${style}/${String(i).padStart(3, "0")}-${damage}.${ext}`, bytes, {
        kind: "forgery",
        family: familyName(reference.family),
        style,
        damage,
        referenceId: reference.id,
      });
    }
    console.error(`forgeries: ${style}`);
  }

  for (let i = 0; i < sizes.genuine; i++) {
    const r = seededRandom(90_000 + i + offset);
    const family = FAMILIES[i % FAMILIES.length];
    const scene = await renderProductScene(family, 200_000 + i + offset);
    const damage = i % 2 === 0 ? DAMAGE_KINDS[(i >> 1) % DAMAGE_KINDS.length] : undefined;
    const photo = damage ? await paintDamage(scene.jpeg, scene.width, scene.height, scene.product, damage, r) : scene.jpeg;
    const style = FORGERY_STYLES[i % FORGERY_STYLES.length];
    const bytes = await applyForgeryStyle(photo, style, r);
    write(`genuine/${String(i).padStart(3, "0")}-${family.type}.${style === "screenshot" || style === "combined" ? "png" : "jpg"}`, bytes, {
      kind: "genuine",
      family: familyName(family),
      style,
      damage,
    });
  }
  console.error(`genuine: ${sizes.genuine}`);

  const aiPicture = await renderProductScene({ type: "vase", hue: 300 }, 777);
  for (const file of await writeLabelledFiles(aiPicture.jpeg)) {
    write(`labelled/${file.name}`, file.bytes, { kind: "labelled", family: "vase-300", expect: file.expect });
  }
  console.error("labelled files written");

  for (let i = 0; i < sizes.large; i++) {
    const r = seededRandom(70_000 + i + offset);
    const reference = references[(i * 11) % references.length];
    const painted = await paintDamage(reference.scene.jpeg, reference.scene.width, reference.scene.height, reference.scene.product, DAMAGE_KINDS[i % 4], r);
    write(`large/${String(i).padStart(2, "0")}.jpg`, await upscaleWithSensorNoise(painted, r.int(1, 1e9)), {
      kind: "large",
      family: familyName(reference.family),
      referenceId: reference.id,
    });
  }
  fs.writeFileSync(path.join(outdir, "manifest.json"), JSON.stringify(entries, null, 1));
  console.error(`corpus: ${entries.length} files in ${outdir}`);
}

/** 4000×3000 with fresh full-resolution noise, so the JPEG has a camera-like amount of detail to decode. */
async function upscaleWithSensorNoise(picture: Buffer, seed: number): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  const r = seededRandom(seed);
  const noise = Buffer.alloc(width * height);
  for (let i = 0; i < noise.length; i++) noise[i] = 128 + (r.next() - 0.5) * 24;
  const noisePng = await sharp(noise, { raw: { width, height, channels: 1 } }).png({ compressionLevel: 1 }).toBuffer();
  const up = await sharp(picture).resize(width, height).toBuffer();
  return sharp(up).composite([{ input: noisePng, blend: "overlay" }]).jpeg({ quality: 92 }).toBuffer();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
