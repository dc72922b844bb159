/**
 * Imports of the real datasets against the bare SQLite load of the same rows (issue 10: each
 * import ≤ 4× the bare load, peak RSS ≤ 300 MB; PostgreSQL reported beside). Every import and
 * every reference runs in a fresh process (bench/import-child.ts), into a fresh database, so
 * neither inherits the other's heap or page cache; CPU and wall are of the work alone. The
 * reference is measured twice in the same run: one prepared statement in one transaction through
 * better-sqlite3 (CSV read by the same reader the parsers use), and sqlite3's own `.import` when
 * the sqlite3 command is installed.
 *
 * The child runs compiled, as `groundpass import` runs from the build (docs/build.md): bundled by
 * esbuild the way scripts/build-cli.mjs bundles the CLI, run by plain node. Under tsx the loader's
 * own thread adds about 35 MB to every peak and its transpiling to the CPU; GROUNDPASS_RUN=source
 * measures that way instead (both the import and its reference).
 *
 *   npm run bench -- imports
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sharedPath } from '../test/shared-data.js';

const here = import.meta.dirname;
const tsx = path.join(here, '..', 'node_modules', '.bin', 'tsx');
const childSource = path.join(here, 'import-child.ts');

/** The command that runs the child: compiled into bench/out (git-ignored), or through tsx. */
async function childCommand(): Promise<{ command: string; args: string[]; compiled: boolean }> {
  if (process.env.GROUNDPASS_RUN === 'source')
    return { command: tsx, args: [childSource], compiled: false };
  // in bench/out so that node finds the packages left out of the bundle in node_modules
  const out = path.join(here, 'out', 'imports', `import-child-${process.pid}.mjs`);
  await build({
    entryPoints: [childSource],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: out,
    logLevel: 'warning',
  });
  return { command: process.execPath, args: [out], compiled: true };
}
let runner: { command: string; args: string[]; compiled: boolean } | undefined;

interface Dataset {
  name: string;
  mechanism: 'ngo-committee' | 'hrc-votes' | 'upr';
  /** what a user names on the command line */
  paths: string[];
  /** the CSV files that hold its rows, for the references */
  csv: string[];
}

interface Measured {
  cpuMs: number;
  wallMs: number;
  maxRssMb: number;
  rows?: number;
  statuses?: string[];
}

function child(args: string[]): Measured {
  const out = execFileSync(runner!.command, [...runner!.args, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Measured;
}

/** sqlite3 `.import` of the same files (gzipped ones through zcat), CPU from /usr/bin/time. */
function sqliteCliImport(work: string, files: readonly string[]): Measured | null {
  const hasCli = spawnSync('sqlite3', ['-version']).status === 0;
  if (!hasCli || !existsSync('/usr/bin/time')) return null;
  const db = path.join(work, `cli-${Math.random().toString(36).slice(2)}.db`);
  const commands = files.map((f, i) =>
    /\.gz$/i.test(f) ? `.import --csv '|zcat ${f}' t${i}` : `.import --csv '${f}' t${i}`,
  );
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %e %M', 'sqlite3', db, ...commands], {
    encoding: 'utf8',
  });
  const last = r.stderr.trim().split('\n').at(-1) ?? '';
  const [user, sys, wall, rss] = last.split(' ').map(Number);
  if (r.status !== 0 || [user, sys, wall, rss].some((n) => n === undefined || Number.isNaN(n)))
    return null;
  return { cpuMs: (user! + sys!) * 1000, wallMs: wall! * 1000, maxRssMb: rss! / 1024 };
}

function datasets(): Dataset[] {
  const list: Dataset[] = [];
  const csvIn = (dir: string, only?: RegExp) =>
    readdirSync(dir)
      .filter((f) => /\.csv(\.gz)?$/i.test(f) && (!only || only.test(f)))
      .map((f) => path.join(dir, f));
  const ohchr = sharedPath('hrc-voting');
  if (ohchr && existsSync(ohchr))
    list.push({ name: 'OHCHR export', mechanism: 'hrc-votes', paths: [ohchr], csv: csvIn(ohchr) });
  const uprInfo = sharedPath('upr-info-sessions-1-20');
  if (uprInfo && existsSync(uprInfo)) {
    const recs = csvIn(uprInfo, /recommendations/);
    list.push({ name: 'UPR Info', mechanism: 'upr', paths: recs, csv: recs });
  }
  const unga = sharedPath('unga-rollcall-unvotes');
  if (unga && existsSync(unga))
    list.push({ name: 'UNGA roll calls', mechanism: 'hrc-votes', paths: [unga], csv: csvIn(unga) });
  const ngo = sharedPath('ecosoc-ngo-committee-decisions');
  if (ngo && existsSync(ngo))
    list.push({
      name: 'NGO Committee tables',
      mechanism: 'ngo-committee',
      paths: [ngo],
      csv: csvIn(ngo),
    });
  return list;
}

async function withPostgresSchema<T>(url: string, fn: (target: string) => T): Promise<T> {
  const schema = `gp_bench_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    const target = new URL(url);
    target.searchParams.set('options', `-c search_path=${schema}`);
    return fn(target.toString());
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

const s = (msValue: number) => `${(msValue / 1000).toFixed(2)} s`;

export async function benchImports(): Promise<void> {
  const list = datasets();
  if (list.length === 0) {
    console.log('imports: skipped: ../shared/data is not beside this clone');
    return;
  }
  const work = mkdtempSync(path.join(tmpdir(), 'groundpass-bench-imports-'));
  const pgUrl = process.env.TEST_DATABASE_URL;
  runner = await childCommand();
  console.log(
    `imports: each import and reference in a fresh process, ${runner.compiled ? 'compiled (as the CLI ships)' : 'through tsx (GROUNDPASS_RUN=source)'}; load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  try {
    for (const d of list) {
      const imp = child([
        'import',
        d.mechanism,
        path.join(work, `${d.mechanism}-${d.name.length}.db`),
        ...d.paths,
      ]);
      const bare = child(['bare', path.join(work, `bare-${d.name.length}.db`), ...d.csv]);
      const cli = sqliteCliImport(work, d.csv);
      const rejected = (imp.statuses ?? []).filter((x) => x === 'rejected').length;
      console.log(
        `import ${d.name.padEnd(22)} CPU ${s(imp.cpuMs).padStart(8)}  wall ${s(imp.wallMs).padStart(8)}  peak RSS ${imp.maxRssMb.toFixed(0).padStart(4)} MB` +
          `   bare load ${s(bare.cpuMs)} CPU (${bare.rows} rows): ratio ${(imp.cpuMs / bare.cpuMs).toFixed(2)}x` +
          (cli
            ? `   sqlite3 .import ${s(cli.cpuMs)} CPU: ratio ${(imp.cpuMs / cli.cpuMs).toFixed(2)}x`
            : '   (no sqlite3 CLI)') +
          `   bar: ≤ 4x, ≤ 300 MB${rejected ? `; ${rejected} REJECTED` : ''}`,
      );
      if (pgUrl) {
        const p = await withPostgresSchema(pgUrl, (target) =>
          child(['import', d.mechanism, target, ...d.paths]),
        );
        console.log(
          `import ${d.name.padEnd(22)} PostgreSQL CPU ${s(p.cpuMs)}  wall ${s(p.wallMs)}  peak RSS ${p.maxRssMb.toFixed(0)} MB   (SQLite wall ${s(imp.wallMs)})`,
        );
      }
    }
    if (!pgUrl) console.log('imports on PostgreSQL: skipped (set TEST_DATABASE_URL=postgres://…)');
    console.log(
      `imports: load average at the end ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
    if (runner.compiled) rmSync(runner.args[0]!, { force: true });
  }
}

// run alone: tsx bench/imports.ts
if (process.argv[1] === import.meta.filename) await benchImports();
