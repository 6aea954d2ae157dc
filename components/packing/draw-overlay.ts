export interface OverlayText {
  time: string;
  trackingNo: string | null;
  operator: string;
  station: string;
  labels: { tracking: string; operator: string; station: string };
}

/** Height of the banner as a share of the picture: readable on a phone screenshot of the clip. */
export const BANNER_SHARE = 0.16;

/**
 * Burns the overlay into one frame: a near-black banner across the bottom with the
 * Beijing time, the tracking number, the operator and the station. It is drawn into the
 * pixels that get recorded, so it cannot be removed from the clip without re-encoding it.
 */
export function drawOverlay(ctx: CanvasRenderingContext2D, width: number, height: number, text: OverlayText): void {
  const banner = Math.round(height * BANNER_SHARE);
  const top = height - banner;
  ctx.fillStyle = "rgba(0, 0, 0, 0.85)";
  ctx.fillRect(0, top, width, banner);

  const pad = Math.round(banner * 0.12);
  const big = Math.round(banner * 0.36);
  const small = Math.round(banner * 0.24);
  ctx.textBaseline = "top";
  ctx.fillStyle = "#ffffff";
  ctx.font = `bold ${big}px ui-monospace, "DejaVu Sans Mono", monospace`;
  ctx.fillText(text.time, pad, top + pad, width / 2 - pad);
  if (text.trackingNo) {
    ctx.fillStyle = "#fde047";
    ctx.textAlign = "right";
    ctx.fillText(`${text.labels.tracking} ${text.trackingNo}`, width - pad, top + pad, width / 2 - pad);
    ctx.textAlign = "left";
  }
  ctx.fillStyle = "#e5e7eb";
  ctx.font = `${small}px ui-sans-serif, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif`;
  ctx.fillText(
    `${text.labels.operator} ${text.operator}   ${text.labels.station} ${text.station}`,
    pad,
    top + banner - pad - small,
    width - 2 * pad,
  );
}

const beijing = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** "2026-11-24 10:03:07 UTC+8": the station's clock in China time, whatever the computer's zone. */
export function formatBeijingTime(date: Date): string {
  const part = Object.fromEntries(beijing.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second} UTC+8`;
}
