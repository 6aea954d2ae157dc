import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";

/** The merchant's TSA and how many of its files carry a token from it. */
export async function getTimestampSettings(ctx: Pick<SessionContext, "organizationId">) {
  const organizationId = ctx.organizationId;
  const settings = await db.merchantSettings.findUnique({ where: { organizationId }, select: { tsaUrl: true } });
  const tsaUrl = settings?.tsaUrl ?? null;
  const [files, stamped] = await Promise.all([
    db.evidence.findMany({ where: { organizationId }, distinct: ["sha256"], select: { sha256: true } }).then((rows) => rows.length),
    tsaUrl
      ? db.evidence.findMany({ where: { organizationId, blob: { timestamps: { some: { organizationId, tsaUrl } } } }, distinct: ["sha256"], select: { sha256: true } }).then((rows) => rows.length)
      : Promise.resolve(0),
  ]);
  return { tsaUrl, files, stamped };
}
