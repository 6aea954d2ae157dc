import fs from "node:fs";
import path from "node:path";

// Runs in each test file's process before its imports: a private copy of the migrated
// template database and a private data directory.
const root = process.env.REFUNDPROOF_TEST_ROOT!;
const dir = fs.mkdtempSync(path.join(root, "file-"));
fs.copyFileSync(process.env.REFUNDPROOF_TEST_TEMPLATE_DB!, path.join(dir, "test.db"));
process.env.DATA_DIR = path.join(dir, "data");
process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
process.env.BETTER_AUTH_SECRET = "test-secret-test-secret-test-secret-0123";
process.env.BUYER_HASH_SALT = "test-salt";
fs.mkdirSync(process.env.DATA_DIR, { recursive: true });
