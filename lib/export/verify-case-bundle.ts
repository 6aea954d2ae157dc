import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import { MANIFEST_PATH, manifestSchema, SUMS_PATH, type BundleManifest } from "./build-bundle-contents";
import { openEntryStream, openZip, zipEntries } from "./read-zip";

export type BundleProblem =
  | { path: string; problem: "missing" }
  | { path: string; problem: "altered"; expectedSha256: string; actualSha256: string; expectedSize: number; actualSize: number }
  | { path: string; problem: "unreadable"; message: string }
  | { path: string; problem: "extra" }
  | { path: string; problem: "sums-mismatch" };

export class BundleFormatError extends Error {
  constructor(readonly reason: "not-zip" | "no-manifest" | "bad-manifest" | "no-sums", detail: string) {
    super(detail);
  }
}

export interface BundleReport {
  ok: boolean;
  manifest: BundleManifest;
  checkedFiles: number;
  problems: BundleProblem[];
}

/** Reads every entry once, hashing as it streams; only manifest.json and SHA256SUMS are kept in memory. */
async function readBundle(file: string) {
  const zip = await openZip(file).catch((error: Error) => {
    throw new BundleFormatError("not-zip", error.message);
  });
  const actual = new Map<string, { sha256: string; size: number } | { error: string }>();
  const small = new Map<string, Buffer>();
  try {
    for await (const entry of zipEntries(zip)) {
      if (entry.fileName.endsWith("/")) continue;
      const keep = entry.fileName === MANIFEST_PATH || entry.fileName === SUMS_PATH;
      try {
        const stream = await openEntryStream(zip, entry);
        const result = await digest(stream, keep);
        actual.set(entry.fileName, { sha256: result.sha256, size: result.size });
        if (keep) small.set(entry.fileName, result.bytes!);
      } catch (error) {
        actual.set(entry.fileName, { error: (error as Error).message });
      }
    }
  } catch (error) {
    throw error instanceof BundleFormatError ? error : new BundleFormatError("not-zip", (error as Error).message);
  } finally {
    zip.close();
  }
  return { actual, small };
}

async function digest(stream: Readable, keep: boolean): Promise<{ sha256: string; size: number; bytes?: Buffer }> {
  const hash = createHash("sha256");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
    if (keep) chunks.push(chunk);
  }
  return { sha256: hash.digest("hex"), size, bytes: keep ? Buffer.concat(chunks) : undefined };
}

/**
 * Checks a case-file bundle the way a recipient would: every file the manifest lists must
 * be present with its size and SHA-256, SHA256SUMS must agree with the actual bytes (it
 * also covers manifest.json itself), and nothing unlisted may have been added. Each altered,
 * missing or extra file is named. Throws BundleFormatError when the file is not a readable
 * ZIP or has no valid manifest.
 */
export async function verifyCaseBundle(file: string): Promise<BundleReport> {
  const { actual, small } = await readBundle(file);
  const manifestBytes = small.get(MANIFEST_PATH);
  if (!manifestBytes) throw new BundleFormatError("no-manifest", `${MANIFEST_PATH} is not in the archive`);
  let manifest: BundleManifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(manifestBytes.toString("utf8")));
  } catch (error) {
    throw new BundleFormatError("bad-manifest", (error as Error).message);
  }
  const sumsBytes = small.get(SUMS_PATH);
  if (!sumsBytes) throw new BundleFormatError("no-sums", `${SUMS_PATH} is not in the archive`);

  const problems = new Map<string, BundleProblem>();
  const report = (problem: BundleProblem) => {
    if (!problems.has(problem.path)) problems.set(problem.path, problem);
  };
  const check = (path: string, expectedSha256: string, expectedSize: number | null) => {
    const found = actual.get(path);
    if (!found) return report({ path, problem: "missing" });
    if ("error" in found) return report({ path, problem: "unreadable", message: found.error });
    if (found.sha256 !== expectedSha256 || (expectedSize !== null && found.size !== expectedSize)) {
      report({ path, problem: "altered", expectedSha256, actualSha256: found.sha256, expectedSize: expectedSize ?? found.size, actualSize: found.size });
    }
  };

  for (const entry of manifest.files) check(entry.path, entry.sha256, entry.sizeBytes);

  const sums = new Map<string, string>();
  for (const line of sumsBytes.toString("utf8").split("\n")) {
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (match) sums.set(match[2], match[1]);
  }
  for (const [path, sha256] of sums) check(path, sha256, null);
  // A file the manifest lists with a hash SHA256SUMS contradicts: one of the two lists was edited.
  for (const entry of manifest.files) {
    if (sums.get(entry.path) !== entry.sha256) report({ path: entry.path, problem: "sums-mismatch" });
  }
  if (!sums.has(MANIFEST_PATH)) report({ path: MANIFEST_PATH, problem: "sums-mismatch" });

  const listed = new Set([...manifest.files.map((f) => f.path), MANIFEST_PATH, SUMS_PATH]);
  for (const path of actual.keys()) if (!listed.has(path)) report({ path, problem: "extra" });

  return { ok: problems.size === 0, manifest, checkedFiles: actual.size, problems: [...problems.values()] };
}
