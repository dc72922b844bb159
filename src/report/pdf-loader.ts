import type { RenderReportPdf } from './types.js';

/**
 * Named in a variable on purpose: the bundler leaves the import alone, and the type checker does not
 * require the module to exist. Once pdf.ts is in the tree this can become a literal import.
 */
const PDF_MODULE = './pdf.js';

/**
 * The PDF renderer (src/report/pdf.ts: HTML → PDF through Chromium), loaded by name only when a PDF
 * is asked for, so that the report engine neither depends on it nor fails to build without it.
 * Returns null when the module is absent.
 */
export async function loadPdfRenderer(specifier = PDF_MODULE): Promise<RenderReportPdf | null> {
  try {
    const mod = (await import(specifier)) as { renderReportPdf?: RenderReportPdf };
    return typeof mod.renderReportPdf === 'function' ? mod.renderReportPdf : null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') return null;
    throw error;
  }
}
