import path from "node:path";

/** Root of everything the app writes: SQLite file, evidence store, temp files. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? path.join(process.cwd(), "data"));
}
