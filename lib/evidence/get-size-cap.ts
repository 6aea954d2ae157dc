import type { EvidenceKind } from "@/lib/db/generated/enums";

const MB = 1024 * 1024;

type CapGroup = "photo" | "video" | "other";

const GROUP: Record<EvidenceKind, CapGroup> = {
  BUYER_PHOTO: "photo",
  REFERENCE_PHOTO: "photo",
  CHAT_SCREENSHOT: "photo",
  BUYER_VIDEO: "video",
  PACKING_VIDEO: "video",
  LOGISTICS_PROOF: "other",
  OTHER: "other",
};

const DEFAULTS: Record<CapGroup, { env: string; bytes: number }> = {
  photo: { env: "EVIDENCE_MAX_PHOTO_BYTES", bytes: 50 * MB },
  video: { env: "EVIDENCE_MAX_VIDEO_BYTES", bytes: 4096 * MB },
  other: { env: "EVIDENCE_MAX_OTHER_BYTES", bytes: 50 * MB },
};

/** Largest upload accepted for a kind; read on every call so the environment can change it (tests use tiny caps). */
export function getSizeCap(kind: EvidenceKind): number {
  const { env, bytes } = DEFAULTS[GROUP[kind]];
  const configured = Number(process.env[env]);
  return Number.isSafeInteger(configured) && configured > 0 ? configured : bytes;
}
