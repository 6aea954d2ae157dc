"use client";
import { useCallback, useSyncExternalStore } from "react";

const KEY = "refundproof.packingStation";
const EVENT = "refundproof:station-name";

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

/** The desk's name, kept in this browser: each packing computer is one station. */
export function useStationName(fallback: string): [string, (name: string) => void] {
  const stored = useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(KEY),
    () => null,
  );
  const setName = useCallback((name: string) => {
    window.localStorage.setItem(KEY, name);
    window.dispatchEvent(new Event(EVENT));
  }, []);
  return [stored ?? fallback, setName];
}
