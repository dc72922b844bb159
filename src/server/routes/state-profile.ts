import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { latestProfileYear, stateProfile } from '../../analysis/state-profile/profile.js';
import type { Store } from '../../store/open-store.js';
import { ApiError } from '../errors.js';
import { parseQuery, yearParam } from '../query.js';
import { stateParam } from '../state-param.js';

/*
 * The cross-mechanism State profile (/api/v1/states/{state}/profile) and the annual report as a
 * download (/api/v1/report): what the web app's /state/ISO3 page shows and offers. The report is
 * built by the report engine (src/report/) and printed by its PDF renderer, loaded only when
 * asked for, so the server starts without Chromium and answers every other route without it.
 */

const reportQuery = z.object({
  state: stateParam,
  year: yearParam,
  lang: z.enum(['en', 'zh']).default('en'),
  format: z.enum(['html', 'pdf']).default('html'),
});

/**
 * The report is one self-contained HTML file with inline CSS and SVG and no script: the app's CSP
 * ('self' only) would leave it unstyled when opened from the server, so its own is narrower still
 * on scripts (none) and allows only its inline styles and data images.
 */
const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function stateProfileRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/v1/states/:state/profile', async (req) => {
    const { state } = parseQuery(z.object({ state: stateParam }), req.params);
    const q = parseQuery(z.object({ year: yearParam.optional() }), req.query);
    const year = q.year ?? (await latestProfileYear(store.db));
    if (year === null)
      throw new ApiError(404, 'not-found', 'no NGO Committee question or Council vote is stored');
    return stateProfile(store, state, year);
  });

  app.get('/api/v1/report', async (req, reply) => {
    const q = parseQuery(reportQuery, req.query);
    const { buildReport } = await import('../../report/build.js');
    const { renderReportHtml } = await import('../../report/html.js');
    const report = await buildReport(store, { edition: 'state', state: q.state, year: q.year });
    const html = renderReportHtml(report, q.lang);
    const name = `groundpass-${q.state}-${q.year}-${q.lang}.${q.format}`;
    reply
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('content-security-policy', REPORT_CSP);
    if (q.format === 'html') {
      reply.header('content-type', 'text/html; charset=utf-8');
      return html;
    }
    const { renderReportPdf, PdfRendererError } = await import('../../report/pdf.js');
    try {
      const pdf = await renderReportPdf(html, { lang: q.lang });
      reply.header('content-type', 'application/pdf');
      return pdf;
    } catch (error) {
      // no Chromium or no CJK font on this server: say what is missing, offer the HTML
      if (error instanceof PdfRendererError)
        throw new ApiError(503, 'unavailable', `${error.message}; format=html still works`);
      throw error;
    }
  });
}
