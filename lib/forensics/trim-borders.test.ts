import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { renderProductScene } from "@/scripts/forensics/render-product-scene";
import { trimBorders } from "./trim-borders";

async function rgbOf(bytes: Buffer) {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

describe("trimBorders", async () => {
  const scene = await renderProductScene({ type: "mug", hue: 200 }, 11);
  const photo = await sharp(scene.jpeg).resize(600).png().toBuffer();

  it("finds the photo inside a phone screenshot with a status bar, caption and margins", async () => {
    const bar = `<svg xmlns="http://www.w3.org/2000/svg" width="700" height="60"><rect width="700" height="60" fill="#222"/><text x="20" y="42" font-size="30" fill="#fff" font-family="sans-serif">9:41</text><rect x="600" y="20" width="60" height="22" fill="#fff"/></svg>`;
    const caption = `<svg xmlns="http://www.w3.org/2000/svg" width="700" height="40"><text x="50" y="30" font-size="24" fill="#333" font-family="sans-serif">Arrived broken</text></svg>`;
    const screenshot = await sharp({ create: { width: 700, height: 1400, channels: 3, background: "#ffffff" } })
      .composite([
        { input: Buffer.from(bar), left: 0, top: 0 },
        { input: photo, left: 50, top: 300 },
        { input: Buffer.from(caption), left: 0, top: 760 },
      ])
      .png()
      .toBuffer();
    const { data, width, height } = await rgbOf(screenshot);
    const box = trimBorders(data, width, height);
    expect(box.left).toBeGreaterThanOrEqual(48);
    expect(box.left).toBeLessThanOrEqual(52);
    expect(box.top).toBeGreaterThanOrEqual(298);
    expect(box.top).toBeLessThanOrEqual(302);
    expect(box.width).toBeGreaterThanOrEqual(596);
    expect(box.width).toBeLessThanOrEqual(604);
    expect(box.height).toBeGreaterThanOrEqual(446);
    expect(box.height).toBeLessThanOrEqual(454);
  });

  it("drops a caption that a flat gap separates from the photo, even in large dense type", async () => {
    const caption = `<svg xmlns="http://www.w3.org/2000/svg" width="700" height="60"><text x="10" y="46" font-size="44" font-weight="bold" fill="#111" font-family="sans-serif">WWW MMM Broken refund WWW</text></svg>`;
    const screenshot = await sharp({ create: { width: 700, height: 1400, channels: 3, background: "#ffffff" } })
      .composite([
        { input: photo, left: 50, top: 300 },
        { input: Buffer.from(caption), left: 0, top: 780 },
      ])
      .png()
      .toBuffer();
    const { data, width, height } = await rgbOf(screenshot);
    const box = trimBorders(data, width, height);
    expect(box.top).toBeGreaterThanOrEqual(298);
    expect(box.top).toBeLessThanOrEqual(302);
    expect(box.height).toBeGreaterThanOrEqual(446);
    expect(box.height).toBeLessThanOrEqual(454);
  });

  it("leaves a photo without chrome alone", async () => {
    const { data, width, height } = await rgbOf(photo);
    expect(trimBorders(data, width, height)).toEqual({ left: 0, top: 0, width, height });
  });
});
