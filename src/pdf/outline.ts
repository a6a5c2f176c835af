/**
 * Chromium builds the PDF outline (bookmarks) from the headings but drops the space where a heading wraps
 * ("artilleryammunition"). This puts each bookmark's title back as the heading reads, matching the two with
 * their spaces removed. pdf-lib rewrites only the outline's Title strings; pages, links and tags stay as
 * Chromium wrote them.
 */
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

const squash = (s: string): string => s.replace(/\s+/g, '');

export async function mendOutline(pdf: Uint8Array, headings: string[]): Promise<{ pdf: Uint8Array; mended: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const spoken = new Map(headings.map((h) => [squash(h), h.replace(/\s+/g, ' ').trim()]));
  let mended = 0;
  const walk = (item: PDFDict | undefined): void => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const raw = node.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString);
      const title = raw?.decodeText();
      const fixed = title == null ? undefined : spoken.get(squash(title));
      if (fixed && fixed !== title) {
        node.set(PDFName.of('Title'), PDFHexString.fromText(fixed));
        mended++;
      }
      walk(node.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  return { pdf: mended ? await doc.save() : pdf, mended };
}
