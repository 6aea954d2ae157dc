import { detectAigcLabel } from "./aigc-label";
import { detectC2pa } from "./c2pa";
import { decodePhoto, type DecodedPhoto, type PhotoFormat } from "./decode-photo";
import { detectDerivedFromReference, type ReferenceLibrary } from "./derived-from-reference";
import { detectElaAnomaly } from "./ela";
import { compareFindingStrength, type Finding } from "./finding-schema";
import { detectGeneratorTrace } from "./generator-trace";
import { computePhotoHashes, type PhotoHashes } from "./photo-hashes";
import { prepareMatchImage, type MatchImage } from "./prepare-match-image";
import { readPhotoMetadata } from "./read-photo-metadata";
import { detectReuse, shortlistNearPhotos, type EarlierPhotoLibrary, type PreviousEvidence } from "./reuse";
import { summarizeFindings, type CaseSummary } from "./summarize-findings";
import { detectTimelineIssues } from "./timeline";

export interface AnalysisContext {
  references?: ReferenceLibrary;
  shippedAt?: Date;
  deliveredAt?: Date;
  now?: Date;
  /** Buyer photos of the merchant's other disputes: reuse is looked for among them (by alignment, see detectReuse). */
  earlierPhotos?: EarlierPhotoLibrary;
  /** Those of them whose stored hashes come near this photo's, looked up once its hashes are known: aligned first. */
  findPreviousEvidence?: (hashes: PhotoHashes) => Promise<PreviousEvidence[]>;
  /** Evidence of this dispute is not "reuse". */
  disputeId?: string;
  /** The stored file when `bytes` is a decode of it (HEIC): its metadata and format are the file's. */
  container?: { bytes: Uint8Array; format: "heic" };
}

export interface PhotoAnalysis {
  format: PhotoFormat;
  width: number;
  height: number;
  /** Size once EXIF orientation is applied: the frame finding coordinates (contentInPhoto, regions) refer to. */
  uprightWidth: number;
  uprightHeight: number;
  /** Store these with the evidence: they feed later reuse checks. */
  hashes: PhotoHashes;
  /** Strongest first. */
  findings: Finding[];
  summary: CaseSummary;
}

export interface PreparedPhoto {
  match: MatchImage;
  hashes: PhotoHashes;
}

/** Decodes and hashes a photo for the reference index. Throws ForensicsInputError on bad input. */
export async function preparePhoto(bytes: Uint8Array): Promise<PreparedPhoto> {
  const match = await prepareMatchImage(await decodePhoto(bytes));
  return { match, hashes: computePhotoHashes(match) };
}

/**
 * The photo as matching sees it: trimmed of chrome, and, when trimming took something
 * off, also whole, because a flat band can be picture too (a wall washed out by a
 * brightness edit) and the reference may still show it.
 */
async function framingsOf(photo: DecodedPhoto, content: PreparedPhoto): Promise<PreparedPhoto[]> {
  const trimmed = content.match.contentInPhoto.width < photo.width * 0.98 || content.match.contentInPhoto.height < photo.height * 0.98;
  if (!trimmed) return [content];
  const whole = await prepareMatchImage(photo, { trim: false });
  return [content, { match: whole, hashes: computePhotoHashes(whole) }];
}

/** Reuse among the earlier photos, the ones whose stored hashes come near this photo's aligned first. */
async function findReuse(match: MatchImage, hashes: PhotoHashes, earlierPhotos: EarlierPhotoLibrary, context: AnalysisContext): Promise<Finding[]> {
  const previous = (await context.findPreviousEvidence?.(hashes)) ?? [];
  return detectReuse(match, hashes, earlierPhotos, shortlistNearPhotos(hashes, previous, context.disputeId));
}

/**
 * Runs every signal on one photo. The pixels are decoded once, at the working size; ELA's
 * re-encode runs in sharp's thread pool while the matching runs here (Promise.all, so no
 * failure goes unhandled).
 * Throws ForensicsInputError for corrupt, truncated, empty or oversized input.
 */
export async function analyzePhoto(bytes: Uint8Array, context: AnalysisContext = {}): Promise<PhotoAnalysis> {
  const decoded = await decodePhoto(bytes);
  const photo: DecodedPhoto = context.container ? { ...decoded, format: context.container.format } : decoded;
  const match = await prepareMatchImage(photo);
  const hashes = computePhotoHashes(match);
  const [metadata, derived, ela, reuse] = await Promise.all([
    readPhotoMetadata(context.container?.bytes ?? bytes),
    context.references ? framingsOf(photo, { match, hashes }).then((framings) => detectDerivedFromReference(framings, context.references!)) : [],
    detectElaAnomaly(bytes, photo, match),
    context.earlierPhotos ? findReuse(match, hashes, context.earlierPhotos, context) : [],
  ]);
  const findings = [
    ...detectAigcLabel(metadata),
    ...detectC2pa(metadata),
    ...detectGeneratorTrace(metadata),
    ...derived,
    ...reuse,
    ...detectTimelineIssues(metadata.exif, { shippedAt: context.shippedAt, deliveredAt: context.deliveredAt, now: context.now }),
    ...ela,
  ].sort(compareFindingStrength);
  const workToPhoto = Math.max(photo.width, photo.height) / Math.max(photo.workWidth, photo.workHeight);
  return {
    format: photo.format,
    width: photo.width,
    height: photo.height,
    uprightWidth: Math.round(photo.workWidth * workToPhoto),
    uprightHeight: Math.round(photo.workHeight * workToPhoto),
    hashes,
    findings,
    summary: summarizeFindings(findings),
  };
}
