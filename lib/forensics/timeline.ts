import type { Finding } from "./finding-schema";
import type { ExifFields } from "./read-exif";

export interface TimelineContext {
  shippedAt?: Date;
  deliveredAt?: Date;
  /** Defaults to the current time; passed in by tests. */
  now?: Date;
  /** Offset assumed when the camera wrote none: buyers on Chinese marketplaces are mostly in UTC+8. */
  assumedOffset?: string;
}

/** Camera clocks drift and deliveries are logged late: smaller gaps are not reported. */
const DELIVERY_TOLERANCE_MS = 2 * 3600_000;
const FUTURE_TOLERANCE_MS = 24 * 3600_000;
const MODIFY_TOLERANCE_MS = 60_000;
const GPS_TOLERANCE_MS = 3600_000;

/** timeline: capture time against the shipping and delivery dates, missing camera data, inconsistent clocks. */
export function detectTimelineIssues(exif: ExifFields, context: TimelineContext = {}): Finding[] {
  const findings: Finding[] = [];
  const now = context.now ?? new Date();
  const assumedOffset = context.assumedOffset ?? "+08:00";
  if (!exif.make && !exif.model && !exif.dateTimeOriginal) {
    findings.push({
      type: "timeline",
      strength: "info",
      explanation: {
        zh: "图片里没有任何相机信息（品牌、型号、拍摄时间）。截图、AI 生成的图片以及经过微信等软件转发压缩的图片都会这样，因此无法判断它是什么时候拍的。建议向买家索要手机里的原图。",
        en: "The picture has no camera information at all (make, model, capture time). Screenshots, AI-generated pictures and photos re-sent through chat apps look like this, so when it was taken cannot be told. Ask the buyer for the original file from the phone.",
      },
      details: { check: "no_camera_metadata" },
    });
  }
  const offset = exif.offsetTimeOriginal ?? assumedOffset;
  const captured = parseExifDate(exif.dateTimeOriginal, offset);
  if (!captured) return findings;
  const capturedZh = `${exif.dateTimeOriginal}（UTC${offset}${exif.offsetTimeOriginal ? "" : "，照片未记录时区，按此推定"}）`;
  const capturedEn = `${exif.dateTimeOriginal} (UTC${offset}${exif.offsetTimeOriginal ? "" : ", offset assumed: the photo records none"})`;
  const base = { capturedAt: captured.toISOString(), dateTimeOriginal: exif.dateTimeOriginal, offset, offsetAssumed: !exif.offsetTimeOriginal };
  if (context.shippedAt && captured.getTime() < context.shippedAt.getTime()) {
    findings.push({
      type: "timeline",
      strength: "strong",
      explanation: {
        zh: `图片记录的拍摄时间是 ${capturedZh}，早于商品发货时间 ${formatDate(context.shippedAt)}。买家不可能在发货前拍到自己收到的商品，除非相机时间设置有误。`,
        en: `The picture records a capture time of ${capturedEn}, before the parcel was shipped (${formatDate(context.shippedAt)}). The buyer cannot photograph goods they received before they were shipped, unless the camera clock was wrong.`,
      },
      details: { check: "captured_before_shipping", ...base, shippedAt: context.shippedAt.toISOString() },
    });
  } else if (context.deliveredAt && captured.getTime() < context.deliveredAt.getTime() - DELIVERY_TOLERANCE_MS) {
    findings.push({
      type: "timeline",
      strength: "moderate",
      explanation: {
        zh: `图片记录的拍摄时间是 ${capturedZh}，早于签收时间 ${formatDate(context.deliveredAt)}。在收到包裹之前拍下“收到的破损商品”说不通，除非相机时间不准或签收记录有误。`,
        en: `The picture records a capture time of ${capturedEn}, before delivery (${formatDate(context.deliveredAt)}). A photo of "received damaged goods" taken before the parcel arrived does not add up, unless the camera clock or the delivery record is off.`,
      },
      details: { check: "captured_before_delivery", ...base, deliveredAt: context.deliveredAt.toISOString() },
    });
  }
  if (captured.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    findings.push({
      type: "timeline",
      strength: "moderate",
      explanation: {
        zh: `图片记录的拍摄时间 ${capturedZh} 在未来。相机时间被改过，或者元数据被人为编辑过。`,
        en: `The recorded capture time ${capturedEn} lies in the future: the camera clock was changed or the metadata was edited.`,
      },
      details: { check: "future_capture_time", ...base },
    });
  }
  const modified = parseExifDate(exif.modifyDate, exif.offsetTime ?? offset);
  if (modified && modified.getTime() < captured.getTime() - MODIFY_TOLERANCE_MS) {
    findings.push({
      type: "timeline",
      strength: "weak",
      explanation: {
        zh: `图片的“修改时间”（${exif.modifyDate}）早于“拍摄时间”（${exif.dateTimeOriginal}）。正常拍摄的照片不会这样，说明元数据可能被编辑过。`,
        en: `The file's modification time (${exif.modifyDate}) is earlier than its capture time (${exif.dateTimeOriginal}). Camera photos are never like this; the metadata may have been edited.`,
      },
      details: { check: "modified_before_capture", ...base, modifyDate: exif.modifyDate },
    });
  }
  const gpsTime = parseGpsTime(exif.gpsDateStamp, exif.gpsTimeStamp);
  if (gpsTime && exif.offsetTimeOriginal && Math.abs(gpsTime.getTime() - captured.getTime()) > GPS_TOLERANCE_MS) {
    findings.push({
      type: "timeline",
      strength: "weak",
      explanation: {
        zh: `图片里 GPS 卫星记录的时间（${gpsTime.toISOString()}）与相机记录的拍摄时间（${capturedZh}）相差超过一小时。两者通常一致，相差过大说明元数据可能被改动过。`,
        en: `The GPS satellite time in the picture (${gpsTime.toISOString()}) differs from the camera's capture time (${capturedEn}) by more than an hour. They normally agree; a large gap suggests the metadata was altered.`,
      },
      details: { check: "gps_time_mismatch", ...base, gpsTime: gpsTime.toISOString() },
    });
  }
  return findings;
}

/** "YYYY:MM:DD HH:MM:SS" with an offset like "+08:00" → Date; undefined if malformed. */
export function parseExifDate(text: string | undefined, offset: string): Date | undefined {
  const m = text?.match(/^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})/);
  const o = offset.match(/^([+-])(\d{2}):?(\d{2})$/);
  if (!m || !o || m[1] === "0000") return undefined;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${o[1]}${o[2]}:${o[3]}`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function parseGpsTime(dateStamp: string | undefined, timeStamp: number[] | undefined): Date | undefined {
  if (!dateStamp || !timeStamp || timeStamp.length < 3) return undefined;
  const [h, m, s] = timeStamp.map((v) => String(Math.floor(v)).padStart(2, "0"));
  return parseExifDate(`${dateStamp} ${h}:${m}:${s}`, "+00:00");
}

function formatDate(date: Date): string {
  return date.toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC");
}
