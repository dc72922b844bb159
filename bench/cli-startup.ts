/**
 * What a command costs before it does anything (issue 10): `groundpass --help`, a figure on an
 * imported database (`upr stats --sur CHN --json`) and `upr search` on the real 41k, each beside
 * `node -e 0` measured in the same run, CPU (user + system, from /usr/bin/time) and wall, best of
 * several runs. The compiled build (dist/cli, what `npm install` leaves) and the sources through
 * tsx (what every command cost before the build) are both measured, so the gain is read in one run;
 * then the launcher as users run it, with its check that the build is the sources' (bin/compiled.mjs).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../src/store/open-store.js';
import { importUprPaths } from '../src/store/upr/import-files.js';
import { sharedPath } from '../test/shared-data.js';
import { ms } from './measure.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin', 'groundpass.mjs');
const TIME = '/usr/bin/time';
const RUNS = 5;

interface Sample {
  wall: number;
  /** user + system CPU in ms, NaN without /usr/bin/time */
  cpu: number;
  status: number | null;
}

/** One run of a child process: wall from here, CPU from /usr/bin/time when it is there. */
function run(args: string[], env: NodeJS.ProcessEnv = process.env): Sample {
  const timed = existsSync(TIME);
  const t = process.hrtime.bigint();
  const r = timed
    ? spawnSync(TIME, ['-f', '%U %S', ...args], { cwd: ROOT, env, encoding: 'utf8' })
    : spawnSync(args[0]!, args.slice(1), { cwd: ROOT, env, encoding: 'utf8' });
  const wall = ms(t);
  const [u, s] = (r.stderr?.trim().split('\n').pop() ?? '').split(' ').map(Number);
  const cpu = timed && Number.isFinite(u) && Number.isFinite(s) ? (u! + s!) * 1000 : NaN;
  return { wall, cpu, status: r.status };
}

/** The least disturbed of n runs: lowest CPU (wall when CPU is unknown), with that run's wall. */
function best(n: number, args: string[], env?: NodeJS.ProcessEnv): Sample {
  let b: Sample = { wall: Infinity, cpu: Infinity, status: 0 };
  for (let i = 0; i < n; i++) {
    const s = run(args, env);
    if (s.status !== 0) throw new Error(`${args.join(' ')} exited ${s.status}`);
    const better = Number.isFinite(s.cpu) ? s.cpu < b.cpu : s.wall < b.wall;
    if (better) b = s;
  }
  return b;
}

function report(name: string, s: Sample, base: Sample, bar: number) {
  const ratio = (x: number, y: number) => (x / y).toFixed(2);
  console.log(
    `${name.padEnd(44)} CPU ${s.cpu.toFixed(0).padStart(5)} ms (${ratio(s.cpu, base.cpu)}x)   wall ${s.wall.toFixed(0).padStart(5)} ms (${ratio(s.wall, base.wall)}x)   baseline node -e 0: CPU ${base.cpu.toFixed(0)} ms, wall ${base.wall.toFixed(0)} ms; bar: ≤ ${bar}x`,
  );
}

/** Whether dist/cli is still the build of the sources (bin/compiled.mjs decides it for the launcher). */
function fresh(): boolean {
  const check =
    "import('./bin/compiled.mjs').then((m) => process.exit(m.freshCompiledEntry('run.mjs') ? 0 : 1))";
  return spawnSync(process.execPath, ['-e', check], { cwd: ROOT }).status === 0;
}

export async function benchCliStartup(): Promise<void> {
  // the build a user's `npm install` makes, of the sources as they are now
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs'), '--quiet'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const work = mkdtempSync(path.join(tmpdir(), 'groundpass-bench-cli-'));
  try {
    const db = path.join(work, 'upr.db');
    const upr = sharedPath('upr-info-sessions-1-20');
    const china = sharedPath('upr-china-matrices');
    if (upr && china) {
      const store = await openStore({ target: db });
      await importUprPaths(store, [upr, china]);
      await store.close();
    }
    const compiled = { ...process.env, GROUNDPASS_RUN: 'compiled' };
    const source = { ...process.env, GROUNDPASS_RUN: 'source' };
    const node = best(RUNS, [process.execPath, '-e', '0']);
    const commands: [string, string[], number][] = [['--help', ['--help'], 3]];
    if (upr && china) {
      commands.push([
        'upr stats --sur CHN --json',
        ['upr', 'stats', '--sur', 'CHN', '--json', '--db', db],
        5,
      ]);
      commands.push([
        'upr search (real 41k)',
        ['upr', 'search', 'human rights defenders', '--sur', 'CHN', '--json', '--db', db],
        8,
      ]);
    } else {
      console.log('CLI figure and search: skipped: ../shared/data is not beside this clone');
    }
    const build = () =>
      execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs'), '--quiet'], {
        cwd: ROOT,
        stdio: 'inherit',
      });
    for (const [name, args, bar] of commands) {
      // dist/cli as `npm install` leaves it (rebuilt first if a source changed since)
      build();
      report(
        `CLI ${name} (compiled)`,
        best(RUNS, [process.execPath, BIN, ...args], compiled),
        node,
        bar,
      );
      report(
        `CLI ${name} (sources via tsx, before)`,
        best(2, [process.execPath, BIN, ...args], source),
        node,
        bar,
      );
    }
    // As users run it, the launcher first checks that dist/cli is the build of the sources (a
    // stat of each source file); in a checkout being edited the build may go stale meanwhile.
    build();
    const launcher = best(RUNS, [process.execPath, BIN, '--help']);
    const stale = fresh() ? '' : ' STALE BUILD meanwhile: ran the sources';
    report(`CLI --help with the freshness check${stale}`, launcher, node, 3);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
