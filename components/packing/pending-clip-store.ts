import { openDB, type DBSchema, type IDBPDatabase } from "idb";

/** A finished clip not yet on the server, kept in this browser so a reload or a crash does not lose it. */
export interface PendingClip {
  id: string;
  /** `organizationId:userId`: a clip is only ever uploaded by the operator who recorded it (their name is burned into it). */
  owner: string;
  blob: Blob;
  trackingNo: string;
  startedAt: Date;
  durationMs: number;
  stationName: string;
  /** The server's upload session once one is open, so a restored clip resumes at the server's offset. */
  sessionId?: string;
  /** The server's refusal: a restored clip with one waits for the operator instead of uploading again. */
  error?: string;
}

interface StationDb extends DBSchema {
  clips: { key: string; value: PendingClip; indexes: { owner: string } };
}

let opened: Promise<IDBPDatabase<StationDb>> | undefined;

function database(): Promise<IDBPDatabase<StationDb>> {
  opened ??= openDB<StationDb>("refundproof-packing-station", 1, {
    upgrade(db) {
      db.createObjectStore("clips", { keyPath: "id" }).createIndex("owner", "owner");
    },
  });
  // A failed open (private mode, storage disabled) is retried on the next call.
  opened.catch(() => (opened = undefined));
  return opened;
}

/**
 * The station's clips waiting for upload, in IndexedDB (the only browser storage that holds
 * Blobs of video size). Every call reports failure as `false`/`[]` instead of throwing: the
 * station keeps working with the clip in memory and warns before the page is left.
 */
export const pendingClipStore = {
  async save(clip: PendingClip): Promise<boolean> {
    try {
      await (await database()).put("clips", clip);
      return true;
    } catch {
      return false;
    }
  },

  async update(id: string, patch: Partial<Pick<PendingClip, "sessionId" | "error">>): Promise<void> {
    try {
      const db = await database();
      const tx = db.transaction("clips", "readwrite");
      const clip = await tx.store.get(id);
      if (clip) await tx.store.put({ ...clip, ...patch });
      await tx.done;
    } catch {
      // The clip still uploads from memory; only its resume point is not remembered.
    }
  },

  async remove(id: string): Promise<void> {
    try {
      await (await database()).delete("clips", id);
    } catch {
      // A copy left behind is uploaded again on the next visit and recognised by its hash.
    }
  },

  async list(owner: string): Promise<PendingClip[]> {
    try {
      const clips = await (await database()).getAllFromIndex("clips", "owner", owner);
      return clips.sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
    } catch {
      return [];
    }
  },
};
