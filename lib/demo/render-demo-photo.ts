import sharp from "sharp";

/**
 * Deterministic "studio photos" of the demo products, drawn locally (no downloads):
 * an SVG scene with shading plus seeded sensor-like noise, so the pictures have real
 * texture. A forged variant paints cracks and a stain onto the same photo, the way the
 * buyers in the source article do with AI tools.
 */
export type DemoProduct = "mug" | "socks" | "duck";

const WIDTH = 1600;
const HEIGHT = 1200;

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCENES: Record<DemoProduct, string> = {
  mug: `
    <defs>
      <linearGradient id="body" x1="0" x2="1"><stop offset="0" stop-color="#d9dee6"/><stop offset="0.45" stop-color="#ffffff"/><stop offset="1" stop-color="#aeb6c2"/></linearGradient>
      <radialGradient id="coffee" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#6b4329"/><stop offset="1" stop-color="#3b2314"/></radialGradient>
    </defs>
    <ellipse cx="800" cy="1010" rx="380" ry="60" fill="#000" opacity="0.18"/>
    <path d="M1080 470 C1290 470 1290 820 1080 820" stroke="#c8ced8" stroke-width="70" fill="none"/>
    <rect x="500" y="380" width="600" height="640" rx="60" fill="url(#body)"/>
    <ellipse cx="800" cy="385" rx="300" ry="60" fill="#eef1f5" stroke="#c3c9d2" stroke-width="8"/>
    <ellipse cx="800" cy="392" rx="270" ry="46" fill="url(#coffee)"/>
    <rect x="600" y="600" width="400" height="180" rx="20" fill="#1f5fa8" opacity="0.85"/>
    <text x="800" y="715" font-size="84" text-anchor="middle" fill="#fff" font-family="sans-serif" font-weight="700">CERAMIC</text>`,
  socks: `
    <defs><pattern id="rib" width="18" height="18" patternUnits="userSpaceOnUse"><rect width="18" height="18" fill="#c0392b"/><rect width="6" height="18" fill="#a93226"/></pattern></defs>
    <ellipse cx="800" cy="1040" rx="520" ry="50" fill="#000" opacity="0.15"/>
    <path d="M420 200 h260 v520 c0 120 -60 200 -170 250 l-220 60 c-90 20 -130 -90 -50 -140 l130 -80 c40 -30 50 -60 50 -110 z" fill="url(#rib)"/>
    <path d="M900 220 h260 v520 c0 120 -60 200 -170 250 l-220 60 c-90 20 -130 -90 -50 -140 l130 -80 c40 -30 50 -60 50 -110 z" fill="url(#rib)"/>
    <rect x="420" y="200" width="260" height="70" fill="#f4f4f4"/><rect x="900" y="220" width="260" height="70" fill="#f4f4f4"/>`,
  duck: `
    <defs><radialGradient id="y" cx="0.4" cy="0.35" r="0.7"><stop offset="0" stop-color="#fff59d"/><stop offset="0.6" stop-color="#fbc02d"/><stop offset="1" stop-color="#e09b00"/></radialGradient></defs>
    <ellipse cx="800" cy="1030" rx="430" ry="55" fill="#000" opacity="0.18"/>
    <ellipse cx="820" cy="780" rx="400" ry="250" fill="url(#y)"/>
    <circle cx="620" cy="480" r="190" fill="url(#y)"/>
    <path d="M430 470 q-120 20 -150 60 q80 40 170 20 z" fill="#f57c00"/>
    <circle cx="580" cy="430" r="26" fill="#222"/><circle cx="572" cy="420" r="8" fill="#fff"/>`,
};

async function baseScene(product: DemoProduct, seed: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f3efe8"/><stop offset="0.72" stop-color="#e4ddd2"/><stop offset="1" stop-color="#cfc6b8"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#bg)"/>${SCENES[product]}</svg>`;
  const rand = mulberry32(seed);
  const noise = Buffer.alloc(WIDTH * HEIGHT * 3);
  for (let i = 0; i < noise.length; i += 3) {
    const v = Math.round((rand() - 0.5) * 36);
    noise[i] = 128 + v;
    noise[i + 1] = 128 + v + Math.round((rand() - 0.5) * 8);
    noise[i + 2] = 128 + v;
  }
  const noiseLayer = await sharp(noise, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } }).blur(0.6).png().toBuffer();
  return sharp(Buffer.from(svg)).composite([{ input: noiseLayer, blend: "overlay" }]).png().toBuffer();
}

/** The merchant's listing photo of a product. */
export async function renderReferencePhoto(product: DemoProduct, seed = 1): Promise<Buffer> {
  return sharp(await baseScene(product, seed)).jpeg({ quality: 90 }).toBuffer();
}

/** A buyer's "damage" photo made from the merchant's own listing photo. */
export async function renderForgedPhoto(product: DemoProduct, seed = 1): Promise<Buffer> {
  const rand = mulberry32(seed * 7919);
  let d = "M 720 430";
  let x = 720;
  let y = 430;
  for (let i = 0; i < 14; i++) {
    x += (rand() - 0.35) * 60;
    y += 30 + rand() * 25;
    d += ` L ${x.toFixed(0)} ${y.toFixed(0)}`;
  }
  const overlay = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <defs><radialGradient id="stain"><stop offset="0" stop-color="#5a3b1c" stop-opacity="0.75"/><stop offset="1" stop-color="#5a3b1c" stop-opacity="0"/></radialGradient></defs>
    <path d="${d}" stroke="#2b2b2b" stroke-width="7" fill="none" stroke-linejoin="bevel"/>
    <path d="${d}" stroke="#ffffff" stroke-width="2" fill="none" opacity="0.6" transform="translate(4,2)"/>
    <ellipse cx="930" cy="820" rx="120" ry="80" fill="url(#stain)"/></svg>`;
  const painted = await sharp(await baseScene(product, seed)).composite([{ input: Buffer.from(overlay) }]).png().toBuffer();
  return sharp(painted).resize(1280).jpeg({ quality: 78 }).toBuffer();
}
