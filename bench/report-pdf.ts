/**
 * Issue 13's PDF bar: the China State report over all the real data printed to PDF in < 15 s,
 * beside the HTML of the same report measured in the same run (ratio = PDF / HTML, so what the
 * PDF costs on top of the HTML: Chromium's start, two prints for the numbered contents, reading
 * the first print's outline). Both languages: the Chinese edition loads the CJK fonts.
 *
 *   npm run bench -- report-pdf
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../src/cli/main.js';
import { buildReport } from '../src/report/build.js';
import { renderReportHtml } from '../src/report/html.js';
import { chromiumPath, renderReportPdf } from '../src/report/pdf.js';
import type { ReportOptions } from '../src/report/types.js';
import { openStore } from '../src/store/open-store.js';
import { sharedDataDir } from '../test/shared-data.js';
import { best, line } from './measure.js';

const quiet = { out: () => {}, err: () => {}, env: {} };

export async function benchReportPdf(): Promise<void> {
  const data = sharedDataDir();
  if (!data) {
    console.log('report-pdf: skipped, ../shared/data is not beside this clone');
    return;
  }
  const work = mkdtempSync(path.join(tmpdir(), 'gp-bench-report-pdf-'));
  try {
    const db = path.join(work, 'all.db');
    const keys = path.join(work, 'keys.json');
    const d = (...p: string[]) => path.join(data, ...p);
    // every mechanism's real data, as a user imports it
    for (const argv of [
      [
        'import',
        'ngo-committee',
        d('un-texts', 'ngo-committee-press'),
        d('ecosoc-ngo-committee-decisions'),
      ],
      [
        'import',
        'hrc-votes',
        d('hrc-voting'),
        d('unga-rollcall-unvotes'),
        d('un-texts', 'hrc-vote-press'),
      ],
      ['import', 'upr', d('upr-info-sessions-1-20'), d('upr-china-matrices')],
      ['keys', 'init', '--key-file', keys],
      ['import', 'reprisals', d('ishr-endreprisals-china-cases', 'records'), '--key-file', keys],
    ])
      if ((await main(argv[0] === 'keys' ? argv : [...argv, '--db', db], quiet)) !== 0)
        throw new Error(`bench report-pdf: ${argv.join(' ')} failed`);
    const store = await openStore({ target: db });
    try {
      const options: ReportOptions = { edition: 'state', state: 'CHN', year: 2018 };
      for (const lang of ['en', 'zh'] as const) {
        const html = await best(3, async () =>
          renderReportHtml(await buildReport(store, options), lang),
        );
        let pdf: { ms: number; value: Buffer };
        try {
          pdf = await best(2, async () =>
            renderReportPdf(renderReportHtml(await buildReport(store, options), lang), { lang }),
          );
        } catch (error) {
          console.log(
            `report-pdf: skipped (${error instanceof Error ? error.message : String(error)}; Chromium: ${chromiumPath()})`,
          );
          return;
        }
        line(
          `report CHN 2018 PDF ${lang} (all real data)`,
          pdf.ms,
          html.ms,
          `${(pdf.value.length / 1024).toFixed(0)} KB PDF; baseline: the same report as HTML; bar < 15 s`,
        );
      }
    } finally {
      await store.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
