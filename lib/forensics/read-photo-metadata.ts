import { readContainerMetadata, type ContainerMetadata } from "./read-container-metadata";
import { readExif, type ExifFields } from "./read-exif";

/** Everything the metadata signals read, parsed once per photo. */
export interface PhotoMetadata extends ContainerMetadata {
  exif: ExifFields;
}

export async function readPhotoMetadata(bytes: Uint8Array): Promise<PhotoMetadata> {
  const container = readContainerMetadata(bytes);
  return { ...container, exif: await readExif(container.exifTiff) };
}
