import sharp from "sharp";
import { seededRandom, type Random } from "./seeded-random";

/**
 * Procedural "product photos": a product drawn with gradients and shading on a wall and
 * table with props, lighting falloff and seeded sensor noise, so photos have real texture.
 * A family (product type + palette) renders many distinct photos: different pose, props,
 * light and noise. That is how similar-product false positives are tested honestly.
 */
export const PRODUCT_TYPES = ["mug", "bottle", "box", "vase", "sneaker", "backpack", "phone", "bowl"] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

export interface ProductFamily {
  type: ProductType;
  hue: number;
}

export interface RenderedScene {
  jpeg: Buffer;
  width: number;
  height: number;
  /** The product's bounding box, where damage gets painted. */
  product: { x: number; y: number; w: number; h: number };
}

export const SCENE_WIDTH = 1200;
export const SCENE_HEIGHT = 900;

const hsl = (h: number, s: number, l: number) => `hsl(${((h % 360) + 360) % 360},${s}%,${l}%)`;

function productSvg(family: ProductFamily, r: Random, box: { x: number; y: number; w: number; h: number }): string {
  const { x, y, w, h } = box;
  const hue = family.hue + r.range(-8, 8);
  const base = hsl(hue, r.range(45, 75), r.range(40, 60));
  const light = hsl(hue, 60, 80);
  const dark = hsl(hue, 55, 22);
  const grad = `<linearGradient id="pg" x1="0" x2="1"><stop offset="0" stop-color="${dark}"/><stop offset="${r.range(0.3, 0.5).toFixed(2)}" stop-color="${light}"/><stop offset="1" stop-color="${base}"/></linearGradient>`;
  const label = `<rect x="${x + w * 0.2}" y="${y + h * 0.45}" width="${w * 0.6}" height="${h * 0.18}" rx="6" fill="${hsl(hue + 180, 40, r.range(20, 85))}" opacity="0.9"/>
    <text x="${x + w / 2}" y="${y + h * 0.58}" font-size="${Math.round(h * 0.09)}" text-anchor="middle" fill="#fff" font-family="sans-serif" font-weight="700">${r.pick(["ACME", "NOVA", "LUXE", "ORBIT", "PURE", "ZEN", "FORGE"])} ${r.int(1, 99)}</text>`;
  switch (family.type) {
    case "mug":
      return `<defs>${grad}</defs><path d="M${x + w * 0.85} ${y + h * 0.25} C${x + w * 1.15} ${y + h * 0.25} ${x + w * 1.15} ${y + h * 0.7} ${x + w * 0.85} ${y + h * 0.7}" stroke="${base}" stroke-width="${w * 0.08}" fill="none"/>
        <rect x="${x}" y="${y}" width="${w * 0.85}" height="${h}" rx="${w * 0.08}" fill="url(#pg)"/><ellipse cx="${x + w * 0.425}" cy="${y}" rx="${w * 0.425}" ry="${h * 0.07}" fill="${dark}"/>${label}`;
    case "bottle":
      return `<defs>${grad}</defs><rect x="${x + w * 0.38}" y="${y}" width="${w * 0.24}" height="${h * 0.22}" rx="6" fill="${dark}"/>
        <path d="M${x + w * 0.38} ${y + h * 0.2} Q${x} ${y + h * 0.3} ${x} ${y + h * 0.45} L${x} ${y + h} L${x + w} ${y + h} L${x + w} ${y + h * 0.45} Q${x + w} ${y + h * 0.3} ${x + w * 0.62} ${y + h * 0.2} Z" fill="url(#pg)"/>${label}`;
    case "box":
      return `<defs>${grad}</defs><polygon points="${x},${y + h * 0.2} ${x + w * 0.75},${y + h * 0.2} ${x + w * 0.75},${y + h} ${x},${y + h}" fill="url(#pg)"/>
        <polygon points="${x},${y + h * 0.2} ${x + w * 0.25},${y} ${x + w},${y} ${x + w * 0.75},${y + h * 0.2}" fill="${light}"/>
        <polygon points="${x + w * 0.75},${y + h * 0.2} ${x + w},${y} ${x + w},${y + h * 0.8} ${x + w * 0.75},${y + h}" fill="${dark}"/>${label}`;
    case "vase":
      return `<defs>${grad}</defs><path d="M${x + w * 0.35} ${y} L${x + w * 0.65} ${y} Q${x + w * 0.6} ${y + h * 0.2} ${x + w} ${y + h * 0.55} Q${x + w * 0.9} ${y + h} ${x + w * 0.5} ${y + h} Q${x + w * 0.1} ${y + h} ${x} ${y + h * 0.55} Q${x + w * 0.4} ${y + h * 0.2} ${x + w * 0.35} ${y} Z" fill="url(#pg)"/>
        <path d="M${x + w * 0.15} ${y + h * 0.6} Q${x + w * 0.5} ${y + h * 0.7} ${x + w * 0.85} ${y + h * 0.6}" stroke="${light}" stroke-width="6" fill="none"/>`;
    case "sneaker":
      return `<defs>${grad}</defs><path d="M${x} ${y + h * 0.55} Q${x + w * 0.1} ${y + h * 0.1} ${x + w * 0.45} ${y + h * 0.15} L${x + w * 0.6} ${y + h * 0.45} Q${x + w} ${y + h * 0.5} ${x + w} ${y + h * 0.8} L${x + w} ${y + h} L${x} ${y + h} Z" fill="url(#pg)"/>
        <rect x="${x}" y="${y + h * 0.85}" width="${w}" height="${h * 0.15}" fill="#f4f4f4"/>
        ${[0, 1, 2, 3].map((i) => `<line x1="${x + w * (0.3 + i * 0.06)}" y1="${y + h * 0.25}" x2="${x + w * (0.38 + i * 0.06)}" y2="${y + h * 0.45}" stroke="#fff" stroke-width="5"/>`).join("")}`;
    case "backpack":
      return `<defs>${grad}</defs><rect x="${x}" y="${y + h * 0.1}" width="${w}" height="${h * 0.9}" rx="${w * 0.2}" fill="url(#pg)"/>
        <path d="M${x + w * 0.3} ${y + h * 0.12} Q${x + w * 0.5} ${y - h * 0.08} ${x + w * 0.7} ${y + h * 0.12}" stroke="${dark}" stroke-width="14" fill="none"/>
        <rect x="${x + w * 0.15}" y="${y + h * 0.55}" width="${w * 0.7}" height="${h * 0.35}" rx="20" fill="${dark}" opacity="0.6"/>${label}`;
    case "phone":
      return `<defs>${grad}</defs><rect x="${x + w * 0.15}" y="${y}" width="${w * 0.7}" height="${h}" rx="${w * 0.1}" fill="${dark}"/>
        <rect x="${x + w * 0.2}" y="${y + h * 0.04}" width="${w * 0.6}" height="${h * 0.92}" rx="${w * 0.06}" fill="url(#pg)"/>
        ${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${x + w * (0.25 + (i % 3) * 0.18)}" y="${y + h * (0.15 + Math.floor(i / 3) * 0.12)}" width="${w * 0.12}" height="${w * 0.12}" rx="8" fill="${hsl(hue + i * 50, 60, 60)}"/>`).join("")}`;
    case "bowl":
      return `<defs>${grad}</defs><ellipse cx="${x + w / 2}" cy="${y + h * 0.3}" rx="${w / 2}" ry="${h * 0.18}" fill="${dark}"/>
        <path d="M${x} ${y + h * 0.3} Q${x + w * 0.05} ${y + h} ${x + w / 2} ${y + h} Q${x + w * 0.95} ${y + h} ${x + w} ${y + h * 0.3} Z" fill="url(#pg)"/>
        <path d="M${x + w * 0.1} ${y + h * 0.5} Q${x + w / 2} ${y + h * 0.65} ${x + w * 0.9} ${y + h * 0.5}" stroke="${light}" stroke-width="8" fill="none"/>`;
  }
}

function propsSvg(r: Random, avoid: { x: number; y: number; w: number; h: number }, tableY: number): string {
  const parts: string[] = [];
  for (let i = 0; i < r.int(2, 5); i++) {
    const size = r.range(40, 140);
    const left = r.next() < 0.5;
    const px = left ? r.range(20, Math.max(30, avoid.x - size)) : r.range(Math.min(avoid.x + avoid.w + 10, SCENE_WIDTH - 60), SCENE_WIDTH - 30);
    const py = r.range(tableY - size * 0.8, SCENE_HEIGHT - size);
    const colour = hsl(r.range(0, 360), r.range(20, 70), r.range(30, 75));
    parts.push(
      r.next() < 0.5
        ? `<circle cx="${px}" cy="${py}" r="${size / 2}" fill="${colour}"/><circle cx="${px - size * 0.15}" cy="${py - size * 0.15}" r="${size * 0.12}" fill="#fff" opacity="0.5"/>`
        : `<rect x="${px - size / 2}" y="${py - size / 3}" width="${size}" height="${size * 0.66}" fill="${colour}" transform="rotate(${r.range(-20, 20).toFixed(1)} ${px} ${py})"/>`,
    );
  }
  return parts.join("");
}

/** Renders one photo of a product family; `seed` decides pose, props, light and noise. */
export async function renderProductScene(family: ProductFamily, seed: number): Promise<RenderedScene> {
  const r = seededRandom(seed);
  const w = r.range(260, 460);
  const h = w * r.range(0.9, 1.5);
  const product = { x: r.range(120, SCENE_WIDTH - w - 160), y: r.range(80, SCENE_HEIGHT - h - 60), w, h };
  const tableY = r.range(SCENE_HEIGHT * 0.45, SCENE_HEIGHT * 0.75);
  const wall = r.range(0, 360);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SCENE_WIDTH}" height="${SCENE_HEIGHT}">
    <defs>
      <linearGradient id="wall" x1="0" y1="0" x2="${r.range(0, 0.5).toFixed(2)}" y2="1"><stop offset="0" stop-color="${hsl(wall, 15, r.range(80, 94))}"/><stop offset="1" stop-color="${hsl(wall, 12, r.range(60, 78))}"/></linearGradient>
      <linearGradient id="table" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hsl(wall + 30, 25, r.range(45, 65))}"/><stop offset="1" stop-color="${hsl(wall + 30, 30, r.range(25, 40))}"/></linearGradient>
      <radialGradient id="light" cx="${r.range(0.2, 0.8).toFixed(2)}" cy="${r.range(0.1, 0.4).toFixed(2)}" r="0.9"><stop offset="0" stop-color="#fff" stop-opacity="0.25"/><stop offset="1" stop-color="#000" stop-opacity="0.3"/></radialGradient>
    </defs>
    <rect width="100%" height="100%" fill="url(#wall)"/>
    <rect y="${tableY}" width="100%" height="${SCENE_HEIGHT - tableY}" fill="url(#table)"/>
    ${Array.from({ length: 14 }, () => `<line x1="0" y1="${r.range(tableY, SCENE_HEIGHT).toFixed(0)}" x2="${SCENE_WIDTH}" y2="${r.range(tableY, SCENE_HEIGHT).toFixed(0)}" stroke="#000" stroke-opacity="${r.range(0.03, 0.1).toFixed(2)}" stroke-width="${r.range(1, 4).toFixed(1)}"/>`).join("")}
    ${propsSvg(r, product, tableY)}
    <ellipse cx="${product.x + w / 2}" cy="${product.y + h}" rx="${w * 0.6}" ry="${h * 0.06}" fill="#000" opacity="0.25"/>
    ${productSvg(family, r, product)}
    <rect width="100%" height="100%" fill="url(#light)"/></svg>`;
  const noise = Buffer.alloc(SCENE_WIDTH * SCENE_HEIGHT * 3);
  const amplitude = r.range(20, 40);
  for (let i = 0; i < noise.length; i += 3) {
    const v = (r.next() - 0.5) * amplitude;
    noise[i] = 128 + v + (r.next() - 0.5) * 6;
    noise[i + 1] = 128 + v;
    noise[i + 2] = 128 + v + (r.next() - 0.5) * 6;
  }
  const noiseLayer = await sharp(noise, { raw: { width: SCENE_WIDTH, height: SCENE_HEIGHT, channels: 3 } }).blur(0.6).png().toBuffer();
  const jpeg = await sharp(Buffer.from(svg)).composite([{ input: noiseLayer, blend: "overlay" }]).jpeg({ quality: 90 }).toBuffer();
  return { jpeg, width: SCENE_WIDTH, height: SCENE_HEIGHT, product };
}
