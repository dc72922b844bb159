import { Command, CommanderError } from 'commander';
import { registerSecurity } from './commands/security.js';
import { registerServe } from './commands/serve.js';
import { CliFailure, makeContext, type CliContext } from './context.js';
import { messages, pickLang, type Messages } from './messages.js';
import { withBom } from '../analysis/csv.js';

type Register = (program: Command, ctx: CliContext) => void;

/** Command groups whose definitions load modules a run of another command does not need. */
const GROUPS: { name: string; description(t: Messages): string; load(): Promise<Register> }[] = [
  {
    name: 'parse',
    description: (t) => t.parseDescription,
    load: async () => (await import('./commands/parse.js')).registerParse,
  },
  {
    name: 'import',
    description: (t) => t.importDescription,
    load: async () => (await import('./commands/import.js')).registerImport,
  },
  {
    name: 'ngo-committee',
    description: (t) => t.ngoDescription,
    load: async () => (await import('./commands/ngo-committee.js')).registerNgoCommittee,
  },
  {
    name: 'votes',
    description: (t) => t.hrcVotes.description,
    load: async () => (await import('./commands/hrc-votes.js')).registerHrcVotes,
  },
  {
    name: 'upr',
    description: (t) => t.upr.description,
    load: async () => (await import('./commands/upr.js')).registerUpr,
  },
  {
    name: 'participation',
    description: () => 'who speaks at the Human Rights Council (docs/participation.md)',
    load: async () => (await import('./commands/participation.js')).registerParticipation,
  },
  {
    name: 'reprisals',
    description: (t) => t.reprisalsDescription,
    load: async () => (await import('./commands/reprisals.js')).registerReprisals,
  },
  {
    name: 'gongo',
    description: (t) => t.gongoDescription,
    load: async () => (await import('./commands/gongo.js')).registerGongo,
  },
  {
    name: 'report',
    description: (t) => t.reportDescription,
    load: async () => (await import('./commands/report.js')).registerReport,
  },
];

/** The command a run names: `upr` in `groundpass --lang zh upr stats …` or `groundpass help upr`. */
function commandNamed(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') i++;
    else if (arg === '--') return argv[i + 1];
    else if (!arg.startsWith('-') && arg !== 'help') return arg;
  }
  return undefined;
}

export interface CliIo {
  out?: (s: string) => void;
  err?: (s: string) => void;
  env?: NodeJS.ProcessEnv;
}

/** Runs the CLI; returns the exit code: 0 ok, 1 failure, 2 usage error (DESIGN §4). */
export async function main(argv: readonly string[], io: CliIo = {}): Promise<number> {
  const write = io.out ?? ((s: string) => process.stdout.write(s + '\n'));
  // With --csv, what is printed is a CSV file (usually `> x.csv`): it starts with the UTF-8
  // byte-order mark so Excel reads Chinese names right, unless --no-bom (analysis/csv.ts).
  let csvBom = false;
  const out = (s: string) => {
    write(csvBom ? withBom(s) : s);
    csvBom = false;
  };
  const err = io.err ?? ((s: string) => process.stderr.write(s + '\n'));
  const lang = pickLang(argv, io.env);
  const t = messages(lang);
  const ctx = makeContext(lang, t, out, err);

  const program = new Command('groundpass')
    .description(t.programDescription)
    .option('--lang <lang>', t.optLang)
    .exitOverride()
    .configureOutput({ writeOut: (s) => out(s.trimEnd()), writeErr: (s) => err(s.trimEnd()) })
    .showHelpAfterError()
    .addHelpText(
      'after',
      [
        '',
        'Start here:',
        '  groundpass import ngo-committee FILES_OR_FOLDERS   load press releases and decision tables',
        '  groundpass ngo-committee questions --from 2020 --to 2024',
        '  groundpass ngo-committee application "Organisation name"',
        '  groundpass serve                                    web app on http://localhost:8080',
        '',
        'Every command takes --json; figures carry the ids of the records behind them.',
        'Database: --db FILE | postgres://…, or $DATABASE_URL / $GROUNDPASS_DB (default data/groundpass.db).',
      ].join('\n'),
    );
  // Every subcommand reports through the same exits and output.
  const configure = (cmd: Command) => {
    cmd
      .exitOverride()
      .configureOutput({ writeOut: (s) => out(s.trimEnd()), writeErr: (s) => err(s.trimEnd()) });
    if (cmd.options.some((o) => o.long === '--csv')) cmd.option('--no-bom', t.optNoBom);
    cmd.commands.forEach(configure);
  };
  program.hook('preAction', (_program, action) => {
    const o = action.opts<{ csv?: boolean; bom?: boolean }>();
    csvBom = o.csv === true && o.bom !== false;
  });
  // The command groups in the order help lists them. Only the group this run names is defined in
  // full (its options need the state table, zod enums…); the others are named with their
  // description, all that the top-level help and commander's "did you mean" show (docs/build.md).
  const named = commandNamed(argv);
  for (const group of GROUPS) {
    if (group.name === named) (await group.load())(program, ctx);
    else program.command(group.name).description(group.description(t));
  }
  registerServe(program, ctx);
  registerSecurity(program, ctx);
  configure(program);

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.help' ||
        error.code === 'commander.version'
      )
        return 0;
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliFailure) {
      err(error.message);
      return error.exitCode;
    }
    // A file the user named and the system could not read: "FILE: reason", as the importers say.
    const e = error as NodeJS.ErrnoException;
    if (e.path && e.code) {
      err(`${e.path}: ${t.fileError(e.code)}`);
      return 1;
    }
    err(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
