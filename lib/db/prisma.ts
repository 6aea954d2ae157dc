import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "./generated/client";
import { databaseUrl } from "@/lib/config/database-url";

// One client per process; Next.js dev reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { refundproofPrisma?: PrismaClient };

export const db: PrismaClient =
  globalForPrisma.refundproofPrisma ??
  new PrismaClient({ adapter: new PrismaLibSQL({ url: databaseUrl() }) });

globalForPrisma.refundproofPrisma = db;

export type Db = PrismaClient;
/** The client handed to a $transaction callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
