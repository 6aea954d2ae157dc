import sharp from "sharp";
import type { Random } from "./seeded-random";

/**
 * What the forger does after painting the damage. Each style is measured separately in
 * the benchmark; "painted" alone is the baseline.
 */
export const FORGERY_STYLES = ["painted", "recompressed", "resized", "cropped", "rotated", "recoloured", "screenshot", "combined"] as const;
export type ForgeryStyle = (typeof FORGERY_STYLES)[number];

export async function applyForgeryStyle(painted: Buffer, style: ForgeryStyle, r: Random): Promise<Buffer> {
  switch (style) {
    case "painted":
      return sharp(painted).jpeg({ quality: r.int(85, 95) }).toBuffer();
    case "recompressed": {
      let out = painted;
      for (let i = 0; i < r.int(2, 3); i++) out = await sharp(out).jpeg({ quality: r.int(45, 75) }).toBuffer();
      return out;
    }
    case "resized":
      return sharp(painted).resize({ width: Math.round(1200 * r.range(0.35, 0.75)) }).jpeg({ quality: r.int(70, 90) }).toBuffer();
    case "cropped":
      return crop(painted, r, 0.2).then((b) => sharp(b).jpeg({ quality: r.int(75, 92) }).toBuffer());
    case "rotated":
      return rotate(painted, r).then((b) => sharp(b).jpeg({ quality: r.int(75, 92) }).toBuffer());
    case "recoloured":
      return sharp(painted)
        .modulate({ brightness: r.range(0.75, 1.3), saturation: r.range(0.6, 1.5), hue: r.int(-30, 30) })
        .linear(r.range(0.85, 1.2), r.range(-15, 15))
        .jpeg({ quality: r.int(70, 90) })
        .toBuffer();
    case "screenshot":
      return screenshot(painted, r);
    case "combined": {
      const rotated = await rotate(painted, r);
      const cropped = await crop(rotated, r, 0.1);
      const recoloured = await sharp(cropped).modulate({ brightness: r.range(0.85, 1.15), hue: r.int(-15, 15) }).jpeg({ quality: r.int(60, 80) }).toBuffer();
      return screenshot(recoloured, r);
    }
  }
}

/** Removes up to `max` of each side in total, split at random between the two edges. */
async function crop(input: Buffer, r: Random, max: number): Promise<Buffer> {
  const { width = 0, height = 0 } = await sharp(input).metadata();
  const cutX = Math.round(width * r.range(0.05, max));
  const cutY = Math.round(height * r.range(0.05, max));
  const left = Math.round(cutX * r.next());
  const top = Math.round(cutY * r.next());
  return sharp(input).extract({ left, top, width: width - cutX, height: height - cutY }).png().toBuffer();
}

/** Rotates by 1–5° either way and crops away the empty corners, as a phone editor does. */
async function rotate(input: Buffer, r: Random): Promise<Buffer> {
  const { width = 0, height = 0 } = await sharp(input).metadata();
  const angle = r.range(1, 5) * (r.next() < 0.5 ? -1 : 1);
  const rad = (Math.abs(angle) * Math.PI) / 180;
  const rotated = await sharp(input).rotate(angle, { background: "#000000" }).png().toBuffer();
  const meta = await sharp(rotated).metadata();
  // Largest axis-aligned rectangle of the original aspect inside the rotated picture.
  const scale = 1 / (Math.cos(rad) + Math.sin(rad) * Math.max(width / height, height / width));
  const w = Math.floor(width * scale);
  const h = Math.floor(height * scale);
  return sharp(rotated)
    .extract({ left: Math.floor((meta.width! - w) / 2), top: Math.floor((meta.height! - h) / 2), width: w, height: h })
    .png()
    .toBuffer();
}

/** The photo shown full-width in a phone app: status bar, title bar, margins, a caption, a navigation bar. */
async function screenshot(input: Buffer, r: Random): Promise<Buffer> {
  const screenW = r.pick([1080, 1170, 1242]);
  const screenH = Math.round(screenW * r.range(2.0, 2.17));
  const dark = r.next() < 0.4;
  const bg = dark ? "#000000" : "#ffffff";
  const fg = dark ? "#ffffff" : "#111111";
  const margin = r.pick([0, 0, 24, 48]);
  const photo = await sharp(input).resize({ width: screenW - 2 * margin }).png().toBuffer();
  const { height: photoH = 0 } = await sharp(photo).metadata();
  const top = Math.round(screenH * r.range(0.18, 0.3));
  const statusH = Math.round(screenW * 0.09);
  const chrome = `<svg xmlns="http://www.w3.org/2000/svg" width="${screenW}" height="${screenH}">
    <rect width="100%" height="${statusH}" fill="${r.next() < 0.5 ? bg : "#1e1e1e"}"/>
    <text x="48" y="${statusH * 0.68}" font-size="${statusH * 0.42}" fill="${fg}" font-family="sans-serif">${r.int(8, 23)}:${String(r.int(0, 59)).padStart(2, "0")}</text>
    <rect x="${screenW - 150}" y="${statusH * 0.35}" width="70" height="${statusH * 0.32}" rx="6" fill="none" stroke="${fg}" stroke-width="3"/>
    <rect x="${screenW - 146}" y="${statusH * 0.39}" width="${r.int(20, 60)}" height="${statusH * 0.24}" fill="${fg}"/>
    ${[0, 1, 2, 3].map((i) => `<rect x="${screenW - 260 + i * 18}" y="${statusH * (0.65 - i * 0.08)}" width="12" height="${statusH * (0.1 + i * 0.08)}" fill="${fg}"/>`).join("")}
    <text x="${screenW / 2}" y="${statusH * 1.9}" font-size="${statusH * 0.4}" text-anchor="middle" fill="${fg}" font-family="sans-serif">Refund request</text>
    <text x="${margin + 20}" y="${top + photoH + 70}" font-size="34" fill="${fg}" font-family="sans-serif">Received damaged, please refund</text>
    ${[0, 1, 2, 3].map((i) => `<circle cx="${(screenW * (i + 0.5)) / 4}" cy="${screenH - 90}" r="22" fill="none" stroke="${fg}" stroke-width="3"/>`).join("")}
  </svg>`;
  return sharp({ create: { width: screenW, height: screenH, channels: 3, background: bg } })
    .composite([
      { input: Buffer.from(chrome), left: 0, top: 0 },
      { input: photo, left: margin, top },
    ])
    .png()
    .toBuffer();
}
