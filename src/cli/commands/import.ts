import type { Command } from 'commander';
import { formatProblem } from '../../sources/common/parse-result.js';
import type { FileImportReport, ImportProgress } from '../../store/import-report.js';
import type { Store } from '../../store/open-store.js';
import { CliFailure, type CliContext } from '../context.js';
import { registerImportReprisals } from './reprisals.js';

type Importer = (
  store: Store,
  paths: readonly string[],
  options: { onProgress?: (p: ImportProgress) => void },
) => Promise<FileImportReport[]>;

/** One `import <mechanism>` subcommand: what it imports, how, and the help that teaches it. */
interface ImportCommand {
  name: string;
  description: string;
  /** the importer, loaded when its command runs: no other command loads the parsers (docs/build.md) */
  load: () => Promise<Importer>;
  help: string[];
}

const EACH_FILE_WHOLE = [
  'Each file is imported whole or not at all; a file already imported (same bytes) is left alone.',
  'A file named on the command line is imported or the command fails on it; only files found in',
  'a folder may be skipped (each is listed with why). Empty files are rejected.',
  'Problems are printed as FILE:LINE. Exit code 1 when any file was rejected (FILE: reason).',
];

export function registerImport(program: Command, ctx: CliContext): void {
  const imp = program.command('import').description(ctx.t.importDescription);
  const commands: ImportCommand[] = [
    {
      name: 'ngo-committee',
      description: ctx.t.importNgoDescription,
      load: async () =>
        (await import('../../store/ngo-committee/import-files.js')).importNgoCommitteePaths,
      help: [
        '  groundpass import ngo-committee ../shared/data/ecosoc-ngo-committee-decisions',
        '  groundpass import ngo-committee press/ecosoc6731.txt --db /tmp/test.db',
      ],
    },
    {
      name: 'hrc-votes',
      description: ctx.t.hrcVotes.importDescription,
      load: async () => (await import('../../store/hrc-votes/import-files.js')).importHrcVotePaths,
      help: [
        '  groundpass import hrc-votes ../shared/data/hrc-voting',
        '  groundpass import hrc-votes resolutions.csv.gz votes_long.csv.gz press/*.txt',
        '',
        'Within one call, files of texts (resolutions, roll calls) go before the votes that name them.',
        'A votes file whose record ids match no stored text is rejected with the first such line.',
      ],
    },
    {
      name: 'upr',
      description: ctx.t.upr.importDescription,
      load: async () => (await import('../../store/upr/import-files.js')).importUprPaths,
      help: [
        '  groundpass import upr ../shared/data/upr-info-sessions-1-20',
        '  groundpass import upr A_HRC_40_6.txt A_HRC_40_6_Add.1.txt matrix-china-2018.docx',
        '',
        'A Working Group addendum gives its responses to the report it answers (same symbol, same',
        'paragraph), whether the report is imported before or after it. Voluntary pledges are skipped.',
      ],
    },
    {
      name: 'hrc-participation',
      description:
        'load Council meeting summaries, session reports, transcripts and reports of points of order',
      load: async () =>
        (await import('../../store/hrc-participation/import-files.js')).importParticipationPaths,
      help: [
        '  groundpass import hrc-participation ../shared/data/un-texts/other',
        '  groundpass import hrc-participation A_HRC_52_2.pdf hrc-52-30.json summary.txt',
        '',
        'Every candidate sentence not read is listed as a warning with why (--json lists all).',
      ],
    },
  ];
  for (const c of commands) {
    imp
      .command(c.name)
      .description(c.description)
      .argument('<paths...>', 'files or folders')
      .option('--db <target>', ctx.t.optDb)
      .option('--json', ctx.t.optJson)
      .addHelpText('after', ['', ...EACH_FILE_WHOLE, '', 'Examples:', ...c.help].join('\n'))
      .action(async (paths: string[], opts: { db?: string; json?: boolean }) => {
        const progress = !opts.json && process.stderr.isTTY;
        const [{ importUserPaths, readOnlyRefusal }, run] = await Promise.all([
          import('../../store/import-runner.js'),
          c.load(),
        ]);
        const reports = await ctx.withStore(opts.db, (store) => {
          const refusal = readOnlyRefusal(store);
          if (refusal) throw new CliFailure(refusal);
          return importUserPaths(store, paths, run, {
            onProgress: (p) => {
              if (progress)
                process.stderr.write(`\r[${p.done}/${p.total}] ${p.file.slice(-60).padEnd(60)}`);
            },
          });
        });
        if (progress) process.stderr.write('\n');
        printReports(ctx, reports, opts.json === true);
        // The last lines say, per file, what failed: FILE: reason (exit 1).
        const rejected = reports.filter((r) => r.status === 'rejected');
        if (rejected.length > 0) throw new CliFailure(rejected.map(failureLine).join('\n'));
      });
  }
  // reprisals: its own options (--apply, --as, --key-file); reprisals-actions.ts does the work
  registerImportReprisals(imp, ctx, EACH_FILE_WHOLE);
}

export function printReports(ctx: CliContext, reports: FileImportReport[], json: boolean): void {
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

/** `FILE: reason` for a rejected file: its first fatal problem, in words. */
export function failureLine(r: FileImportReport): string {
  const fatal = r.problems.find((p) => p.severity === 'fatal') ?? r.problems[0];
  const where = fatal && fatal.line > 0 ? `${r.file}:${fatal.line}` : r.file;
  return `${where}: ${fatal?.message ?? r.reason ?? 'rejected'}`;
}
