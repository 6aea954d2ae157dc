import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, rgb, StandardFonts } from "pdf-lib";

export interface TocSlotStyle {
  /** Points. */
  size: number;
  /** sRGB, 0–1 per channel. */
  color: [number, number, number];
}

/**
 * Writes each table-of-contents entry's page number into the PDF Chromium printed, so the
 * case file needs only one print pass.
 *
 * Every TOC entry ends in an empty link to its chapter heading (`<a href="#id">`), styled as
 * a fixed-width slot whose bottom edge sits on the text baseline. Chromium turns each into
 * a Link annotation (the slot's box, `/Dest /id`) and each heading into a named destination
 * in the catalog's `/Dests` (the page it landed on). The number is drawn right-aligned on
 * the slot's bottom edge; the link stays, so the entry is also clickable.
 *
 * Throws when a slot's chapter has no destination: a TOC with a wrong or missing number is
 * worse than no case file.
 */
export async function stampTocPageNumbers(pdf: Uint8Array, slots: ReadonlyMap<string, TocSlotStyle>): Promise<{ pdf: Uint8Array; pageCount: number }> {
  // pdf-lib yields to the event loop every few objects by default; a tagged PDF has thousands,
  // and the yielding, not the parsing, would then take most of the time.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const pages = doc.getPages();
  const pageIndex = new Map(pages.map((page, index) => [page.ref.toString(), index]));
  const dests = doc.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict);
  const font = await doc.embedFont(StandardFonts.Helvetica);

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
      const target = dests?.lookupMaybe(dest, PDFArray)?.get(0);
      const targetPage = target instanceof PDFRef ? pageIndex.get(target.toString()) : undefined;
      if (targetPage === undefined) throw new Error(`The case file's chapter "${id}" has no page to point the table of contents at.`);
      const [, bottom, right] = rectOf(annot);
      const text = String(targetPage + 1);
      page.drawText(text, { x: right - font.widthOfTextAtSize(text, style.size), y: bottom, size: style.size, font, color: rgb(...style.color) });
      stamped.add(id);
    }
  }
  const missing = [...slots.keys()].filter((id) => !stamped.has(id));
  if (missing.length) throw new Error(`The case file's table of contents lost its page-number slots for: ${missing.join(", ")}.`);
  return { pdf: await doc.save({ updateFieldAppearances: false, objectsPerTick: Infinity }), pageCount: pages.length };
}

/** [left, bottom, right, top] of an annotation, in points from the page's lower-left corner. */
function rectOf(annot: PDFDict): [number, number, number, number] {
  const rect = annot.lookup(PDFName.of("Rect"), PDFArray);
  const [a, b, c, d] = [0, 1, 2, 3].map((i) => rect.lookup(i, PDFNumber).asNumber());
  return [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
}
