import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aigcXmpPacket } from "@/lib/forensics/fixtures/embed-metadata";
import { paintDamage } from "./forensics/paint-damage";
import { renderProductScene } from "./forensics/render-product-scene";
import { seededRandom } from "./forensics/seeded-random";

const run = promisify(execFile);

describe("npm run analyze (scripts/analyze.ts)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "analyze-cli-"));
  const refs = path.join(dir, "refs");
  const out = path.join(dir, "out");

  beforeAll(async () => {
    fs.mkdirSync(refs);
    const listing = await renderProductScene({ type: "sneaker", hue: 10 }, 41);
    fs.writeFileSync(path.join(refs, "listing.jpg"), listing.jpeg);
    fs.writeFileSync(path.join(refs, "notes.txt"), "not a picture");
    const painted = await paintDamage(listing.jpeg, listing.width, listing.height, listing.product, "stain", seededRandom(2));
    fs.writeFileSync(path.join(dir, "forged.jpg"), await sharp(painted).resize(900).jpeg({ quality: 75 }).toBuffer());
    fs.writeFileSync(path.join(dir, "unrelated.jpg"), (await renderProductScene({ type: "bowl", hue: 250 }, 42)).jpeg);
    fs.writeFileSync(path.join(dir, "labelled.png"), await sharp((await renderProductScene({ type: "box", hue: 90 }, 43)).jpeg).withXmp(aigcXmpPacket({ Label: "1", ContentProducer: "P", ProduceID: "ID-1" })).png().toBuffer());
    fs.writeFileSync(path.join(dir, "broken.jpg"), Buffer.alloc(0));
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function analyze(args: string[]) {
    const files = ["forged.jpg", "unrelated.jpg", "labelled.png", "broken.jpg"].map((f) => path.join(dir, f));
    return run(process.execPath, ["--import", "tsx", "scripts/analyze.ts", "--reference", refs, ...args, ...files], { cwd: process.cwd() }).then(
      (r) => ({ ...r, code: 0 }),
      (e: { stdout: string; stderr: string; code: number }) => e,
    );
  }

  it("prints one JSON object per photo, keeps going after a bad file and exits 1", async () => {
    const { stdout, stderr, code } = await analyze(["--json", "--out", out]);
    expect(code).toBe(1);
    expect(stderr).toContain("skipping reference");
    const lines = stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((l) => path.basename(l.file))).toEqual(["forged.jpg", "unrelated.jpg", "labelled.png", "broken.jpg"]);
    const [forged, unrelated, labelled, broken] = lines;

    const derived = forged.findings.find((f: { type: string }) => f.type === "derived_from_reference");
    expect(derived).toMatchObject({ strength: "strong", details: { referenceId: "listing.jpg" } });
    expect(forged.summary.level).toBe("strong");
    expect(fs.existsSync(derived.pictures.heatmap)).toBe(true);
    expect(fs.existsSync(derived.pictures["aligned-pair"])).toBe(true);

    expect(unrelated.findings.every((f: { strength: string }) => f.strength === "info")).toBe(true);
    expect(unrelated.summary.level).toBe("none");

    expect(labelled.findings[0]).toMatchObject({ type: "aigc_label", strength: "strong", details: { produceId: "ID-1" } });

    expect(broken.error.code).toBe("EMPTY_FILE");
  }, 60_000);

  it("prints a readable table without --json and writes no pictures without --out", async () => {
    fs.rmSync(out, { recursive: true, force: true });
    const { stdout } = await analyze([]);
    expect(stdout).toMatch(/forged\.jpg\s+\[STRONG\]/);
    expect(stdout).toMatch(/strong\s+derived_from_reference/);
    expect(stdout).toContain("ERROR EMPTY_FILE");
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);
});
