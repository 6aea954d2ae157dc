import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { findingSchema } from "./finding-schema";
import { readPhotoMetadata } from "./read-photo-metadata";
import { detectTimelineIssues, parseExifDate } from "./timeline";

const shippedAt = new Date("2025-06-10T02:00:00Z");
const deliveredAt = new Date("2025-06-12T06:00:00Z");
const now = new Date("2025-06-20T00:00:00Z");
const camera = { make: "Xiaomi", model: "14" };

function checks(exif: Parameters<typeof detectTimelineIssues>[0]) {
  const findings = detectTimelineIssues(exif, { shippedAt, deliveredAt, now });
  findings.forEach((f) => findingSchema.parse(f));
  return findings.map((f) => [f.details.check, f.strength]);
}

describe("detectTimelineIssues", () => {
  it("flags a capture before shipping as strong", () => {
    expect(checks({ ...camera, dateTimeOriginal: "2025:06:09 20:00:00", offsetTimeOriginal: "+08:00" })).toEqual([["captured_before_shipping", "strong"]]);
  });

  it("flags a capture between shipping and delivery as moderate, with a tolerance", () => {
    expect(checks({ ...camera, dateTimeOriginal: "2025:06:11 12:00:00", offsetTimeOriginal: "+08:00" })).toEqual([["captured_before_delivery", "moderate"]]);
    // 13:00 UTC+8 is one hour before delivery: within the clock tolerance.
    expect(checks({ ...camera, dateTimeOriginal: "2025:06:12 13:00:00", offsetTimeOriginal: "+08:00" })).toEqual([]);
  });

  it("uses the camera's offset, and assumes UTC+8 without one", () => {
    // 09:30 at UTC+8 is 01:30Z, before shipping; the same wall time at UTC−5 is after it.
    expect(checks({ ...camera, dateTimeOriginal: "2025:06:10 09:30:00" })).toEqual([["captured_before_shipping", "strong"]]);
    expect(checks({ ...camera, dateTimeOriginal: "2025:06:10 09:30:00", offsetTimeOriginal: "-05:00" })).toEqual([["captured_before_delivery", "moderate"]]);
  });

  it("reports missing camera metadata as info", () => {
    expect(checks({})).toEqual([["no_camera_metadata", "info"]]);
  });

  it("flags future capture times, modification before capture and GPS time mismatches", () => {
    expect(checks({ ...camera, dateTimeOriginal: "2026:01:01 10:00:00", offsetTimeOriginal: "+08:00" })).toEqual([["future_capture_time", "moderate"]]);
    expect(checks({ ...camera, dateTimeOriginal: "2025:06:15 10:00:00", offsetTimeOriginal: "+08:00", modifyDate: "2025:06:14 10:00:00" })).toEqual([
      ["modified_before_capture", "weak"],
    ]);
    expect(
      checks({ ...camera, dateTimeOriginal: "2025:06:15 10:00:00", offsetTimeOriginal: "+08:00", gpsDateStamp: "2025:06:15", gpsTimeStamp: [9, 0, 0] }),
    ).toEqual([["gps_time_mismatch", "weak"]]);
    expect(checks({ ...camera, dateTimeOriginal: "2025:06:15 10:00:00", offsetTimeOriginal: "+08:00", gpsDateStamp: "2025:06:15", gpsTimeStamp: [2, 0, 5] })).toEqual([]);
  });

  it("reads the capture time from a real file's EXIF", async () => {
    const bytes = await sharp({ create: { width: 16, height: 16, channels: 3, background: "#000" } })
      .withExif({ IFD0: { Make: "HUAWEI", Model: "P60" }, IFD2: { DateTimeOriginal: "2025:06:09 08:00:00", OffsetTimeOriginal: "+08:00" } })
      .jpeg()
      .toBuffer();
    const { exif } = await readPhotoMetadata(bytes);
    const [finding] = detectTimelineIssues(exif, { shippedAt, now });
    expect(finding.details).toMatchObject({ check: "captured_before_shipping", capturedAt: "2025-06-09T00:00:00.000Z", offsetAssumed: false });
  });

  it("parses EXIF dates strictly", () => {
    expect(parseExifDate("0000:00:00 00:00:00", "+08:00")).toBeUndefined();
    expect(parseExifDate("garbage", "+08:00")).toBeUndefined();
    expect(parseExifDate("2025:01:02 03:04:05", "+0530")?.toISOString()).toBe("2025-01-01T21:34:05.000Z");
  });
});
