import { existsSync } from "node:fs";
import path from "node:path";

let available: boolean | undefined;

/**
 * Whether this machine can decode HEIF/HEIC: libheif's `heif-convert` (Debian's
 * libheif-examples, installed by scripts/ensure-system-deps.sh) is on the PATH. sharp's
 * bundled libvips has no HEVC decoder, so without it HEIC photos are stored and listed but
 * neither shown nor analysed.
 */
export function heifDecoderAvailable(): boolean {
  available ??= (process.env.PATH ?? "").split(path.delimiter).some((dir) => dir !== "" && existsSync(path.join(dir, "heif-convert")));
  return available;
}
