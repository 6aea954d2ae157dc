import path from "node:path";
import { dataDir } from "@/lib/config/data-dir";

/** Finished bundles, one per CaseExport row, named by the export's id. */
export function exportZipPath(exportId: string): string {
  return path.join(dataDir(), "exports", `${exportId}.zip`);
}
