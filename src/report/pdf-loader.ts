import type { RenderReportPdf } from './types.js';

/**
 * The PDF renderer (src/report/pdf.ts: HTML → PDF through Chromium), loaded only when a PDF is
 * asked for, so that HTML and JSON runs never load playwright-core. Returns null when the module
 * cannot be loaded (a build without it), so the command can say so in words.
 */
export async function loadPdfRenderer(): Promise<RenderReportPdf | null> {
  try {
    const mod = await import('./pdf.js');
    return (html, options) => mod.renderReportPdf(html, options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') return null;
    throw error;
  }
}
