import { Command, CommanderError } from 'commander';
import { registerHrcVotes } from './commands/hrc-votes.js';
import { registerImport } from './commands/import.js';
import { registerNgoCommittee } from './commands/ngo-committee.js';
import { registerParse } from './commands/parse.js';
import { registerSecurity } from './commands/security.js';
import { registerServe } from './commands/serve.js';
import { registerUpr } from './commands/upr.js';
import { CliFailure, makeContext } from './context.js';
import { messages, pickLang } from './messages.js';
import { withBom } from '../analysis/csv.js';

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
  registerParse(program, ctx);
  registerImport(program, ctx);
  registerNgoCommittee(program, ctx);
  registerHrcVotes(program, ctx);
  registerUpr(program, ctx);
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
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') {
      err(t.notFound(e.path ?? String(e.message)));
      return 1;
    }
    err(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
