import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { CliFailure, type CliContext } from '../context.js';
import { stateArg } from '../state-arg.js';

/*
 * `groundpass report`: the annual report (docs/report.md). A state edition (--state) or a
 * mechanism edition (--mechanism), as HTML (default), JSON or PDF. Without --out, HTML and JSON go
 * to standard output; a PDF needs --out.
 */

const MECHANISMS = ['ngo-committee', 'hrc-votes', 'upr', 'reprisals', 'participation'] as const;

interface ReportCliOptions {
  state?: string;
  mechanism?: (typeof MECHANISMS)[number];
  year: number;
  lang?: 'en' | 'zh';
  format: 'html' | 'pdf' | 'json';
  out?: string;
  db?: string;
}

export function registerReport(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  program
    .command('report')
    .description(t.reportDescription)
    .option(
      '--state <state>',
      'the State of a state edition (ISO 3166 alpha-3 or name)',
      stateArg(t),
    )
    .addOption(
      new Option('--mechanism <name>', 'a mechanism edition: one mechanism, all States').choices(
        MECHANISMS,
      ),
    )
    .requiredOption('--year <year>', 'the year the report covers', (v: string) => {
      if (!/^\d{4}$/.test(v)) throw new CliFailure(t.invalidNumber('--year', v), 2);
      return Number(v);
    })
    .addOption(
      new Option(
        '--lang <lang>',
        'language of the HTML or PDF (default: the CLI language)',
      ).choices(['en', 'zh']),
    )
    .addOption(
      new Option('--format <format>', 'html, pdf or json')
        .choices(['html', 'pdf', 'json'])
        .default('html'),
    )
    .option('--out <file>', 'write the report to this file (required for pdf)')
    .option('--db <target>', t.optDb)
    .addHelpText(
      'after',
      [
        '',
        'Every figure carries its evidence (UN symbol and paragraph, line or page), the command that',
        'reproduces it, and the dataset version (a hash of the imported documents).',
        'Examples:',
        '  groundpass report --state CHN --year 2024 --out china-2024.html',
        '  groundpass report --state CHN --year 2024 --lang zh --format pdf --out china-2024-zh.pdf',
        '  groundpass report --mechanism ngo-committee --year 2024 --format json',
      ].join('\n'),
    )
    .action(async (opts: ReportCliOptions) => {
      if ((opts.state === undefined) === (opts.mechanism === undefined))
        throw new CliFailure('report: give either --state ISO3 or --mechanism NAME', 2);
      if (opts.format === 'pdf' && !opts.out)
        throw new CliFailure('report: --format pdf needs --out FILE', 2);
      // the language of the report: --lang after `report`, else the CLI's own (--lang before it)
      const lang = opts.lang ?? ctx.lang;
      const { buildReport } = await import('../../report/build.js');
      const report = await ctx.withStore(opts.db, (store) =>
        buildReport(
          store,
          opts.state !== undefined
            ? { edition: 'state', state: opts.state, year: opts.year }
            : { edition: 'mechanism', mechanism: opts.mechanism!, year: opts.year },
        ),
      );
      let bytes: string | Uint8Array;
      if (opts.format === 'json') bytes = `${JSON.stringify(report, null, 2)}\n`;
      else {
        const { renderReportHtml } = await import('../../report/html.js');
        const html = renderReportHtml(report, lang);
        if (opts.format === 'html') bytes = html;
        else {
          const { loadPdfRenderer } = await import('../../report/pdf-loader.js');
          const render = await loadPdfRenderer();
          if (!render)
            throw new CliFailure(
              'report: PDF output is not available in this build (src/report/pdf.ts is missing); use --format html and print it',
            );
          bytes = await render(html, { lang });
        }
      }
      if (opts.out) {
        try {
          await writeFile(opts.out, bytes);
        } catch (error) {
          const e = error as NodeJS.ErrnoException;
          throw new CliFailure(`${opts.out}: ${e.code ? t.fileError(e.code) : e.message}`);
        }
        ctx.err(`${opts.out}: ${opts.format.toUpperCase()} written`);
      } else ctx.out(typeof bytes === 'string' ? bytes.replace(/\n$/, '') : '');
    });
}
