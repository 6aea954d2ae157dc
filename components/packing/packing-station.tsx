"use client";
import { CameraOff, Circle, Square } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { ClipList, type Clip } from "./clip-list";
import { pendingClipStore, type PendingClip } from "./pending-clip-store";
import { ClipRejectedError, uploadClip } from "./upload-clip";
import { useOverlayRecorder } from "./use-overlay-recorder";
import { useStationName } from "./use-station-name";

const TRACKING_NO = /^[A-Za-z0-9-]{6,40}$/;

interface Recording {
  clipId: string;
  trackingNo: string;
  startedAt: Date;
  stop: () => Promise<Blob>;
}

/**
 * The packing desk: camera preview with the burned-in overlay, a scanner field that
 * keeps the focus (a keyboard-wedge scanner types the number and Enter), and the clips
 * of this session uploading one after another in the background. Finished clips are kept
 * in the browser until the server has them, so a reload, a crash or a closed tab resumes
 * their upload on the next visit of the same operator.
 */
export function PackingStation({ operatorName, owner, onUploaded }: { operatorName: string; owner: string; onUploaded: () => void }) {
  const t = useTranslations("packing");
  const locale = useLocale();
  const [stationName, setStationName] = useStationName(t("defaultStation"));
  const [clips, setClips] = useState<Clip[]>([]);
  const [current, setCurrent] = useState<{ clipId: string; trackingNo: string } | null>(null);
  const [scanError, setScanError] = useState<string | null>(null);
  const scannerRef = useRef<HTMLInputElement>(null);
  const recordingRef = useRef<Recording | null>(null);
  const blobsRef = useRef(new Map<string, Pick<PendingClip, "blob" | "trackingNo" | "startedAt" | "stationName" | "sessionId">>());
  const queueRef = useRef<string[]>([]);
  const uploadingRef = useRef(false);
  // Scans are handled strictly one after another, so a fast double scan cannot interleave stop and start.
  const scanChain = useRef(Promise.resolve());

  const { canvasRef, camera, retryCamera, startRecording } = useOverlayRecorder({
    trackingNo: current?.trackingNo ?? null,
    operator: operatorName,
    station: stationName,
    labels: { tracking: t("overlayTracking"), operator: t("overlayOperator"), station: t("overlayStation") },
  });

  const patchClip = useCallback((id: string, patch: Partial<Clip>) => {
    setClips((all) => all.map((clip) => (clip.id === id ? { ...clip, ...patch } : clip)));
  }, []);

  const runQueue = useCallback(async () => {
    if (uploadingRef.current) return;
    uploadingRef.current = true;
    try {
      for (let id = queueRef.current.shift(); id; id = queueRef.current.shift()) {
        const clipId = id;
        const source = blobsRef.current.get(clipId);
        if (!source) continue;
        patchClip(clipId, { status: "uploading", progress: 0, error: undefined });
        try {
          const result = await uploadClip(
            {
              blob: source.blob,
              fileName: `${source.trackingNo}-${source.startedAt.toISOString().replace(/[:.]/g, "-")}.webm`,
              trackingNo: source.trackingNo,
              stationName: source.stationName,
              recordedAt: source.startedAt,
              sessionId: source.sessionId,
            },
            {
              locale,
              onSession: ({ id: sessionId, order }) => {
                source.sessionId = sessionId;
                void pendingClipStore.update(clipId, { sessionId });
                patchClip(clipId, { order });
              },
              onProgress: (progress) => patchClip(clipId, { status: "uploading", progress }),
              onRetry: () => patchClip(clipId, { status: "retrying" }),
              messages: { network: t("networkError"), http: (status) => t("httpError", { status }) },
            },
          );
          blobsRef.current.delete(clipId);
          await pendingClipStore.remove(clipId);
          patchClip(clipId, { status: "uploaded", progress: 1, order: result.order, evidenceId: result.evidenceId, kept: false });
          onUploaded();
        } catch (error) {
          const message = error instanceof ClipRejectedError ? error.message : t("networkError");
          // The server discarded the refused session; a retry opens a new one.
          source.sessionId = undefined;
          void pendingClipStore.update(clipId, { error: message, sessionId: undefined });
          patchClip(clipId, { status: "failed", error: message });
        }
      }
    } finally {
      uploadingRef.current = false;
    }
  }, [locale, onUploaded, patchClip, t]);

  const enqueue = useCallback(
    (clipId: string) => {
      queueRef.current.push(clipId);
      void runQueue();
    },
    [runQueue],
  );

  const finishCurrent = useCallback(async () => {
    const recording = recordingRef.current;
    if (!recording) return;
    recordingRef.current = null;
    setCurrent(null);
    const blob = await recording.stop();
    const durationMs = Date.now() - recording.startedAt.getTime();
    const source = { blob, trackingNo: recording.trackingNo, startedAt: recording.startedAt, stationName: stationName.trim() || t("defaultStation") };
    blobsRef.current.set(recording.clipId, source);
    const kept = await pendingClipStore.save({ id: recording.clipId, owner, durationMs, ...source });
    patchClip(recording.clipId, { status: "queued", durationMs, kept });
    enqueue(recording.clipId);
  }, [enqueue, owner, patchClip, stationName, t]);

  // Clips this operator recorded here earlier and the server does not have yet: back in the
  // list, and uploading again unless the server had refused them.
  useEffect(() => {
    let cancelled = false;
    void pendingClipStore.list(owner).then((pending) => {
      if (cancelled || pending.length === 0) return;
      const restored: Clip[] = [];
      for (const clip of pending) {
        if (blobsRef.current.has(clip.id)) continue;
        blobsRef.current.set(clip.id, clip);
        restored.push({
          id: clip.id,
          trackingNo: clip.trackingNo,
          startedAt: clip.startedAt,
          durationMs: clip.durationMs,
          status: clip.error ? "failed" : "queued",
          progress: 0,
          error: clip.error,
          kept: true,
          restored: true,
        });
      }
      setClips((all) => [...all, ...restored]);
      for (const clip of restored) if (!clip.error) enqueue(clip.id);
    });
    return () => {
      cancelled = true;
    };
  }, [enqueue, owner]);

  const startClip = useCallback(
    (trackingNo: string) => {
      const stop = startRecording();
      if (!stop) return;
      const clip: Clip = { id: crypto.randomUUID(), trackingNo, startedAt: new Date(), durationMs: null, status: "recording", progress: 0 };
      recordingRef.current = { clipId: clip.id, trackingNo, startedAt: clip.startedAt, stop };
      setCurrent({ clipId: clip.id, trackingNo });
      setClips((all) => [clip, ...all]);
    },
    [startRecording],
  );

  const handleScan = useCallback(
    (value: string) => {
      const trackingNo = value.trim();
      if (!trackingNo) return;
      if (!TRACKING_NO.test(trackingNo)) {
        setScanError(t("invalidTrackingNo", { value: trackingNo }));
        return;
      }
      if (camera.status !== "ready") {
        setScanError(t("cameraNotReady"));
        return;
      }
      setScanError(null);
      scanChain.current = scanChain.current.then(async () => {
        const sameAgain = recordingRef.current?.trackingNo === trackingNo;
        await finishCurrent();
        if (!sameAgain) startClip(trackingNo);
      });
    },
    [camera.status, finishCurrent, startClip, t],
  );

  const finish = useCallback(() => {
    scanChain.current = scanChain.current.then(finishCurrent);
    scannerRef.current?.focus();
  }, [finishCurrent]);

  useEffect(() => {
    // The scanner field keeps the focus unless the user deliberately moved it to another control.
    const refocus = () => {
      setTimeout(() => {
        if (!document.activeElement || document.activeElement === document.body) scannerRef.current?.focus();
      }, 0);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") finish();
    };
    document.addEventListener("focusout", refocus);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("focusout", refocus);
      document.removeEventListener("keydown", onKey);
    };
  }, [finish]);

  // Clips only the open page holds: the one recording (or being saved) and finished ones the browser could not keep.
  const atRisk = clips.some((clip) => clip.status !== "uploaded" && !clip.kept);
  const unkept = clips.some((clip) => clip.status !== "recording" && clip.status !== "uploaded" && !clip.kept);
  useEffect(() => {
    if (!atRisk) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [atRisk]);

  const cameraMessage =
    camera.status === "error"
      ? {
          denied: t("cameraDenied"),
          missing: t("cameraMissing"),
          busy: t("cameraBusy"),
          insecure: t("cameraInsecure"),
          unsupported: t("recorderUnsupported"),
          failed: t("cameraFailed", { name: camera.name ?? "" }),
        }[camera.reason]
      : null;

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <section className="grid content-start gap-3">
        <form
          className="grid gap-1.5"
          onSubmit={(event) => {
            event.preventDefault();
            const input = scannerRef.current;
            if (!input) return;
            handleScan(input.value);
            input.value = "";
          }}
        >
          <Label htmlFor="scanner" className="text-slate-200">
            {t("scannerLabel")}
          </Label>
          <div className="flex gap-2">
            <Input
              id="scanner"
              ref={scannerRef}
              data-testid="scanner-input"
              autoFocus
              autoComplete="off"
              spellCheck={false}
              placeholder={t("scannerPlaceholder")}
              aria-describedby="scanner-hint"
              aria-invalid={scanError ? true : undefined}
              className="h-12 border-slate-600 bg-slate-900 font-mono text-lg text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400"
            />
            <Button
              type="button"
              variant="destructive"
              className="h-12 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400"
              onClick={finish}
              disabled={!current}
              data-testid="finish-clip"
            >
              <Square aria-hidden />
              {t("finishClip")}
            </Button>
          </div>
          <p id="scanner-hint" className="text-xs text-slate-400">
            {t("scannerHint")}
          </p>
          {scanError ? (
            <p role="alert" className="text-sm text-red-300">
              {scanError}
            </p>
          ) : null}
        </form>

        <div className="relative overflow-hidden rounded-lg border border-slate-700 bg-black">
          <canvas ref={canvasRef} data-testid="packing-preview" aria-label={t("preview")} role="img" className="aspect-video w-full" />
          <p
            role="status"
            className="absolute left-3 top-3 inline-flex items-center gap-2 rounded bg-black/70 px-2 py-1 text-sm font-medium text-white"
            data-testid="recording-state"
          >
            {current ? <Circle className="size-3 fill-red-600 text-red-600" aria-hidden /> : null}
            {current ? t("recordingNow", { trackingNo: current.trackingNo }) : camera.status === "ready" ? t("idle") : camera.status === "error" ? t("cameraOff") : t("cameraStarting")}
          </p>
        </div>
        {cameraMessage ? (
          <Alert className="flex flex-wrap items-center justify-between gap-2">
            <span className="inline-flex items-center gap-2">
              <CameraOff className="size-4" aria-hidden />
              {cameraMessage}
            </span>
            <Button type="button" size="sm" variant="outline" className="text-foreground" onClick={retryCamera}>
              {t("cameraRetry")}
            </Button>
          </Alert>
        ) : null}
      </section>

      <aside className="grid content-start gap-4">
        <div className="grid grid-cols-2 gap-3 rounded-lg border border-slate-700 bg-slate-900 p-3">
          <div className="grid gap-1.5">
            <Label htmlFor="station-name" className="text-slate-300">
              {t("stationLabel")}
            </Label>
            <Input
              id="station-name"
              data-testid="station-name"
              value={stationName}
              maxLength={64}
              onChange={(event) => setStationName(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter") scannerRef.current?.focus();
              }}
              className="border-slate-600 bg-slate-950 text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400"
            />
          </div>
          <div className="grid content-start gap-1.5">
            <span className="text-sm font-medium text-slate-300">{t("operatorLabel")}</span>
            <span className="truncate py-2 text-sm text-white" data-testid="operator-name">
              {operatorName}
            </span>
          </div>
        </div>
        <section className="grid gap-2" aria-labelledby="clips-heading">
          <h2 id="clips-heading" className="text-sm font-semibold text-slate-200">
            {t("clipsHeading")}
          </h2>
          {unkept ? (
            <Alert tone="warning" data-testid="clips-not-kept">
              {t("notKeptWarning")}
            </Alert>
          ) : null}
          <ClipList
            clips={clips}
            onRetry={(id) => {
              void pendingClipStore.update(id, { error: undefined });
              enqueue(id);
              scannerRef.current?.focus();
            }}
            onDiscard={(id) => {
              blobsRef.current.delete(id);
              void pendingClipStore.remove(id);
              setClips((all) => all.filter((clip) => clip.id !== id));
              scannerRef.current?.focus();
            }}
          />
        </section>
      </aside>
    </div>
  );
}
