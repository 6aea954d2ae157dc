import { decodeHeifToJpeg } from "./decode-heif";
import { isHeifMime } from "./detect-file-type";
import { maxImagePixels } from "./render-thumbnail";

/**
 * What sharp should decode for a stored image: the file itself, or, for HEIF/HEIC (which
 * sharp cannot read), a JPEG decoded by libheif. Throws HeifDecodeError for a HEIF file that
 * cannot be decoded or declares too many pixels.
 */
export async function loadImageSource(file: string, mime: string): Promise<string | Buffer> {
  return isHeifMime(mime) ? decodeHeifToJpeg(file, maxImagePixels()) : file;
}
