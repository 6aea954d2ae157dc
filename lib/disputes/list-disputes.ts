import type { SessionContext } from "@/lib/auth/session-context";
import type { DisputeStatus } from "@/lib/db/generated/enums";
import { db } from "@/lib/db/prisma";
import { inDeadlineWindow } from "./deadline-window";
import { listDisputesQuerySchema, type ListDisputesFilters, type ListDisputesQuery } from "./dispute-schemas";
import { DISPUTE_LIST_SELECT, findListItems } from "./find-list-items";
import { listLiveDeadlines } from "./list-live-deadlines";
import { searchDisputeIds } from "./search-dispute-ids";

export const DISPUTES_PAGE_SIZE = 25;

/** The columns the in-memory filters and orders need. */
type Candidate = { id: string; status: DisputeStatus; storeId: string; createdAt: Date };

/**
 * One page of the caller's disputes with the total for the filters: newest first, or
 * with a deadline window most urgent first. Figures at 100k disputes:
 * bench/list-disputes.ts.
 *
 * Two strategies. Status, store and platform alone are SQL conditions on Dispute
 * indexes. A deadline window or a search first narrows to a small set (the disputes
 * awaiting a response, or the search hits), which is then filtered, ordered and paged
 * in memory: SQLite, left to plan those conditions, walks the merchant's whole history.
 */
export async function listDisputes(ctx: Pick<SessionContext, "organizationId">, rawQuery: ListDisputesQuery, now = new Date()) {
  const query = listDisputesQuerySchema.parse(rawQuery);
  const organizationId = ctx.organizationId;
  const storeIds = await storeIdsFor(ctx, query);
  const search = query.q ? await searchDisputeIds(ctx, query.q) : null;
  const skip = (query.page - 1) * DISPUTES_PAGE_SIZE;

  let total: number;
  let items;
  if (query.deadline || search) {
    const candidates = query.deadline
      ? (await listLiveDeadlines(ctx)).filter((d) => inDeadlineWindow(d.responseDeadline, query.deadline!, now))
      : await findCandidates(ctx, search!.ids);
    const hits = search && new Set(search.ids);
    const matching = candidates.filter(
      (d) => (!hits || hits.has(d.id)) && (!query.status || d.status === query.status) && (!storeIds || storeIds.includes(d.storeId)),
    );
    // Deadline candidates come most urgent first; search hits are put newest first.
    if (!query.deadline) matching.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
    total = matching.length;
    items = await findListItems(ctx, matching.slice(skip, skip + DISPUTES_PAGE_SIZE).map((d) => d.id));
  } else {
    const where = {
      organizationId,
      ...(query.status && { status: query.status }),
      ...(storeIds && { storeId: { in: storeIds } }),
    };
    [total, items] = await Promise.all([
      db.dispute.count({ where }),
      db.dispute.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take: DISPUTES_PAGE_SIZE, select: DISPUTE_LIST_SELECT }),
    ]);
  }
  return {
    items,
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / DISPUTES_PAGE_SIZE)),
    query,
    searchTruncated: search?.truncated ?? false,
    now,
  };
}

/** The stores the store and platform filters allow; null when neither is set. */
async function storeIdsFor(ctx: Pick<SessionContext, "organizationId">, query: ListDisputesFilters): Promise<string[] | null> {
  if (!query.platform) return query.storeId ? [query.storeId] : null;
  const stores = await db.store.findMany({ where: { organizationId: ctx.organizationId, platform: query.platform }, select: { id: true } });
  return stores.map((s) => s.id).filter((id) => !query.storeId || id === query.storeId);
}

/** Search hits by primary key, the merchant checked on the rows (see find-list-items.ts). */
async function findCandidates(ctx: Pick<SessionContext, "organizationId">, ids: string[]): Promise<Candidate[]> {
  if (!ids.length) return [];
  const rows = await db.dispute.findMany({
    where: { id: { in: ids } },
    select: { id: true, organizationId: true, status: true, storeId: true, createdAt: true },
  });
  return rows.filter((row) => row.organizationId === ctx.organizationId);
}
