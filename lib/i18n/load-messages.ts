import fs from "node:fs";
import path from "node:path";
import type { Locale } from "./locales";

type Messages = Record<string, unknown>;
const cache = new Map<Locale, Messages>();

/**
 * Messages live in messages/<locale>/<namespace>.json, one file per namespace, so that
 * features can add their strings without touching a shared file.
 */
export function loadMessages(locale: Locale): Messages {
  const cached = cache.get(locale);
  if (cached) return cached;
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), "messages", locale);
  const messages: Messages = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    messages[path.basename(file, ".json")] = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  }
  if (process.env.NODE_ENV === "production") cache.set(locale, messages);
  return messages;
}
