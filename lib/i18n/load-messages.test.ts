import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { loadMessages } from "./load-messages";
import { locales } from "./locales";

/** Every message as "namespace.key.path" → text. */
function flatten(tree: Record<string, unknown>, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else if (value && typeof value === "object") for (const [k, v] of flatten(value as Record<string, unknown>, path)) out.set(k, v);
  }
  return out;
}

/** The argument names a message interpolates ({name}, plural and select included). */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

describe("messages", () => {
  const [zh, en] = locales.map((locale) => flatten(loadMessages(locale)));

  it("has every key in both languages", () => {
    expect([...zh.keys()].filter((key) => !en.has(key))).toEqual([]);
    expect([...en.keys()].filter((key) => !zh.has(key))).toEqual([]);
  });

  it("parses every message and uses the same arguments in both languages", () => {
    const mismatched: string[] = [];
    for (const [key, text] of zh) {
      const other = en.get(key);
      if (other === undefined) continue;
      const a = [...argumentsOf(parse(text, { ignoreTag: true }))].sort();
      const b = [...argumentsOf(parse(other, { ignoreTag: true }))].sort();
      if (a.join() !== b.join()) mismatched.push(`${key}: zh {${a}} / en {${b}}`);
    }
    expect(mismatched).toEqual([]);
  });
});
