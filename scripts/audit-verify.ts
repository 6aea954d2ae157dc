/**
 * npm run audit:verify — checks the audit hash chain of the configured database
 * (DATABASE_URL, or the SQLite file in DATA_DIR).
 * Exit codes: 0 intact, 1 broken (the first broken event is named), 2 could not check.
 */
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { databaseUrl } from "@/lib/config/database-url";
import { db } from "@/lib/db/prisma";
import { translator } from "@/lib/i18n/translator";
import { locales } from "@/lib/i18n/locales";

const say = (key: string, values?: Record<string, string | number>) => locales.map((locale) => translator(locale, "audit")(key, values));

async function main(): Promise<number> {
  // Never print a remote database's credentials.
  console.log(say("cli.database", { url: databaseUrl().split("?")[0] }).join("\n"));
  const result = await verifyAuditChain(db);
  if (result.ok) {
    console.log(say("cli.intact", { checked: result.checked }).join("\n"));
    return 0;
  }
  const event = await db.auditEvent.findUniqueOrThrow({ where: { seq: result.brokenSeq } });
  const values = { seq: event.seq, action: event.action, time: event.createdAt.toISOString(), checked: result.checked };
  const lines = locales.map((locale) => {
    const t = translator(locale, "audit");
    return [t("cli.broken", values), t(`verify.reason.${result.reason}`), t("cli.checkedBefore", values)].join(" ");
  });
  console.error(lines.join("\n"));
  return 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(say("cli.error", { message: error instanceof Error ? error.message : String(error) }).join("\n"));
  process.exitCode = 2;
} finally {
  await db.$disconnect();
}
