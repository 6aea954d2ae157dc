import sharp from "sharp";
import type { Random } from "./seeded-random";

/** The kinds of fake damage buyers paint onto product photos. */
export const DAMAGE_KINDS = ["crack", "stain", "dent", "broken_corner"] as const;
export type DamageKind = (typeof DAMAGE_KINDS)[number];

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function crackSvg(r: Random, box: Box): string {
  const paths: string[] = [];
  let x = box.x + box.w * r.range(0.2, 0.8);
  let y = box.y + box.h * r.range(0.05, 0.3);
  let d = `M${x.toFixed(0)} ${y.toFixed(0)}`;
  for (let i = 0; i < r.int(8, 16); i++) {
    x += r.range(-0.5, 0.5) * box.w * 0.15;
    y += box.h * r.range(0.03, 0.07);
    d += ` L${x.toFixed(0)} ${y.toFixed(0)}`;
    if (r.next() < 0.25) paths.push(`M${x.toFixed(0)} ${y.toFixed(0)} l${r.range(-60, 60).toFixed(0)} ${r.range(10, 50).toFixed(0)} l${r.range(-30, 30).toFixed(0)} ${r.range(5, 30).toFixed(0)}`);
  }
  paths.unshift(d);
  const width = r.range(3, 7);
  return paths
    .map(
      (p) => `<path d="${p}" stroke="#1d1b19" stroke-width="${width.toFixed(1)}" fill="none" stroke-linejoin="bevel" opacity="0.9"/>
      <path d="${p}" stroke="#fff" stroke-width="${(width / 3).toFixed(1)}" fill="none" opacity="0.5" transform="translate(2,1)"/>`,
    )
    .join("");
}

function stainSvg(r: Random, box: Box): string {
  const cx = box.x + box.w * r.range(0.25, 0.75);
  const cy = box.y + box.h * r.range(0.3, 0.8);
  const colour = r.pick(["#5a3b1c", "#6b5a2a", "#3b2a1a", "#7a4a20"]);
  const blobs = Array.from({ length: r.int(3, 6) }, () => {
    const rx = box.w * r.range(0.08, 0.2);
    return `<ellipse cx="${(cx + r.range(-0.1, 0.1) * box.w).toFixed(0)}" cy="${(cy + r.range(-0.1, 0.1) * box.h).toFixed(0)}" rx="${rx.toFixed(0)}" ry="${(rx * r.range(0.5, 1.2)).toFixed(0)}" fill="url(#stain)"/>`;
  });
  return `<defs><radialGradient id="stain"><stop offset="0" stop-color="${colour}" stop-opacity="0.8"/><stop offset="0.7" stop-color="${colour}" stop-opacity="0.5"/><stop offset="1" stop-color="${colour}" stop-opacity="0"/></radialGradient></defs>${blobs.join("")}`;
}

function dentSvg(r: Random, box: Box): string {
  const cx = box.x + box.w * r.range(0.25, 0.75);
  const cy = box.y + box.h * r.range(0.25, 0.75);
  const rx = box.w * r.range(0.1, 0.22);
  const ry = rx * r.range(0.6, 1.1);
  return `<defs><radialGradient id="dent" cx="0.65" cy="0.65"><stop offset="0" stop-color="#fff" stop-opacity="0.55"/><stop offset="0.55" stop-color="#000" stop-opacity="0.45"/><stop offset="1" stop-color="#000" stop-opacity="0"/></radialGradient></defs>
    <ellipse cx="${cx.toFixed(0)}" cy="${cy.toFixed(0)}" rx="${rx.toFixed(0)}" ry="${ry.toFixed(0)}" fill="url(#dent)"/>
    <path d="M${(cx - rx * 0.8).toFixed(0)} ${cy.toFixed(0)} q${(rx * 0.8).toFixed(0)} ${(-ry * 0.6).toFixed(0)} ${(rx * 1.6).toFixed(0)} 0" stroke="#000" stroke-opacity="0.35" stroke-width="3" fill="none"/>`;
}

function brokenCornerSvg(r: Random, box: Box): string {
  const right = r.next() < 0.5;
  const cornerX = right ? box.x + box.w : box.x;
  const cornerY = box.y + (r.next() < 0.5 ? 0 : box.h * 0.6);
  const size = box.w * r.range(0.2, 0.35);
  const dir = right ? -1 : 1;
  const points = [`${cornerX},${cornerY}`];
  for (let i = 0; i <= 6; i++) {
    const t = i / 6;
    points.push(`${(cornerX + dir * size * t + r.range(-8, 8)).toFixed(0)},${(cornerY + size * (1 - t) * r.range(0.8, 1.2)).toFixed(0)}`);
  }
  return `<polygon points="${points.join(" ")}" fill="#2a2522"/><polyline points="${points.slice(1).join(" ")}" stroke="#e8e2da" stroke-width="3" fill="none" opacity="0.8"/>`;
}

const PAINTERS: Record<DamageKind, (r: Random, box: Box) => string> = {
  crack: crackSvg,
  stain: stainSvg,
  dent: dentSvg,
  broken_corner: brokenCornerSvg,
};

/** Paints damage onto the product, feathered a little so it blends like an AI edit would. */
export async function paintDamage(photo: Buffer, width: number, height: number, product: Box, kind: DamageKind, r: Random): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${PAINTERS[kind](r, product)}</svg>`;
  const overlay = await sharp(Buffer.from(svg)).blur(r.range(0.5, 1.2)).png().toBuffer();
  return sharp(photo).composite([{ input: overlay, blend: kind === "stain" ? "multiply" : "over" }]).png().toBuffer();
}
