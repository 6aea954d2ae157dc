import fontkit from "@pdf-lib/fontkit";
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, rgb, StandardFonts, type PDFContext } from "pdf-lib";

export interface TocSlotStyle {
  /** Points. */
  size: number;
  /** sRGB, 0–1 per channel. */
  color: [number, number, number];
}

/** A table-of-contents entry: its chapter heading's id (the PDF's named destination) and its label. */
export interface TocEntry {
  id: string;
  label: string;
  /** Listed under the chapter before it. */
  sub?: boolean;
}

/**
 * Completes the PDF Chromium printed, so the case file needs only one print pass: writes each
 * table-of-contents entry's page number and adds the bookmarks (one per TOC entry).
 *
 * Every TOC entry ends in an empty link to its chapter heading (`<a href="#id">`), styled as
 * a fixed-width slot whose bottom edge sits on the text baseline. Chromium turns each into
 * a Link annotation (the slot's box, `/Dest /id`) and each heading into a named destination
 * in the catalog's `/Dests` (the page it landed on). The number is drawn right-aligned on
 * the slot's bottom edge; the link stays, so the entry is also clickable.
 *
 * The bookmarks are written here rather than by Chromium, which writes them only into a
 * tagged PDF: tagging costs a fifth of the print time and triples the objects to rewrite.
 *
 * The numbers are set in `numeralFont` (a TrueType face cut down to the digits, embedded), so
 * every font of the case file is embedded, as archiving and court filing systems expect;
 * without it (the font could not be cut) they fall back to Helvetica, which is not embedded.
 *
 * Throws when a slot's chapter has no destination: a TOC with a wrong or missing number is
 * worse than no case file.
 */
export async function finishCaseFilePdf(
  pdf: Uint8Array,
  toc: readonly TocEntry[],
  slots: ReadonlyMap<string, TocSlotStyle>,
  numeralFont?: Uint8Array,
): Promise<{ pdf: Uint8Array; pageCount: number }> {
  // pdf-lib yields to the event loop every few objects by default; that yielding, not the
  // parsing, would then take most of the time.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const pages = doc.getPages();
  const pageIndex = new Map(pages.map((page, index) => [page.ref.toString(), index]));
  const dests = doc.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict);
  const pageOf = (id: string): number | undefined => {
    const target = dests?.lookupMaybe(PDFName.of(id), PDFArray)?.get(0);
    return target instanceof PDFRef ? pageIndex.get(target.toString()) : undefined;
  };
  doc.registerFontkit(fontkit);
  const font = numeralFont
    ? await doc.embedFont(numeralFont).catch(() => doc.embedFont(StandardFonts.Helvetica))
    : await doc.embedFont(StandardFonts.Helvetica);

  const stamped = new Set<string>();
  for (const page of pages) {
    const annots = page.node.Annots();
    if (!annots) continue;
    for (let i = 0; i < annots.size(); i++) {
      const annot = annots.lookupMaybe(i, PDFDict);
      const dest = annot?.get(PDFName.of("Dest"));
      if (!annot || !(dest instanceof PDFName)) continue;
      const id = dest.decodeText();
      const style = slots.get(id);
      if (!style) continue;
      const targetPage = pageOf(id);
      if (targetPage === undefined) throw new Error(`The case file's chapter "${id}" has no page to point the table of contents at.`);
      const [, bottom, right] = rectOf(annot);
      const text = String(targetPage + 1);
      page.drawText(text, { x: right - font.widthOfTextAtSize(text, style.size), y: bottom, size: style.size, font, color: rgb(...style.color) });
      stamped.add(id);
    }
  }
  const missing = [...slots.keys()].filter((id) => !stamped.has(id));
  if (missing.length) throw new Error(`The case file's table of contents lost its page-number slots for: ${missing.join(", ")}.`);

  addBookmarks(doc, toc);
  // Without object streams: pdf-lib would deflate them in JavaScript, the slowest step here.
  return { pdf: await doc.save({ updateFieldAppearances: false, objectsPerTick: Infinity, useObjectStreams: false }), pageCount: pages.length };
}

/**
 * The document outline (PDF 32000-1 §12.3.3), written by hand because pdf-lib has no API for
 * it: chapters at the top level, sub-entries (the documents) under the chapter before them.
 * Each item points at the heading's named destination, so it lands where the TOC link does.
 */
function addBookmarks(doc: PDFDocument, toc: readonly TocEntry[]): void {
  const chapters: OutlineNode[] = [];
  for (const entry of toc) {
    const parent = chapters.at(-1);
    if (entry.sub && parent) parent.children.push({ entry, children: [] });
    else chapters.push({ entry, children: [] });
  }
  const root = doc.context.nextRef();
  const items = linkItems(doc.context, root, chapters);
  doc.context.assign(root, doc.context.obj({ Type: "Outlines", Count: items.length, ...firstLast(items) }));
  doc.catalog.set(PDFName.of("Outlines"), root);
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}

interface OutlineNode {
  entry: TocEntry;
  children: OutlineNode[];
}

/** Writes sibling outline items (and their children) under `parent`, linked Prev/Next; returns their refs in order. */
function linkItems(context: PDFContext, parent: PDFRef, nodes: OutlineNode[]): PDFRef[] {
  const refs = nodes.map(() => context.nextRef());
  nodes.forEach(({ entry, children }, index) => {
    const kids = linkItems(context, refs[index], children);
    context.assign(
      refs[index],
      context.obj({
        Title: PDFHexString.fromText(entry.label.replace(/\s+/g, " ")),
        Parent: parent,
        Dest: PDFName.of(entry.id),
        ...(index > 0 ? { Prev: refs[index - 1] } : {}),
        ...(index < refs.length - 1 ? { Next: refs[index + 1] } : {}),
        // Negative: the sub-entries start folded.
        ...(kids.length ? { Count: -kids.length, ...firstLast(kids) } : {}),
      }),
    );
  });
  return refs;
}

function firstLast(refs: PDFRef[]): { First?: PDFRef; Last?: PDFRef } {
  return refs.length ? { First: refs[0], Last: refs[refs.length - 1] } : {};
}

/** [left, bottom, right, top] of an annotation, in points from the page's lower-left corner. */
function rectOf(annot: PDFDict): [number, number, number, number] {
  const rect = annot.lookup(PDFName.of("Rect"), PDFArray);
  const [a, b, c, d] = [0, 1, 2, 3].map((i) => rect.lookup(i, PDFNumber).asNumber());
  return [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
}
