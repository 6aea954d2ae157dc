/**
 * Reads properties from an XMP packet by namespace URI, whatever prefix the writer chose.
 * Hand-written: the signals need a handful of simple properties, and XML parsers on npm
 * leave namespace-prefix resolution to the caller anyway; this also tolerates the
 * slightly broken packets some phone apps write.
 */
export function readXmpProperty(xmp: string, namespaceUri: string, localName: string): string[] {
  const values: string[] = [];
  for (const prefix of prefixesFor(xmp, namespaceUri)) {
    const name = `${escapeRegExp(prefix)}:${escapeRegExp(localName)}`;
    for (const m of xmp.matchAll(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "g"))) {
      values.push(unescapeXml(m[1] ?? m[2] ?? ""));
    }
    for (const m of xmp.matchAll(new RegExp(`<${name}(\\s[^>]*)?>([\\s\\S]*?)</${name}>`, "g"))) {
      const inner = m[2];
      const listItems = [...inner.matchAll(/<rdf:li(?:\s[^>]*)?>([\s\S]*?)<\/rdf:li>/g)].map((li) => li[1]);
      for (const item of listItems.length > 0 ? listItems : [inner]) values.push(unescapeXml(item.trim()));
    }
    for (const m of xmp.matchAll(new RegExp(`<${name}\\s[^>]*rdf:resource\\s*=\\s*"([^"]*)"[^>]*/>`, "g"))) {
      values.push(unescapeXml(m[1]));
    }
  }
  return values.filter((v) => v.length > 0);
}

function prefixesFor(xmp: string, namespaceUri: string): string[] {
  const uri = escapeRegExp(namespaceUri);
  return [...new Set([...xmp.matchAll(new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${uri}["']`, "g"))].map((m) => m[1]))];
}

function unescapeXml(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
