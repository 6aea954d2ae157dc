import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { resolveBuyer } from "@/lib/disputes/resolve-buyer";
import { AppError } from "@/lib/errors";
import { previewOrderImport, type OrderImportInput, type OrderImportPreview } from "./preview-order-import";

/** Thrown when the file has problems: carries the full preview so the caller can show every line. */
export class OrderImportRejected extends AppError {
  constructor(readonly preview: OrderImportPreview) {
    super("VALIDATION", "orders.importRejected", { count: preview.issues.length });
  }
}

/**
 * Imports an orders CSV into one store, all or nothing: the file is checked again here
 * (never trusting an earlier preview), and only a file without a single problem is
 * written — every order upserted by (merchant, order number), the OrderImport record and
 * its audit event in one transaction.
 */
export async function importOrders(ctx: SessionContext, input: OrderImportInput): Promise<{ importId: string; created: number; updated: number }> {
  assertPermission(ctx, { order: ["import"] });
  const preview = await previewOrderImport(ctx, input);
  if (preview.issues.length) throw new OrderImportRejected(preview);
  const organizationId = ctx.organizationId;
  return runAudited(async (tx) => {
    let created = 0;
    for (const row of preview.rows) {
      const buyerId = row.buyer
        ? await resolveBuyer(tx, ctx, { platform: preview.store.platform, platformBuyerId: row.buyer, nickname: null, phoneHash: null, addressHash: null })
        : null;
      const facts = {
        storeId: preview.store.id,
        trackingNo: row.trackingNo,
        shippedAt: row.shippedAt ? new Date(row.shippedAt) : null,
        amountFen: row.amountFen,
        productId: row.productId,
        buyerId,
      };
      // Blank cells mean "not in this export", not "erase": an update keeps what is known.
      const known = Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== null));
      await tx.order.upsert({
        where: { organizationId_orderNo: { organizationId, orderNo: row.orderNo } },
        create: { ...facts, organizationId, orderNo: row.orderNo },
        update: known,
      });
      if (!row.existing) created++;
    }
    const record = await tx.orderImport.create({
      data: { organizationId, createdById: ctx.userId, fileName: input.fileName, sha256: preview.sha256, rowCount: preview.rows.length },
    });
    await appendAuditEvent(tx, {
      organizationId,
      actorUserId: ctx.userId,
      action: "order.import",
      entityType: "orderImport",
      entityId: record.id,
      data: { fileName: input.fileName, sha256: preview.sha256, storeId: preview.store.id, rows: preview.rows.length, created, updated: preview.rows.length - created },
    });
    return { importId: record.id, created, updated: preview.rows.length - created };
  });
}
