import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CASE_FILE_FACES, NUMERALS_FILE, subsetCaseFileFonts } from "./subset-case-file-fonts";

const dir = mkdtempSync(path.join(os.tmpdir(), "refundproof-subset-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** fontconfig's view of a font file: its family and the code points it maps. */
function query(file: string): { family: string; charset: string } {
  const [family, charset] = execFileSync("fc-query", ["--format=%{family}\t%{charset}", file]).toString().split("\t");
  return { family, charset };
}

describe("subsetCaseFileFonts", () => {
  it("cuts every case-file face down to the document's characters, and the digits face to 0–9", async () => {
    await subsetCaseFileFonts("仅退款 Order 7", dir);
    for (const face of CASE_FILE_FACES) {
      const file = path.join(dir, face.file);
      const { family, charset } = query(file);
      expect(family.split(",")).toContain(face.pattern.split(":")[0]);
      // 仅 退 款 and printable ASCII, nothing else from the 30,000-odd characters of the face.
      expect(charset.split(" ")).toEqual(expect.arrayContaining(["20-7e", "4ec5", "9000", "6b3e"]));
      expect(charset.split(" ")).toHaveLength(4);
      expect(statSync(file).size).toBeLessThan(60_000);
    }
    const digits = query(path.join(dir, NUMERALS_FILE));
    expect(digits.family).toBe("DejaVu Sans");
    expect(digits.charset).toBe("30-39");
  });
});
