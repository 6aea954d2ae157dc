import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { openDerivedFile } from "./open-derived-file";
import { derivedPath } from "./resolve-store-paths";
import { storeDerivedFile } from "./store-derived-file";

describe("derived file store", () => {
  it("stores bytes under their hash once and reads them back", async () => {
    const bytes = new TextEncoder().encode("heat map bytes");
    const sha = await storeDerivedFile(bytes, "png");
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    expect(await storeDerivedFile(bytes, "png")).toBe(sha);
    expect(new Uint8Array(await readFile(derivedPath(sha, "png")))).toEqual(bytes);
    const opened = await openDerivedFile(sha, "png");
    expect(opened).toMatchObject({ contentType: "image/png", size: bytes.length });
    expect(new Uint8Array(await new Response(opened.body).arrayBuffer())).toEqual(bytes);
  });

  it("answers 404 for an unknown or malformed hash", async () => {
    await expect(openDerivedFile("b".repeat(64), "png")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(openDerivedFile("../../etc/passwd", "png")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
