import { describe, expect, it } from "vitest";
import type { Hash64 } from "./perceptual-hash";
import { hashToHex } from "./perceptual-hash";
import { WINDOWS, type PhotoHashes } from "./photo-hashes";
import { ReferenceIndex } from "./reference-index";

/** mulberry32: a plain LCG's low bits repeat too soon to make independent hashes. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

function flip(hash: Hash64, bits: number[]): Hash64 {
  let [hi, lo] = hash;
  for (const bit of bits) {
    if (bit < 32) hi = (hi ^ (1 << bit)) >>> 0;
    else lo = (lo ^ (1 << (bit - 32))) >>> 0;
  }
  return [hi, lo];
}

describe("ReferenceIndex", () => {
  const random = generator(7);
  const references = Array.from({ length: 2_000 }, () => WINDOWS.map((): Hash64 => [random(), random()]));
  const index = new ReferenceIndex();
  references.forEach((hashes, i) => index.add(`ref-${i}`, hashes));

  it("always finds a reference whose window hash is within 11 bits (tables and pending entries alike)", () => {
    expect(index.size).toBe(2_000);
    for (let trial = 0; trial < 200; trial++) {
      const target = random() % references.length;
      const window = random() % WINDOWS.length;
      const bits = new Set<number>();
      while (bits.size < trial % 12) bits.add(random() % 64);
      const [best] = index.lookupHashes([{ window: 0, hash: flip(references[target][window], [...bits]) }]);
      expect(best).toMatchObject({ referenceId: `ref-${target}`, distance: bits.size, referenceWindow: window, queryWindow: 0 });
    }
  });

  it("finds nothing for an unrelated hash", () => {
    expect(index.lookupHashes([{ window: 0, hash: [0x12345678, 0x9abcdef0] }], { maxDistance: 8 })).toEqual([]);
  });

  it("looks photos up by their PhotoHashes", () => {
    const small = new ReferenceIndex();
    const windows = references[5].map(hashToHex);
    const hashes: PhotoHashes = { version: 1, global: windows[0], windows };
    small.add("listing.jpg", hashes);
    expect(small.lookup(hashes)[0]).toMatchObject({ referenceId: "listing.jpg", distance: 0 });
  });
});
