/** A rectangle in pixels of the image it refers to. */
export interface PixelBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Chrome is flat to within JPEG ringing; photo backgrounds, however plain, carry sensor noise beyond this. */
const COLOUR_TOLERANCE = 4;
/** Status bars and captions leave most of a line flat; sparse icons and text may cover the rest. */
const BORDER_FRACTION = 0.6;
/** A tall phone screenshot can be mostly chrome; whatever is trimmed, this much of each side stays. */
const MIN_CONTENT_FRACTION = 0.1;
/** Flat lines at least this share of the span apart separate a picture from a caption beside it. */
const MIN_GAP_FRACTION = 0.01;
/** A block under a tenth of the largest one is chrome (a caption line, a button row), not picture. */
const MINOR_BLOCK_RATIO = 10;

/**
 * Finds the picture inside screenshot chrome: status bars, navigation bars, white or
 * black margins. A row or column counts as border when most of its pixels share one
 * flat colour (a status bar's sparse icons and a caption's letters still pass). Flat
 * studio backgrounds get trimmed too, alike on the reference and its copies.
 */
export function trimBorders(rgb: Uint8Array, width: number, height: number): PixelBox {
  let left = 0;
  let top = 0;
  let right = width;
  let bottom = height;
  const minWidth = Math.max(8, Math.ceil(width * MIN_CONTENT_FRACTION));
  const minHeight = Math.max(8, Math.ceil(height * MIN_CONTENT_FRACTION));
  const isBorderRow = (y: number) => isUniformLine(rgb, width, left, y, 1, 0, right - left);
  const isBorderColumn = (x: number) => isUniformLine(rgb, width, x, top, 0, 1, bottom - top);
  for (let pass = 0; pass < 2; pass++) {
    while (bottom - top > minHeight && isBorderRow(top)) top++;
    while (bottom - top > minHeight && isBorderRow(bottom - 1)) bottom--;
    // Only a picture framed by chrome can have a caption beside it; a bare photo skips the scan.
    if (top > 0 || bottom < height) [top, bottom] = mainBlock(top, bottom, isBorderRow, minHeight);
    while (right - left > minWidth && isBorderColumn(left)) left++;
    while (right - left > minWidth && isBorderColumn(right - 1)) right--;
  }
  return { left, top, width: right - left, height: bottom - top };
}

/**
 * A caption or a button row under (or over) the picture survives the outside-in trim when
 * a flat gap separates it from the picture. Lines [start, end) fall into blocks split by
 * gaps of at least MIN_GAP_FRACTION; blocks far smaller than the largest are dropped. A
 * flat band across a real photo (a plain studio wall) can split it too, so only slivers
 * go; apps lay captions out in rows, so columns are not split at all.
 */
function mainBlock(start: number, end: number, isBorder: (line: number) => boolean, minLength: number): [number, number] {
  const minGap = Math.max(2, Math.ceil((end - start) * MIN_GAP_FRACTION));
  const blocks: [number, number][] = [];
  let blockStart = -1;
  let lastPicture = -1;
  for (let line = start; line < end; line++) {
    if (isBorder(line)) continue;
    if (blockStart >= 0 && line - lastPicture - 1 >= minGap) {
      blocks.push([blockStart, lastPicture + 1]);
      blockStart = -1;
    }
    if (blockStart < 0) blockStart = line;
    lastPicture = line;
  }
  if (blockStart >= 0) blocks.push([blockStart, lastPicture + 1]);
  if (blocks.length < 2) return [start, end];
  const largest = Math.max(...blocks.map(([a, b]) => b - a));
  const kept = blocks.filter(([a, b]) => (b - a) * MINOR_BLOCK_RATIO >= largest);
  const from = kept[0][0];
  const to = kept[kept.length - 1][1];
  return to - from >= minLength ? [from, to] : [start, end];
}

const histogram = new Uint32Array(256 * 3);
const sampleBuffer = new Uint8Array(512 * 3);

function isUniformLine(rgb: Uint8Array, width: number, x0: number, y0: number, dx: number, dy: number, length: number): boolean {
  if (length <= 0) return false;
  // A sample of the line is enough to tell chrome from picture, and keeps this cheap.
  const step = Math.max(1, Math.floor(length / 256));
  histogram.fill(0);
  let n = 0;
  for (let i = 0; i < length && n < 512; i += step, n++) {
    const p = ((y0 + i * dy) * width + x0 + i * dx) * 3;
    for (let c = 0; c < 3; c++) {
      sampleBuffer[n * 3 + c] = rgb[p + c];
      histogram[c * 256 + rgb[p + c]]++;
    }
  }
  // The line's typical colour: per-channel median, read off the histograms.
  const median = [0, 1, 2].map((c) => {
    let seen = 0;
    for (let v = 0; v < 256; v++) {
      seen += histogram[c * 256 + v];
      if (seen * 2 > n) return v;
    }
    return 255;
  });
  let close = 0;
  for (let i = 0; i < n; i++) {
    if (
      Math.abs(sampleBuffer[i * 3] - median[0]) <= COLOUR_TOLERANCE &&
      Math.abs(sampleBuffer[i * 3 + 1] - median[1]) <= COLOUR_TOLERANCE &&
      Math.abs(sampleBuffer[i * 3 + 2] - median[2]) <= COLOUR_TOLERANCE
    ) close++;
  }
  return close >= n * BORDER_FRACTION;
}
