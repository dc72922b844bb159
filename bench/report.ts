/**
 * Issue 13's bar: a State report over all the real data, HTML in < 5 s (and PDF in < 15 s when the
 * PDF renderer and Chromium are there), beside the time of computing the same figures alone in the
 * same run: the same sections with an evidence resolver that resolves nothing, so the ratio is
 * what evidence, comparison, validation and rendering cost on top of the figures.
 *
 *   npm run bench -- report
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../src/cli/main.js';
import { buildReport } from '../src/report/build.js';
import { renderReportHtml } from '../src/report/html.js';
import { loadPdfRenderer } from '../src/report/pdf-loader.js';
import type { ReportOptions } from '../src/report/types.js';
import { openStore } from '../src/store/open-store.js';
import { sharedDataDir } from '../test/shared-data.js';
import { best, line } from './measure.js';

const quiet = { out: () => {}, err: () => {}, env: {} };

export async function benchReport(): Promise<void> {
  const data = sharedDataDir();
  if (!data) {
    console.log('report: skipped, ../shared/data is not beside this clone');
    return;
  }
  const work = mkdtempSync(path.join(tmpdir(), 'gp-bench-report-'));
  try {
    const db = path.join(work, 'all.db');
    const keys = path.join(work, 'keys.json');
    const d = (...p: string[]) => path.join(data, ...p);
    for (const argv of [
      [
        'import',
        'ngo-committee',
        d('un-texts', 'ngo-committee-press'),
        d('ecosoc-ngo-committee-decisions'),
        '--db',
        db,
      ],
      [
        'import',
        'hrc-votes',
        d('hrc-voting'),
        d('unga-rollcall-unvotes'),
        d('un-texts', 'hrc-vote-press'),
        '--db',
        db,
      ],
      ['import', 'upr', d('upr-info-sessions-1-20'), d('upr-china-matrices'), '--db', db],
      ['keys', 'init', '--key-file', keys],
      [
        'import',
        'reprisals',
        d('ishr-endreprisals-china-cases', 'records'),
        '--key-file',
        keys,
        '--db',
        db,
      ],
    ])
      if ((await main(argv, quiet)) !== 0)
        throw new Error(`bench report: ${argv.join(' ')} failed`);
    const store = await openStore({ target: db });
    try {
      const options: ReportOptions = { edition: 'state', state: 'CHN', year: 2018 };
      const nothing = { resolve: () => Promise.resolve([]) };
      const figures = await best(3, () => buildReport(store, options, { evidence: nothing }));
      const html = await best(3, async () =>
        renderReportHtml(await buildReport(store, options), 'en'),
      );
      const n = html.value.length;
      line(
        'report CHN 2018 HTML (all real data)',
        html.ms,
        figures.ms,
        `${(n / 1024).toFixed(0)} KB; baseline: the same figures alone`,
      );
      const render = await loadPdfRenderer();
      if (render) {
        try {
          const pdf = await best(1, async () =>
            render(renderReportHtml(await buildReport(store, options), 'zh'), { lang: 'zh' }),
          );
          line(
            'report CHN 2018 PDF zh (all real data)',
            pdf.ms,
            figures.ms,
            `${(pdf.value.length / 1024).toFixed(0)} KB`,
          );
        } catch (error) {
          console.log(
            `report PDF: skipped (${error instanceof Error ? error.message : String(error)})`,
          );
        }
      }
    } finally {
      await store.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
