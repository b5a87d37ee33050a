import { launchChromium } from './chromium.js';

/** Prints a digest's self-contained HTML to an A4 PDF; its inline SVG charts stay vector. */
export async function renderDigestPdf(html: string): Promise<Buffer> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // The digest fetches nothing (its CSP forbids it), so 'load' means fully drawn.
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' },
    });
  } finally {
    await browser.close();
  }
}
