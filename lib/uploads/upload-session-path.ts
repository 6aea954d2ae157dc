import path from "node:path";
import { tempDir } from "@/lib/evidence/resolve-store-paths";

/** The session's bytes so far; in the store's temp directory so completion can link it into place atomically. */
export function uploadSessionPath(sessionId: string): string {
  return path.join(tempDir(), `upload-${sessionId}.part`);
}
