"use client";
import { useCallback, useState } from "react";
import { PackingStation } from "./packing-station";
import { PackingVideoSearch } from "./packing-video-search";

/** The station and the search side by side; a finished upload refreshes the search results. */
export function PackingDesk({ operatorName, owner }: { operatorName: string; owner: string }) {
  const [uploads, setUploads] = useState(0);
  const onUploaded = useCallback(() => setUploads((n) => n + 1), []);
  return (
    <div className="grid gap-6">
      <PackingStation operatorName={operatorName} owner={owner} onUploaded={onUploaded} />
      <PackingVideoSearch refreshKey={uploads} />
    </div>
  );
}
