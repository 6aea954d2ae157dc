import sharp from "sharp";
import { SAFE_DECODE_OPTIONS, toInputError, type DecodedPhoto } from "./decode-photo";
import type { MatchImage } from "./prepare-match-image";
import type { Finding } from "./finding-schema";
import { findConnectedRegions } from "./find-connected-regions";

/** Quality the photo is re-saved at; the error against it is the "error level". */
export const ELA_QUALITY = 90;
/**
 * Full-resolution ELA needs a second full decode and a full JPEG encode; above this size
 * that would dominate the analysis time, so bigger photos (camera originals, where ELA
 * rarely tells anything) get only a rough view computed on the matching-size image.
 */
const FULL_RESOLUTION_MAX_PIXELS = 4_000_000;
const MIN_AMPLIFY = 8;
const MAX_AMPLIFY = 60;
const PICTURE_SIDE = 768;
const OUTLIER_Z = 4;
/** An anomaly worth a human look: a connected patch of at least this many outlier blocks… */
const MIN_CLUSTER_BLOCKS = 4;
/** …that is also a noticeable part of the picture. */
const MIN_CLUSTER_FRACTION = 0.004;

/**
 * ela: JPEG error-level analysis. Re-saves the photo at a known quality and maps how much
 * each area changes: areas pasted or painted in after the last save often change more
 * than the rest. Weak on its own: texture and edges raise the error level too.
 */
export async function detectElaAnomaly(bytes: Uint8Array, photo: DecodedPhoto, match: MatchImage): Promise<Finding[]> {
  if (photo.format !== "jpeg") return [];
  const fullResolution = photo.width * photo.height <= FULL_RESOLUTION_MAX_PIXELS;
  const source = fullResolution ? await decodeFull(bytes) : { data: match.rgb, width: match.width, height: match.height };
  const { data: resaved } = await sharp(source.data, { raw: { width: source.width, height: source.height, channels: 3 } })
    // Huffman optimisation changes the file size, not the decoded pixels, and would double the encode time.
    .jpeg({ quality: ELA_QUALITY, optimiseCoding: false })
    .toBuffer()
    .then((jpeg) => sharp(jpeg).raw().toBuffer({ resolveWithObject: true }));
  const { width, height } = source;
  const error = new Uint8Array(width * height);
  const histogram = new Uint32Array(256);
  for (let i = 0, p = 0; i < error.length; i++, p += 3) {
    const e = (Math.abs(source.data[p] - resaved[p]) + Math.abs(source.data[p + 1] - resaved[p + 1]) + Math.abs(source.data[p + 2] - resaved[p + 2])) / 3;
    error[i] = e;
    histogram[error[i]]++;
  }
  // Brightest 0.5 % of the picture near white, whatever the photo's overall error level.
  const gain = Math.min(MAX_AMPLIFY, Math.max(MIN_AMPLIFY, 220 / Math.max(1, percentile(histogram, error.length, 0.995))));
  const amplified = Buffer.alloc(width * height);
  for (let i = 0; i < error.length; i++) amplified[i] = Math.min(255, error[i] * gain);
  const blockSize = fullResolution ? 16 : 8;
  const stats = blockStatistics(error, width, height, blockSize);
  const elaPng = await sharp(amplified, { raw: { width, height, channels: 1 } })
    .resize(PICTURE_SIDE, PICTURE_SIDE, { fit: "inside", withoutEnlargement: true })
    .png({ compressionLevel: 1 })
    .toBuffer();
  const anomalous = fullResolution && stats.largestCluster >= MIN_CLUSTER_BLOCKS && stats.largestCluster >= stats.blocks * MIN_CLUSTER_FRACTION;
  const reducedZh = fullResolution ? "" : "由于照片很大，本次在缩小后的图上计算，只能作粗略参考。";
  const reducedEn = fullResolution ? "" : " The photo is large, so this was computed on a reduced copy and is only a rough view.";
  return [
    {
      type: "ela",
      strength: anomalous ? "weak" : "info",
      explanation: anomalous
        ? {
            zh: `压缩误差分析（ELA）：把图片按固定质量重新保存后，有一块区域的变化明显比其他地方大（约占 ${percent(stats.largestCluster / stats.blocks)}）。后期贴上或画上去的内容常会这样，但纹理、边缘也会造成类似效果，所以这只是一个弱信号，需要结合其他证据看。`,
            en: `Error-level analysis (ELA): when the picture is re-saved at a fixed quality, one area changes clearly more than the rest (about ${percent(stats.largestCluster / stats.blocks)} of it). Content pasted or painted in afterwards often does this, but texture and edges can too, so this is a weak signal to weigh with the others.`,
          }
        : {
            zh: `压缩误差分析（ELA）：图片各处的压缩误差比较均匀，没有发现明显异常的区域。${reducedZh}`,
            en: `Error-level analysis (ELA): the compression error is fairly even across the picture; no clearly different area was found.${reducedEn}`,
          },
      details: {
        quality: ELA_QUALITY,
        pictureGain: Math.round(gain * 10) / 10,
        resolution: fullResolution ? "full" : "reduced",
        blockSize,
        blocks: stats.blocks,
        maxBlockZ: Math.round(stats.maxZ * 10) / 10,
        outlierBlockFraction: Math.round((stats.outliers / stats.blocks) * 10000) / 10000,
        largestOutlierCluster: stats.largestCluster,
      },
      picture: { kind: "ela", elaPng },
    },
  ];
}

async function decodeFull(bytes: Uint8Array) {
  try {
    const { data, info } = await sharp(bytes, SAFE_DECODE_OPTIONS).rotate().removeAlpha().toColourspace("srgb").raw().toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch (error) {
    throw toInputError(error);
  }
}

/** Mean error per block, robust z-scores against the median block, and the largest connected group of high outliers. */
function blockStatistics(error: Uint8Array, width: number, height: number, size: number) {
  const cols = Math.floor(width / size);
  const rows = Math.floor(height / size);
  const means = new Float64Array(cols * rows);
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < cols; bx++) {
      let sum = 0;
      for (let y = by * size; y < (by + 1) * size; y++) for (let x = bx * size; x < (bx + 1) * size; x++) sum += error[y * width + x];
      means[by * cols + bx] = sum / (size * size);
    }
  }
  const sorted = Float64Array.from(means).sort();
  const median = sorted[sorted.length >> 1] ?? 0;
  const deviations = Float64Array.from(means, (m) => Math.abs(m - median)).sort();
  // 1.4826·MAD estimates the standard deviation; the floor keeps a perfectly flat picture from dividing by zero.
  const sigma = Math.max(1.4826 * (deviations[deviations.length >> 1] ?? 0), 0.25);
  const outlier = new Uint8Array(means.length);
  let maxZ = 0;
  let outliers = 0;
  means.forEach((m, i) => {
    const z = (m - median) / sigma;
    maxZ = Math.max(maxZ, z);
    if (z > OUTLIER_Z) {
      outlier[i] = 1;
      outliers++;
    }
  });
  return { blocks: Math.max(1, means.length), maxZ, outliers, largestCluster: findConnectedRegions(outlier, cols, rows)[0]?.cells ?? 0 };
}

function percentile(histogram: Uint32Array, total: number, fraction: number): number {
  let seen = 0;
  for (let v = 0; v < histogram.length; v++) {
    seen += histogram[v];
    if (seen >= total * fraction) return v;
  }
  return histogram.length - 1;
}

function percent(fraction: number): string {
  return `${Math.max(0.1, Math.round(fraction * 1000) / 10)}%`;
}
