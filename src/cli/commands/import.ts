import type { Command } from 'commander';
import { formatProblem } from '../../sources/common/parse-result.js';
import type { FileImportReport } from '../../store/import-report.js';
import { importHrcVotePaths } from '../../store/hrc-votes/import-files.js';
import { importNgoCommitteePaths } from '../../store/ngo-committee/import-files.js';
import { importUprPaths } from '../../store/upr/import-files.js';
import { CliFailure, type CliContext } from '../context.js';

export function registerImport(program: Command, ctx: CliContext): void {
  const imp = program.command('import').description(ctx.t.importDescription);
  imp
    .command('ngo-committee')
    .description(ctx.t.importNgoDescription)
    .argument('<paths...>', 'files or folders')
    .option('--db <target>', ctx.t.optDb)
    .option('--json', ctx.t.optJson)
    .addHelpText(
      'after',
      [
        '',
        'Each file is imported whole or not at all; a file already imported (same bytes) is left alone.',
        'Problems are printed as FILE:LINE. Exit code 1 when any file was rejected.',
        '',
        'Examples:',
        '  groundpass import ngo-committee ../shared/data/ecosoc-ngo-committee-decisions',
        '  groundpass import ngo-committee press/ecosoc6731.txt --db /tmp/test.db',
      ].join('\n'),
    )
    .action(async (paths: string[], opts: { db?: string; json?: boolean }) => {
      const reports = await ctx.withStore(opts.db, (store) =>
        importNgoCommitteePaths(store, paths, {
          onProgress: (p) => {
            if (!opts.json && process.stderr.isTTY)
              process.stderr.write(`\r[${p.done}/${p.total}] ${p.file.slice(-60).padEnd(60)}`);
          },
        }),
      );
      if (!opts.json && process.stderr.isTTY) process.stderr.write('\n');
      printReports(ctx, reports, opts.json === true);
      if (reports.some((r) => r.status === 'rejected'))
        throw new CliFailure(
          reports
            .filter((r) => r.status === 'rejected')
            .map((r) => r.file)
            .join(', ') + ': rejected',
        );
    });
  imp
    .command('hrc-votes')
    .description(ctx.t.hrcVotes.importDescription)
    .argument('<paths...>', 'files or folders')
    .option('--db <target>', ctx.t.optDb)
    .option('--json', ctx.t.optJson)
    .addHelpText(
      'after',
      [
        '',
        'Within one call, files of texts (resolutions, roll calls) go before the votes that name them.',
        'A votes file whose record ids match no stored text is rejected with the first such line.',
        'Examples:',
        '  groundpass import hrc-votes ../shared/data/hrc-voting',
        '  groundpass import hrc-votes resolutions.csv.gz votes_long.csv.gz press/*.txt',
      ].join('\n'),
    )
    .action(async (paths: string[], opts: { db?: string; json?: boolean }) => {
      const reports = await ctx.withStore(opts.db, (store) =>
        importHrcVotePaths(store, paths, {
          onProgress: (p) => {
            if (!opts.json && process.stderr.isTTY)
              process.stderr.write(`\r[${p.done}/${p.total}] ${p.file.slice(-60).padEnd(60)}`);
          },
        }),
      );
      if (!opts.json && process.stderr.isTTY) process.stderr.write('\n');
      printReports(ctx, reports, opts.json === true);
      if (reports.some((r) => r.status === 'rejected'))
        throw new CliFailure(
          reports
            .filter((r) => r.status === 'rejected')
            .map((r) => r.file)
            .join(', ') + ': rejected',
        );
    });
  imp
    .command('upr')
    .description(ctx.t.upr.importDescription)
    .argument('<paths...>', 'files or folders')
    .option('--db <target>', ctx.t.optDb)
    .option('--json', ctx.t.optJson)
    .addHelpText(
      'after',
      [
        '',
        'A Working Group addendum gives its responses to the report it answers (same symbol, same',
        'paragraph), whether the report is imported before or after it. Voluntary pledges are skipped.',
        'Examples:',
        '  groundpass import upr ../shared/data/upr-info-sessions-1-20',
        '  groundpass import upr A_HRC_40_6.txt A_HRC_40_6_Add.1.txt matrix-china-2018.docx',
      ].join('\n'),
    )
    .action(async (paths: string[], opts: { db?: string; json?: boolean }) => {
      const reports = await ctx.withStore(opts.db, (store) =>
        importUprPaths(store, paths, {
          onProgress: (p) => {
            if (!opts.json && process.stderr.isTTY)
              process.stderr.write(`\r[${p.done}/${p.total}] ${p.file.slice(-60).padEnd(60)}`);
          },
        }),
      );
      if (!opts.json && process.stderr.isTTY) process.stderr.write('\n');
      printReports(ctx, reports, opts.json === true);
      if (reports.some((r) => r.status === 'rejected'))
        throw new CliFailure(
          reports
            .filter((r) => r.status === 'rejected')
            .map((r) => r.file)
            .join(', ') + ': rejected',
        );
    });
}

function printReports(ctx: CliContext, reports: FileImportReport[], json: boolean): void {
  if (json) {
    ctx.out(JSON.stringify(reports, null, 2));
    return;
  }
  const count = (s: string) => reports.filter((r) => r.status === s).length;
  for (const r of reports) {
    const label = {
      imported: ctx.t.imported,
      unchanged: ctx.t.unchanged,
      rejected: ctx.t.rejected,
      skipped: ctx.t.skipped,
    }[r.status];
    const counts = r.counts
      ? ' ' +
        Object.entries(r.counts)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ')
      : '';
    ctx.err(`${label}: ${r.file}${counts}${r.reason ? ` (${r.reason})` : ''}`);
    const shown = r.status === 'rejected' ? r.problems : r.problems.slice(0, 5);
    for (const p of shown) ctx.err(`  ${formatProblem(p)}`);
    if (shown.length < r.problems.length)
      ctx.err(`  … ${r.problems.length - shown.length} more warnings (--json lists all)`);
  }
  ctx.out(
    ctx.t.importSummary(count('imported'), count('unchanged'), count('rejected'), count('skipped')),
  );
}
