/**
 * What a test needs to know of a PDF: its pages' text pieces and how many vector paths each
 * page draws, read with PDF.js. A chart printed from SVG is paths plus its own axis labels.
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  readonly texts: readonly string[];
  readonly paths: number;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const document = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const operators = await page.getOperatorList();
      pages.push({
        texts: content.items.map((item) => ('str' in item ? item.str : '')).filter((text) => text.trim() !== ''),
        paths: operators.fnArray.filter((operator) => operator === OPS.constructPath).length,
      });
    }
  } finally {
    await document.destroy();
  }
  return pages;
}
