import type { Db } from "@/lib/db/prisma";
import { computeAuditHash, GENESIS_HASH } from "./compute-audit-hash";

export type AuditChainResult =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenSeq: number; reason: "hash_mismatch" | "prev_hash_mismatch" };

const PAGE = 2000;

/** Walks the whole chain in order and names the first event whose hash or link is wrong. */
export async function verifyAuditChain(db: Db): Promise<AuditChainResult> {
  let prevHash = GENESIS_HASH;
  let checked = 0;
  let cursor = 0;
  for (;;) {
    const page = await db.auditEvent.findMany({ where: { seq: { gt: cursor } }, orderBy: { seq: "asc" }, take: PAGE });
    for (const event of page) {
      if (event.prevHash !== prevHash) return { ok: false, checked, brokenSeq: event.seq, reason: "prev_hash_mismatch" };
      if (computeAuditHash(event) !== event.hash) return { ok: false, checked, brokenSeq: event.seq, reason: "hash_mismatch" };
      prevHash = event.hash;
      checked++;
      cursor = event.seq;
    }
    if (page.length < PAGE) return { ok: true, checked };
  }
}
