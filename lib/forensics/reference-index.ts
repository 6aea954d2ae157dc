import { hashFromHex, popcount32, type Hash64 } from "./perceptual-hash";
import { QUERY_WINDOWS, type PhotoHashes } from "./photo-hashes";

export interface ReferenceCandidate {
  referenceId: string;
  /** Hamming distance between the best pair of hashes. */
  distance: number;
  /** Index into WINDOWS of the reference window that matched. */
  referenceWindow: number;
  /** Index into WINDOWS of the candidate window that matched. */
  queryWindow: number;
}

/** The 64 bits split into three chunks of 21, 21 and 22 bits; each chunk keys one table. */
const CHUNK_BITS = [21, 21, 22] as const;
const CHUNKS = CHUNK_BITS.length;
/** New entries are scanned linearly until there are this many; the next lookup then merges them into the tables. */
const MAX_PENDING = 1 << 16;
/**
 * Probing every key within r bits of each chunk finds, for sure, every hash within
 * 3·(r+1)−1 bits (pigeonhole: one chunk then differs in at most r bits): 11 bits for the
 * whole-picture query, 8 for the others, which are only a fallback and cost half as much.
 */
const PROBE_MASKS = { primary: CHUNK_BITS.map((bits) => masksUpTo(bits, 3)), secondary: CHUNK_BITS.map((bits) => masksUpTo(bits, 2)) };

function masksUpTo(bits: number, radius: number): Uint32Array {
  const masks: number[] = [0];
  const extend = (mask: number, from: number, left: number) => {
    for (let bit = from; bit < bits; bit++) {
      const next = (mask | (1 << bit)) >>> 0;
      masks.push(next);
      if (left > 1) extend(next, bit + 1, left - 1);
    }
  };
  extend(0, 0, radius);
  return Uint32Array.from(masks);
}

/**
 * Multi-index hashing (Norouzi et al.) over the 64-bit window hashes of every reference
 * photo: each hash is split into three chunks, each chunk keys a table, and a query
 * probes the keys near each of its chunks. Long chunks keep buckets nearly empty even
 * with millions of hashes, so lookup cost does not grow with the number of references.
 * Tables are compact typed arrays (CSR): 100k references × 81 windows take ~250 MB.
 */
export class ReferenceIndex {
  private referenceIds: string[] = [];
  private count = 0;
  private hi = new Uint32Array(1024);
  private lo = new Uint32Array(1024);
  private owner = new Uint32Array(1024);
  private window = new Uint8Array(1024);
  /** Entries [0, indexed) are in the tables; [indexed, count) are pending. */
  private indexed = 0;
  private offsets: Uint32Array[] = [];
  private entries: Uint32Array[] = [];

  get size(): number {
    return this.referenceIds.length;
  }

  /** Adds a reference photo's window hashes (PhotoHashes.windows, or raw hashes for benchmarks). */
  add(referenceId: string, hashes: PhotoHashes | readonly Hash64[]): void {
    const list = Array.isArray(hashes) ? (hashes as readonly Hash64[]) : (hashes as PhotoHashes).windows.map(hashFromHex);
    const owner = this.referenceIds.push(referenceId) - 1;
    this.reserve(this.count + list.length);
    list.forEach(([hi, lo], window) => {
      this.hi[this.count] = hi;
      this.lo[this.count] = lo;
      this.owner[this.count] = owner;
      this.window[this.count] = window;
      this.count++;
    });
  }

  /** The closest references to a photo, best first, each at most `maxDistance` bits away. */
  lookup(hashes: PhotoHashes, options: { maxDistance?: number; limit?: number } = {}): ReferenceCandidate[] {
    const queries = QUERY_WINDOWS.map((window) => ({ window, hash: hashFromHex(hashes.windows[window]) }));
    return this.lookupHashes(queries, options);
  }

  lookupHashes(queries: { window: number; hash: Hash64 }[], { maxDistance = 14, limit = 3 } = {}): ReferenceCandidate[] {
    // Rebuilt lazily, so adding 100k photos costs one rebuild, not one per batch.
    if (this.count - this.indexed > MAX_PENDING) this.rebuild();
    const best = new Map<number, ReferenceCandidate>();
    const consider = (entry: number, query: { window: number; hash: Hash64 }) => {
      const distance = popcount32((this.hi[entry] ^ query.hash[0]) >>> 0) + popcount32((this.lo[entry] ^ query.hash[1]) >>> 0);
      if (distance > maxDistance) return;
      const owner = this.owner[entry];
      const current = best.get(owner);
      if (!current || distance < current.distance) {
        best.set(owner, { referenceId: this.referenceIds[owner], distance, referenceWindow: this.window[entry], queryWindow: query.window });
      }
    };
    for (const [q, query] of queries.entries()) {
      const masks = q === 0 ? PROBE_MASKS.primary : PROBE_MASKS.secondary;
      for (let chunk = 0; chunk < CHUNKS; chunk++) {
        const key = chunkOf(query.hash, chunk);
        const offsets = this.offsets[chunk];
        const entries = this.entries[chunk];
        if (!offsets) break;
        for (const mask of masks[chunk]) {
          const probe = key ^ mask;
          for (let i = offsets[probe]; i < offsets[probe + 1]; i++) consider(entries[i], query);
        }
      }
      for (let entry = this.indexed; entry < this.count; entry++) consider(entry, query);
    }
    return [...best.values()].sort((a, b) => a.distance - b.distance).slice(0, limit);
  }

  /** Counting-sorts every entry into the four chunk tables. */
  private rebuild(): void {
    this.offsets = [];
    this.entries = [];
    for (let chunk = 0; chunk < CHUNKS; chunk++) {
      const keys = 2 ** CHUNK_BITS[chunk];
      const offsets = new Uint32Array(keys + 1);
      for (let e = 0; e < this.count; e++) offsets[this.chunkOfEntry(e, chunk) + 1]++;
      for (let k = 0; k < keys; k++) offsets[k + 1] += offsets[k];
      const fill = offsets.slice(0, keys);
      const entries = new Uint32Array(this.count);
      for (let e = 0; e < this.count; e++) entries[fill[this.chunkOfEntry(e, chunk)]++] = e;
      this.offsets.push(offsets);
      this.entries.push(entries);
    }
    this.indexed = this.count;
  }

  private chunkOfEntry(entry: number, chunk: number): number {
    return chunkOf([this.hi[entry], this.lo[entry]], chunk);
  }

  private reserve(capacity: number): void {
    if (capacity <= this.hi.length) return;
    let size = this.hi.length;
    while (size < capacity) size *= 2;
    const grow = <T extends Uint32Array | Uint8Array>(old: T, make: (n: number) => T) => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.hi = grow(this.hi, (n) => new Uint32Array(n));
    this.lo = grow(this.lo, (n) => new Uint32Array(n));
    this.owner = grow(this.owner, (n) => new Uint32Array(n));
    this.window = grow(this.window, (n) => new Uint8Array(n));
  }
}

function chunkOf([hi, lo]: Hash64, chunk: number): number {
  if (chunk === 0) return lo & 0x1fffff;
  if (chunk === 1) return ((lo >>> 21) | ((hi & 0x3ff) << 11)) >>> 0;
  return hi >>> 10;
}
