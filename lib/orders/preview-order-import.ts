import { createHash } from "node:crypto";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import type { Platform } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors";
import { parseOrdersCsv, type CsvIssue, type OrderCsvField } from "./parse-orders-csv";

export interface OrderImportInput {
  storeId: string;
  fileName: string;
  bytes: Uint8Array;
}

/** A row as it will be imported: JSON-safe, with what it matched in the merchant's data. */
export interface OrderPreviewRow {
  line: number;
  orderNo: string;
  trackingNo: string | null;
  shippedAt: string | null;
  buyer: string | null;
  amountFen: number;
  product: string | null;
  /** The merchant's product this row's product text matched (SKU, then name), if any. */
  productId: string | null;
  productName: string | null;
  /** True when an order with this number exists and will be updated rather than created. */
  existing: boolean;
}

export interface OrderImportPreview {
  fileName: string;
  sha256: string;
  store: { id: string; name: string; platform: Platform };
  columns: Partial<Record<OrderCsvField, string>>;
  rows: OrderPreviewRow[];
  issues: CsvIssue[];
}

const CHUNK = 500;
function chunks<T>(items: T[]): T[][] {
  return Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, index) => items.slice(index * CHUNK, (index + 1) * CHUNK));
}

/**
 * Everything an import would do, without doing it: the CSV's own problems (see
 * parseOrdersCsv) plus those that need this merchant's data — a tracking number that
 * already belongs to another order, an order number that exists in another store — and
 * which product each row matches. Only this merchant's rows are ever read.
 */
export async function previewOrderImport(ctx: SessionContext, input: OrderImportInput): Promise<OrderImportPreview> {
  assertPermission(ctx, { order: ["import"] });
  const store = await db.store.findFirst({ where: { id: input.storeId, organizationId: ctx.organizationId }, select: { id: true, name: true, platform: true } });
  if (!store) throw notFound();
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const parsed = parseOrdersCsv(input.bytes);
  const issues = [...parsed.issues];
  const organizationId = ctx.organizationId;

  const existing = new Map<string, { storeId: string; trackingNo: string | null }>();
  const trackingOwners = new Map<string, string>();
  for (const part of chunks(parsed.rows)) {
    const byNumber = await db.order.findMany({
      where: { organizationId, orderNo: { in: part.map((row) => row.orderNo) } },
      select: { orderNo: true, storeId: true, trackingNo: true },
    });
    byNumber.forEach((order) => existing.set(order.orderNo, order));
    const tracking = part.flatMap((row) => (row.trackingNo ? [row.trackingNo] : []));
    const byTracking = tracking.length
      ? await db.order.findMany({ where: { organizationId, trackingNo: { in: tracking } }, select: { orderNo: true, trackingNo: true } })
      : [];
    byTracking.forEach((order) => trackingOwners.set(order.trackingNo!, order.orderNo));
  }

  const productTexts = [...new Set(parsed.rows.flatMap((row) => (row.product ? [row.product] : [])))];
  const products = productTexts.length
    ? await db.product.findMany({
        where: { organizationId, OR: [{ sku: { in: productTexts } }, { name: { in: productTexts } }] },
        select: { id: true, name: true, sku: true, storeId: true },
        orderBy: { createdAt: "asc" },
      })
    : [];
  // A SKU is more specific than a name; within each, this store's product before a shared one.
  const rank = (product: (typeof products)[number]) => (product.storeId === store.id ? 0 : product.storeId ? 2 : 1);
  const matchProduct = (text: string) =>
    products.filter((product) => product.sku === text).sort((a, b) => rank(a) - rank(b))[0] ??
    products.filter((product) => product.name === text).sort((a, b) => rank(a) - rank(b))[0];

  const rows: OrderPreviewRow[] = [];
  for (const row of parsed.rows) {
    const current = existing.get(row.orderNo);
    const problem = (field: OrderCsvField, code: string, values: CsvIssue["values"]) => issues.push({ line: row.line, field, code, values });
    if (current && current.storeId !== store.id) problem("orderNo", "orderInOtherStore", { value: row.orderNo });
    const owner = row.trackingNo ? trackingOwners.get(row.trackingNo) : undefined;
    if (owner && owner !== row.orderNo) problem("trackingNo", "trackingTaken", { value: row.trackingNo!, orderNo: owner });
    const product = row.product ? matchProduct(row.product) : undefined;
    rows.push({
      ...row,
      shippedAt: row.shippedAt?.toISOString() ?? null,
      productId: product?.id ?? null,
      productName: product?.name ?? null,
      existing: Boolean(current),
    });
  }
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { fileName: input.fileName, sha256, store, columns: parsed.columns, rows, issues };
}
