"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { drawOverlay, formatBeijingTime, type OverlayText } from "./draw-overlay";

export type CameraState =
  | { status: "starting" }
  | { status: "ready" }
  | { status: "error"; reason: "denied" | "missing" | "busy" | "insecure" | "unsupported" | "failed"; name?: string };

// 15 fps and at most 960 px wide: plenty for a packing desk, and light enough for the browser's
// software VP8 encoder on an old station PC (a starved encoder drops frames, not quality).
const FPS = 15;
const MAX_WIDTH = 960;
const MIME_TYPES = ["video/webm;codecs=vp8", "video/webm;codecs=vp9", "video/webm"];

function cameraError(error: unknown): CameraState {
  const name = error instanceof DOMException || error instanceof Error ? error.name : "Error";
  if (name === "NotAllowedError" || name === "SecurityError") return { status: "error", reason: "denied" };
  if (name === "NotFoundError" || name === "OverconstrainedError") return { status: "error", reason: "missing" };
  if (name === "NotReadableError" || name === "AbortError") return { status: "error", reason: "busy" };
  return { status: "error", reason: "failed", name };
}

/**
 * Camera → canvas (with the overlay drawn on every frame) → MediaRecorder. What the
 * preview shows is exactly what gets recorded. `overlay` is read on every frame through a
 * ref, so changing the tracking number does not restart anything.
 */
export function useOverlayRecorder(overlay: Omit<OverlayText, "time">) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef(overlay);
  const streamRef = useRef<MediaStream | null>(null);
  const canvasStreamRef = useRef<MediaStream | null>(null);
  const recorderRef = useRef<MediaRecorder | null>(null);
  const [camera, setCamera] = useState<CameraState>({ status: "starting" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    overlayRef.current = overlay;
  });

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setInterval> | undefined;
    const video = document.createElement("video");
    video.muted = true;
    video.playsInline = true;

    async function start() {
      if (!navigator.mediaDevices?.getUserMedia) return setCamera({ status: "error", reason: "insecure" });
      if (typeof MediaRecorder === "undefined" || !MIME_TYPES.some((type) => MediaRecorder.isTypeSupported(type))) {
        return setCamera({ status: "error", reason: "unsupported" });
      }
      let stream: MediaStream;
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false });
      } catch (error) {
        if (!cancelled) setCamera(cameraError(error));
        return;
      }
      if (cancelled) return stream.getTracks().forEach((track) => track.stop());
      streamRef.current = stream;
      video.srcObject = stream;
      await video.play().catch(() => undefined);
      const canvas = canvasRef.current;
      const context = canvas?.getContext("2d");
      if (!canvas || !context) return;
      const scale = Math.min(1, MAX_WIDTH / (video.videoWidth || MAX_WIDTH));
      canvas.width = Math.round((video.videoWidth || 960) * scale);
      canvas.height = Math.round((video.videoHeight || 540) * scale);
      // A timer rather than requestAnimationFrame: rAF stops in a hidden tab, which would freeze a running recording.
      timer = setInterval(() => {
        context.drawImage(video, 0, 0, canvas.width, canvas.height);
        drawOverlay(context, canvas.width, canvas.height, { ...overlayRef.current, time: formatBeijingTime(new Date()) });
      }, 1000 / FPS);
      // One capture stream for all clips: a fresh captureStream per clip (with the previous one's
      // track stopped) delivers only a handful of frames in Chromium.
      canvasStreamRef.current = canvas.captureStream(FPS);
      setCamera({ status: "ready" });
    }
    void start();
    return () => {
      cancelled = true;
      clearInterval(timer);
      recorderRef.current?.stop();
      streamRef.current?.getTracks().forEach((track) => track.stop());
      canvasStreamRef.current?.getTracks().forEach((track) => track.stop());
      streamRef.current = null;
      canvasStreamRef.current = null;
    };
  }, [attempt]);

  const retryCamera = useCallback(() => {
    setCamera({ status: "starting" });
    setAttempt((n) => n + 1);
  }, []);

  /** Starts recording the canvas; the returned function stops it and resolves with the clip. */
  const startRecording = useCallback((): (() => Promise<Blob>) | null => {
    const stream = canvasStreamRef.current;
    if (!stream) return null;
    const mimeType = MIME_TYPES.find((type) => MediaRecorder.isTypeSupported(type))!;
    const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: 1_500_000 });
    const parts: Blob[] = [];
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) parts.push(event.data);
    };
    recorderRef.current = recorder;
    recorder.start(1000);
    return () =>
      new Promise<Blob>((resolve) => {
        recorder.onstop = () => resolve(new Blob(parts, { type: "video/webm" }));
        if (recorderRef.current === recorder) recorderRef.current = null;
        recorder.stop();
      });
  }, []);

  return { canvasRef, camera, retryCamera, startRecording };
}
