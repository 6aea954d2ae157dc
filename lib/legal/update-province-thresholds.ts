import { z } from "zod";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { AppError } from "@/lib/errors";
import { toDateInputValue } from "@/lib/utils/format-date";
import { MAX_FEN, parseYuanToFen } from "@/lib/utils/money";
import type { ProvinceThresholds } from "./assessment-input-schema";
import { loadLegalRules } from "./load-legal-rules";
import { checkProvinceThresholds } from "./resolve-fraud-thresholds";

/** Empty = use the national default; otherwise a yuan amount such as "5000" or "5,000.00". */
const yuanField = z
  .string()
  .trim()
  .default("")
  .transform((text, ctx) => {
    if (!text) return undefined;
    const fen = parseYuanToFen(text);
    if (fen === null || fen > MAX_FEN) {
      ctx.addIssue({ code: "custom", message: "amount" });
      return z.NEVER;
    }
    return fen;
  });

export const provinceThresholdsFormSchema = z.object({
  province: z.string().trim().max(40).default("").transform((v) => v || null),
  relativelyLarge: yuanField,
  huge: yuanField,
  especiallyHuge: yuanField,
});

const FORM_FIELD = { relativelyLargeFen: "relativelyLarge", hugeFen: "huge", especiallyHugeFen: "especiallyHuge" } as const;

/**
 * Stores the merchant's province and its fraud thresholds (owner/admin). Each figure must lie
 * inside the national range of the rules in force today (resolve-fraud-thresholds), because a
 * wrong figure would move buyers between administrative and criminal handling. Audited with
 * the old and new figures.
 */
export async function updateProvinceThresholds(ctx: SessionContext, raw: Record<string, string | undefined>, now: Date = new Date()) {
  assertPermission(ctx, { settings: ["update"] });
  const input = provinceThresholdsFormSchema.parse(raw);
  const province: ProvinceThresholds = {
    relativelyLargeFen: input.relativelyLarge,
    hugeFen: input.huge,
    especiallyHugeFen: input.especiallyHuge,
  };
  const issues = checkProvinceThresholds(await loadLegalRules(), toDateInputValue(now), province);
  if (issues.length) {
    const fieldErrors = Object.fromEntries(issues.map((issue) => [FORM_FIELD[issue.field], ["thresholdOutOfRange"]]));
    throw new AppError("VALIDATION", "validation", {}, fieldErrors);
  }

  const data = {
    province: input.province,
    relativelyLargeFen: province.relativelyLargeFen ?? null,
    hugeFen: province.hugeFen ?? null,
    especiallyHugeFen: province.especiallyHugeFen ?? null,
  };
  return runAudited(async (tx) => {
    const previous = await tx.merchantSettings.findUnique({
      where: { organizationId: ctx.organizationId },
      select: { province: true, relativelyLargeFen: true, hugeFen: true, especiallyHugeFen: true },
    });
    const saved = await tx.merchantSettings.upsert({
      where: { organizationId: ctx.organizationId },
      create: { organizationId: ctx.organizationId, ...data },
      update: data,
    });
    await appendAuditEvent(tx, {
      organizationId: ctx.organizationId,
      actorUserId: ctx.userId,
      action: "settings.legal_thresholds",
      entityType: "organization",
      entityId: ctx.organizationId,
      data: { before: previous, after: data },
    });
    return saved;
  });
}
