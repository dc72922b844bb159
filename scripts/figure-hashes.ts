/**
 * Every figure's JSON for the real data, hashed, so that a change meant to make Ground Pass faster
 * (compiled CLI, stored indexes, caches, streaming imports) can be shown to leave every result as
 * it was (issue 10: "results identical before and after").
 *
 * It imports all of ../shared/data that the import commands read (the three mechanisms, as
 * docs/ngo-committee.md, docs/hrc-votes.md and docs/upr.md describe) into a fresh SQLite database
 * with this checkout's own CLI (bin/groundpass.mjs, one process per command, as a user runs it),
 * runs every figure command with --json and representative arguments, and writes one sha256 per
 * figure with the JSON itself, plus one sha256 per stored column (so a difference can be traced to
 * the import or to the figure). Run it in two checkouts and compare:
 *
 *   npx tsx scripts/figure-hashes.ts --out /tmp/after.json
 *   npx tsx scripts/figure-hashes.ts --compare /tmp/before.json /tmp/after.json
 *
 * A compact form of a figure (the matrix's `--shape triangle`) is checked in the run itself: once
 * expanded it must print exactly what the full form printed (EXPANDS_TO below).
 *
 * The same data and the same CLI give the same bytes: the script makes no clock or random values
 * of its own, and a figure that carries one would show as a difference between two runs of one
 * checkout (run it twice to check).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  expandTriangle,
  type AgreementTriangleFigure,
} from '../src/analysis/hrc-votes/matrix-triangle.js';
import { repoRoot, SHARED_DATA_SKIP_REASON, sharedDataDir } from '../test/shared-data.js';

/** What one run of the CLI gave: its exit code, and the sha256 and text of what it printed. */
interface Outcome {
  args: string[];
  exitCode: number;
  sha256: string;
  stdout: string;
  /** stderr only when the command failed: a refusal is a result too */
  stderr?: string;
}

interface HashFile {
  commit: string;
  /** import step name → the import report (--json) and its hash */
  imports: Record<string, Outcome>;
  figures: Record<string, Outcome>;
  /** "table.column" → sha256 of its values in rowid order */
  columns: Record<string, string>;
}

// What a user imports from the shared data, command by command, in the order the docs give.
// Paths are relative to the repository, as a user types them from its root: a report names its
// files as given, so two checkouts beside ../shared give the same reports.
const IMPORTS: [string, string[]][] = [
  [
    'ngo-committee decision tables',
    ['import', 'ngo-committee', 'DATA/ecosoc-ngo-committee-decisions'],
  ],
  ['ngo-committee press', ['import', 'ngo-committee', 'DATA/un-texts/ngo-committee-press']],
  ['hrc-votes OHCHR export', ['import', 'hrc-votes', 'DATA/hrc-voting']],
  ['hrc-votes UNGA', ['import', 'hrc-votes', 'DATA/unga-rollcall-unvotes']],
  ['hrc-votes press', ['import', 'hrc-votes', 'DATA/un-texts/hrc-vote-press']],
  ['upr UPR Info', ['import', 'upr', 'DATA/upr-info-sessions-1-20']],
  ['upr China matrices', ['import', 'upr', 'DATA/upr-china-matrices']],
  [
    'upr Slovenia 4th cycle',
    [
      'import',
      'upr',
      'DATA/upr-slovenia-4th-cycle/A_HRC_59_15.pdf',
      'DATA/upr-slovenia-4th-cycle/A_HRC_59_15_Add.1.pdf',
      'DATA/upr-slovenia-4th-cycle/UPR48_Slovenia_thematic_list_of_recommendations.docx',
    ],
  ],
  // Importing everything again changes nothing: the second reports say so.
  [
    'again: ngo-committee decision tables',
    ['import', 'ngo-committee', 'DATA/ecosoc-ngo-committee-decisions'],
  ],
  ['again: hrc-votes OHCHR export', ['import', 'hrc-votes', 'DATA/hrc-voting']],
  ['again: upr UPR Info', ['import', 'upr', 'DATA/upr-info-sessions-1-20']],
];

// Every figure command with representative arguments (states, years, bodies, sessions, options).
const FIGURES: [string, string[]][] = [
  ['ngo questions', ['ngo-committee', 'questions']],
  ['ngo questions 2020-2024', ['ngo-committee', 'questions', '--from', '2020', '--to', '2024']],
  ['ngo questions un-terminology', ['ngo-committee', 'questions', '--topic', 'un-terminology']],
  ['ngo questions source all', ['ngo-committee', 'questions', '--source', 'all']],
  ['ngo pending 8', ['ngo-committee', 'pending', '--min-years', '8']],
  [
    'ngo pending 5 reclassification',
    ['ngo-committee', 'pending', '--min-years', '5', '--request', 'reclassification'],
  ],
  ['ngo pending 3 all', ['ngo-committee', 'pending', '--min-years', '3', '--request', 'all']],
  ['ngo longest 50', ['ngo-committee', 'longest', '--limit', '50']],
  ['ngo longest reclassification', ['ngo-committee', 'longest', '--request', 'reclassification']],
  [
    'ngo application Widows for Peace',
    ['ngo-committee', 'application', 'Widows for Peace through Democracy'],
  ],
  [
    'ngo application Human Rights Foundation',
    ['ngo-committee', 'application', 'Human Rights Foundation'],
  ],
  ['ngo application id 1', ['ngo-committee', 'application', '1']],
  ['ngo votes', ['ngo-committee', 'votes']],
  ['ngo votes 2010-2019', ['ngo-committee', 'votes', '--from', '2010', '--to', '2019']],
  ['ngo closures', ['ngo-committee', 'closures']],
  ['ngo review', ['ngo-committee', 'review']],

  ['votes resolution A/HRC/RES/32/31', ['votes', 'resolution', 'A/HRC/RES/32/31']],
  ['votes resolution A/HRC/32/L.54', ['votes', 'resolution', 'A/HRC/32/L.54']],
  ['votes resolution A/HRC/RES/S-39/1', ['votes', 'resolution', 'A/HRC/RES/S-39/1']],
  ['votes resolution lower-case', ['votes', 'resolution', 'a/hrc/res/31/32']],
  [
    'votes record CHN country-specific',
    ['votes', 'record', 'CHN', '--country-specific', '--from', '2006'],
  ],
  ['votes record USA', ['votes', 'record', 'USA']],
  ['votes record CHN CHR', ['votes', 'record', 'CHN', '--body', 'CHR']],
  [
    'votes record USA UNGA 2000-2019',
    ['votes', 'record', 'USA', '--body', 'UNGA', '--from', '2000', '--to', '2019'],
  ],
  ['votes record BRA UNGA', ['votes', 'record', 'BRA', '--body', 'UNGA']],
  [
    'votes alignment CHN 2016-2024',
    ['votes', 'alignment', 'CHN', '--from', '2016', '--to', '2024', '--top', '10'],
  ],
  ['votes alignment CHN amendments', ['votes', 'alignment', 'CHN', '--with-amendments']],
  ['votes alignment IND', ['votes', 'alignment', 'IND', '--min-votes', '20']],
  ['votes alignment CHN UNGA', ['votes', 'alignment', 'CHN', '--body', 'UNGA', '--top', '10']],
  ['votes matrix', ['votes', 'matrix']],
  ['votes matrix 2020 amendments', ['votes', 'matrix', '--from', '2020', '--with-amendments']],
  [
    'votes matrix UNGA 2015-2019',
    ['votes', 'matrix', '--body', 'UNGA', '--from', '2015', '--to', '2019'],
  ],
  // the compact form the web app reads (?shape=triangle): each must expand to the full form above
  ['votes matrix triangle', ['votes', 'matrix', '--shape', 'triangle']],
  [
    'votes matrix triangle 2020 amendments',
    ['votes', 'matrix', '--from', '2020', '--with-amendments', '--shape', 'triangle'],
  ],
  [
    'votes matrix triangle UNGA 2015-2019',
    ['votes', 'matrix', '--body', 'UNGA', '--from', '2015', '--to', '2019', '--shape', 'triangle'],
  ],
  ['votes cohesion 2016', ['votes', 'cohesion', '--from', '2016']],
  [
    'votes cohesion groups',
    ['votes', 'cohesion', '--group', 'LMG=CHN,RUS,CUB,VEN,PAK', '--group', 'EU=FRA,DEU,NLD'],
  ],
  ['votes cohesion UNGA', ['votes', 'cohesion', '--body', 'UNGA', '--from', '2010']],
  ['votes ideal-points 2022', ['votes', 'ideal-points', '--year', '2022']],
  ['votes ideal-points 2010-2024', ['votes', 'ideal-points', '--from', '2010', '--to', '2024']],
  ['votes ideal-points UNGA 2019', ['votes', 'ideal-points', '--body', 'UNGA', '--year', '2019']],
  ['votes amendments', ['votes', 'amendments']],
  [
    'votes amendments civil society hostile',
    ['votes', 'amendments', '--theme', 'civil-society-space', '--hostile-only'],
  ],
  ['votes amendments 2016', ['votes', 'amendments', '--from', '2016', '--to', '2016']],
  ['votes disagreements', ['votes', 'disagreements']],

  ['upr stats CHN', ['upr', 'stats', '--sur', 'CHN']],
  ['upr stats USA', ['upr', 'stats', '--sur', 'USA']],
  ['upr stats BRA cycle 2', ['upr', 'stats', '--sur', 'BRA', '--cycle', '2']],
  ['upr stats IND upr-info', ['upr', 'stats', '--sur', 'IND', '--source', 'upr-info']],
  ['upr stats CHN official', ['upr', 'stats', '--sur', 'CHN', '--source', 'official']],
  ['upr stats SVN', ['upr', 'stats', '--sur', 'SVN']],
  ['upr stats all', ['upr', 'stats']],
  ['upr search hrd CHN', ['upr', 'search', 'human rights defenders', '--sur', 'CHN']],
  [
    'upr search boolean cycle 2',
    [
      'upr',
      'search',
      '(release OR free) "human rights defenders" -women',
      '--cycle',
      '2',
      '--limit',
      '50',
    ],
  ],
  [
    'upr search civil society noted WEOG',
    ['upr', 'search', 'civil society', '--response', 'noted', '--region', 'WEOG', '--limit', '50'],
  ],
  [
    'upr search empty CHN cycle 2 per state',
    ['upr', 'search', '', '--sur', 'CHN', '--cycle', '2', '--unit', 'recommending-state'],
  ],
  ['upr search empty', ['upr', 'search', '']],
  ['upr search Chinese', ['upr', 'search', '人权维护者']],
  ['upr search prefix', ['upr', 'search', 'journalist*', '--from', 'USA,BRA', '--limit', '100']],
  [
    'upr search theme action',
    ['upr', 'search', 'torture', '--theme', 'Human rights defenders', '--action', '5'],
  ],
  [
    'upr search paragraph offset',
    ['upr', 'search', 'death penalty', '--unit', 'paragraph', '--offset', '20', '--limit', '40'],
  ],
  [
    'upr search wg-report SVN',
    ['upr', 'search', '', '--sur', 'SVN', '--source', 'wg-report', '--limit', '400'],
  ],
  ['upr profile CHN', ['upr', 'profile', 'CHN']],
  ['upr profile USA', ['upr', 'profile', 'USA']],
  ['upr profile IND upr-info', ['upr', 'profile', 'IND', '--source', 'upr-info']],
  ['upr profile SVN', ['upr', 'profile', 'SVN']],
  ['upr recommendation 1', ['upr', 'recommendation', '1']],
  ['upr recommendation 20000', ['upr', 'recommendation', '20000']],
  ['upr recommendation 41300', ['upr', 'recommendation', '41300']],
  ['upr recommendation 41700', ['upr', 'recommendation', '41700']],
  ['upr recommenders CHN', ['upr', 'recommenders', '--sur', 'CHN']],
  ['upr recommenders region cycle 1', ['upr', 'recommenders', '--by', 'region', '--cycle', '1']],
  ['upr recommenders IND', ['upr', 'recommenders', '--sur', 'IND', '--limit', '100']],
];

/**
 * Compact forms and the figure whose output each must give once expanded, byte for byte: the
 * matrix's triangle (docs/decisions/0012-agreement-matrix-triangle.md) holds the same values as
 * the full form, so expanding it (as the web app does) must print exactly what the full form did.
 * A commit before the compact form has none of these figures: nothing to check there.
 */
const EXPANDS_TO: Record<string, string> = {
  'votes matrix triangle': 'votes matrix',
  'votes matrix triangle 2020 amendments': 'votes matrix 2020 amendments',
  'votes matrix triangle UNGA 2015-2019': 'votes matrix UNGA 2015-2019',
};

/** Compact figures that do not expand to their full form (printed); 0 when all do. */
function compactDifferences(result: HashFile): number {
  let differences = 0;
  for (const [compactName, fullName] of Object.entries(EXPANDS_TO)) {
    const compact = result.figures[compactName];
    const full = result.figures[fullName];
    if (!compact || !full) continue;
    let expanded: string;
    try {
      expanded = JSON.stringify(
        expandTriangle(JSON.parse(compact.stdout) as AgreementTriangleFigure),
      );
    } catch (e) {
      expanded = `not a compact matrix: ${(e as Error).message}`;
    }
    const same = compact.exitCode === 0 && expanded === full.stdout.trimEnd();
    console.log(`${same ? 'identical' : 'DIFFERENT'} once expanded: ${compactName} → ${fullName}`);
    if (!same) {
      differences++;
      console.log(`  ${firstDifference(parseOrText(full.stdout), parseOrText(expanded))}`);
    }
  }
  return differences;
}

// Stored values that hold the time of the run, not the data: not compared.
const CLOCK_COLUMNS = new Set([
  'source_documents.imported_at',
  'kysely_migration.timestamp',
  'meta.value', // upr-data-version: the time and a random tag of the last UPR write
  'data_version.origin', // drawn at random when the database is created
]);

// Stored values that hold the time of the run inside the data: compared without it. The search
// index's header names the UPR data version it was built from (time and random tag, as meta.value).
const CLOCK_FREE_VALUE: Record<string, string> = {
  'upr_search_index.data': `case when name = 'header' then json_set(cast(data as text), '$.version', '') else data end`,
};

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function runCli(root: string, dataDir: string, db: string, args: string[]): Outcome {
  const rel = path.relative(root, dataDir);
  const argv = args.map((a) => (a.startsWith('DATA/') ? path.join(rel, a.slice(5)) : a));
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'bin/groundpass.mjs'), ...argv, '--db', db, '--json'],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      // English messages, no user database in the environment
      env: { ...process.env, LANG: 'C', GROUNDPASS_DB: '', DATABASE_URL: '', GROUNDPASS_LANG: '' },
    },
  );
  const exitCode = r.status ?? -1;
  return {
    args: argv,
    exitCode,
    sha256: sha(r.stdout),
    stdout: r.stdout,
    ...(exitCode === 0 ? {} : { stderr: r.stderr }),
  };
}

/** sha256 per stored column, values in rowid order, typed so 1 and '1' differ. */
function columnHashes(file: string): Record<string, string> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .pluck()
      .all() as string[];
    const out: Record<string, string> = {};
    for (const table of tables) {
      const columns = (db.pragma(`table_info("${table}")`) as { name: string }[]).map(
        (c) => c.name,
      );
      const withoutRowid = (
        db
          .prepare("select sql from sqlite_master where type = 'table' and name = ?")
          .pluck()
          .get(table) as string
      ).match(/without\s+rowid/i);
      const order = withoutRowid ? '1' : 'rowid';
      for (const column of columns) {
        const h = createHash('sha256');
        const value = CLOCK_FREE_VALUE[`${table}.${column}`] ?? `"${column}"`;
        const rows = db
          .prepare(`select typeof(${value}) as t, ${value} as v from "${table}" order by ${order}`)
          .raw()
          .iterate() as IterableIterator<[string, unknown]>;
        for (const [t, v] of rows)
          h.update(`${t}:${v instanceof Buffer ? v.toString('hex') : String(v)}\u0000`);
        out[`${table}.${column}`] = h.digest('hex');
      }
    }
    return out;
  } finally {
    db.close();
  }
}

function build(out: string): void {
  const dataDir = sharedDataDir();
  if (!dataDir) {
    console.error(SHARED_DATA_SKIP_REASON);
    process.exit(1);
  }
  const work = mkdtempSync(path.join(tmpdir(), 'groundpass-figure-hashes-'));
  const db = path.join(work, 'figures.sqlite');
  const commit = spawnSync('git', ['-C', repoRoot, 'rev-parse', 'HEAD'], {
    encoding: 'utf8',
  }).stdout.trim();
  const result: HashFile = { commit, imports: {}, figures: {}, columns: {} };
  try {
    for (const [name, args] of IMPORTS) {
      const o = runCli(repoRoot, dataDir, db, args);
      result.imports[name] = o;
      console.log(`${o.sha256.slice(0, 16)}  exit ${o.exitCode}  import: ${name}`);
    }
    for (const [name, args] of FIGURES) {
      const o = runCli(repoRoot, dataDir, db, args);
      result.figures[name] = o;
      console.log(`${o.sha256.slice(0, 16)}  exit ${o.exitCode}  ${name}`);
    }
    result.columns = columnHashes(db);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  writeFileSync(out, JSON.stringify(result, null, 1) + '\n');
  if (compactDifferences(result) > 0) process.exitCode = 1;
  console.log(
    `${Object.keys(result.figures).length} figures, ${Object.keys(result.columns).length} columns → ${out}`,
  );
}

/** The first place two JSON values differ, as a path, for a reader to look at. */
function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${at}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`;
  if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length)
    return `${at}: ${a.length} items ≠ ${b.length} items`;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const k of keys) {
    const d = firstDifference(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      `${at}.${k}`,
    );
    if (d) return d;
  }
  return `${at}: same keys, different order`;
}

function parseOrText(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}

function compare(beforeFile: string, afterFile: string): number {
  const before = JSON.parse(readFileSync(beforeFile, 'utf8')) as HashFile;
  const after = JSON.parse(readFileSync(afterFile, 'utf8')) as HashFile;
  let differences = 0;
  for (const section of ['imports', 'figures'] as const) {
    for (const [name, b] of Object.entries(before[section])) {
      const a = after[section][name];
      if (!a) {
        console.log(`missing in after: ${section} ${name}`);
        differences++;
      } else if (a.sha256 !== b.sha256 || a.exitCode !== b.exitCode) {
        differences++;
        const where = firstDifference(parseOrText(b.stdout), parseOrText(a.stdout));
        console.log(
          `DIFFERENT ${section}: ${name} (exit ${b.exitCode} → ${a.exitCode})\n  ${where}`,
        );
      }
    }
  }
  const changed = Object.keys(before.columns).filter(
    (c) => c in after.columns && after.columns[c] !== before.columns[c] && !CLOCK_COLUMNS.has(c),
  );
  const gone = Object.keys(before.columns).filter((c) => !(c in after.columns));
  const added = Object.keys(after.columns).filter((c) => !(c in before.columns));
  for (const c of changed) console.log(`stored column differs: ${c}`);
  for (const c of gone) console.log(`stored column gone: ${c}`);
  if (added.length) console.log(`new stored columns (not compared): ${added.join(', ')}`);
  differences += changed.length + gone.length;
  differences += compactDifferences(after);
  const n = Object.keys(before.figures).length;
  console.log(
    differences === 0
      ? `identical: ${n} figures, ${Object.keys(before.imports).length} import reports, ${Object.keys(before.columns).length} stored columns (${before.commit.slice(0, 7)} → ${after.commit.slice(0, 7)})`
      : `${differences} differences (${before.commit.slice(0, 7)} → ${after.commit.slice(0, 7)})`,
  );
  return differences === 0 ? 0 : 1;
}

const args = process.argv.slice(2);
if (args[0] === '--compare' && args.length === 3) process.exit(compare(args[1]!, args[2]!));
const outAt = args.indexOf('--out');
build(outAt >= 0 && args[outAt + 1] ? args[outAt + 1]! : 'figure-hashes.json');
