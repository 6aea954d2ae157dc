import { createHash } from "node:crypto";
import { access } from "node:fs/promises";
import { derivedPath, type DerivedExt } from "./resolve-store-paths";
import { writeFileAtomically } from "./write-file-atomically";

/** Stores a derived picture under its own hash and returns the hash; storing the same bytes twice is a no-op. */
export async function storeDerivedFile(bytes: Uint8Array, ext: DerivedExt): Promise<string> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const target = derivedPath(sha256, ext);
  const exists = await access(target).then(
    () => true,
    () => false,
  );
  if (!exists) await writeFileAtomically(target, bytes);
  return sha256;
}
