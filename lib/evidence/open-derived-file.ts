import { notFound } from "@/lib/errors";
import { DERIVED_TYPES, derivedPath, type DerivedExt } from "./resolve-store-paths";
import { streamFile } from "./stream-file";

/**
 * Opens a derived picture for a route handler. Callers must first prove the caller's
 * merchant owns the row that names this hash (finding, video probe); this function only
 * reads the file.
 */
export async function openDerivedFile(sha256: string, ext: DerivedExt): Promise<{ body: ReadableStream; contentType: string; size: number }> {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw notFound();
  const file = derivedPath(sha256, ext);
  const { body, fileSize } = await streamFile(file);
  return { body, contentType: DERIVED_TYPES[ext], size: fileSize };
}
