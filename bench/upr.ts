/** UPR: import of the UPR Info export and search over 300,000 recommendations (issue 4). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  buildUprSearchIndex,
  searchUpr,
  type SearchDoc,
  type UprSearchFilters,
} from '../src/analysis/upr/search/index.js';
import { uprSearchIndex } from '../src/analysis/upr/search/load.js';
import { indexTerms } from '../src/analysis/upr/search/tokenize.js';
import { gunzipIfNeeded } from '../src/sources/common/gzip.js';
import { parseUprInfoExport } from '../src/sources/upr/upr-info-export.js';
import type { UprRecommendation } from '../src/domain/upr.js';
import { openStore } from '../src/store/open-store.js';
import { importUprPaths } from '../src/store/upr/import-files.js';
import { sharedPath } from '../test/shared-data.js';
import { STORE_KINDS } from '../test/stores.js';
import { best, line, ms } from './measure.js';
import { benchUprPdf } from './upr-pdf.js';

const EXPORT_FILE = 'upr_info_recommendations_sessions_1-20.csv.gz';
const CORPUS_SIZE = 300_000;

export async function benchUpr(): Promise<void> {
  await benchUprPdf();
  const dir = sharedPath('upr-info-sessions-1-20');
  if (!dir) {
    console.log('upr: skipped the real-data benchmarks: ../shared/data is not beside this clone');
    return;
  }
  const file = path.join(dir, EXPORT_FILE);
  const unpacked = gunzipIfNeeded(readFileSync(file));
  if ('error' in unpacked) throw new Error(unpacked.error);
  const recs = parseUprInfoExport(EXPORT_FILE, new TextDecoder().decode(unpacked.bytes)).value;
  await benchImport(file, recs);
  benchSearch(recs);
}

async function benchImport(file: string, recs: readonly UprRecommendation[]) {
  const work = mkdtempSync(path.join(tmpdir(), 'groundpass-bench-upr-'));
  try {
    // Baseline: the same rows through one prepared statement in one transaction, no parsing or
    // labels: the least storing them in SQLite can cost.
    const baseline = await best(3, () => {
      const db = new Database(path.join(work, `baseline-${Math.random()}.db`));
      db.pragma('journal_mode = WAL');
      db.exec(
        'create table t (id integer primary key, sur text, cycle integer, session integer, text text, response text, action integer, line integer)',
      );
      const ins = db.prepare(
        'insert into t (sur, cycle, session, text, response, action, line) values (?, ?, ?, ?, ?, ?, ?)',
      );
      db.transaction(() => {
        for (const r of recs)
          ins.run(r.sur, r.cycle, r.session, r.text, r.response, r.sourceAction, r.locator.line);
      })();
      db.close();
    });
    const full = await best(3, async () => {
      const store = await openStore({ target: path.join(work, `gp-${Math.random()}.db`) });
      const t = process.hrtime.bigint();
      const reports = await importUprPaths(store, [file]);
      const took = ms(t);
      await store.close();
      return { reports, took };
    });
    const stored = full.value.reports[0]?.counts?.recommendations ?? 0;
    line(
      'import UPR Info export (SQLite)',
      full.value.took,
      baseline.ms,
      `${stored} recommendations (parse + classify + store); bar: < 3000 ms`,
    );

    const postgres = STORE_KINDS.find((k) => k.name === 'postgres')!;
    if (!postgres.skip) {
      const store = await postgres.open();
      try {
        const t = process.hrtime.bigint();
        await importUprPaths(store, [file]);
        line(
          'import UPR Info export (PostgreSQL)',
          ms(t),
          baseline.ms,
          'same rows; baseline: SQLite bulk insert',
        );
      } finally {
        await store.close();
      }
    } else {
      console.log(`import UPR Info export (PostgreSQL)          ${postgres.skip}`);
    }

    // The index as the CLI gets it: read from the store and built, once per call.
    const store = await openStore({ target: path.join(work, 'search.db') });
    await importUprPaths(store, [file]);
    const t = process.hrtime.bigint();
    const index = await uprSearchIndex(store.db);
    const load = ms(t);
    line(
      'UPR search index from the store (41k)',
      load,
      index.buildMs,
      `read + build; baseline: build alone (${index.size} recommendations)`,
    );
    await store.close();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** mulberry32: a small seeded generator, so every run builds the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYNONYMS: Array<[RegExp, string[]]> = [
  [/\bensure\b/gi, ['guarantee', 'make sure', 'ensure']],
  [/\bstrengthen\b/gi, ['reinforce', 'step up', 'strengthen']],
  [/\bcontinue\b/gi, ['pursue', 'keep up', 'continue']],
  [/\btake measures\b/gi, ['adopt measures', 'take steps', 'act']],
  [/\bconsider\b/gi, ['examine', 'study', 'consider']],
  [/\bpromote\b/gi, ['advance', 'foster', 'promote']],
  [/\beffective\b/gi, ['efficient', 'meaningful', 'effective']],
];

/** A recommendation's text varied: synonyms swapped, clauses rotated, numbers changed. */
function vary(text: string, rnd: () => number): string {
  let out = text;
  for (const [pattern, choices] of SYNONYMS)
    out = out.replace(pattern, () => choices[Math.floor(rnd() * choices.length)]!);
  const clauses = out.split(/,\s+/);
  if (clauses.length > 2 && rnd() < 0.5) {
    const rest = clauses.slice(1);
    rest.push(rest.shift()!);
    out = [clauses[0], ...rest].join(', ');
  }
  return out.replace(/\d+/g, (d) => String(Number(d) + Math.floor(rnd() * 5)));
}

export function corpus(recs: readonly UprRecommendation[], size: number): SearchDoc[] {
  const rnd = random(20080407);
  const docs: SearchDoc[] = [];
  for (let i = 0; docs.length < size; i++) {
    const r = recs[i % recs.length]!;
    const copy = Math.floor(i / recs.length);
    docs.push({
      id: i + 1,
      sur: r.sur,
      from: r.from,
      cycle: Math.min(4, r.cycle + (copy % 3)),
      session: r.session,
      response: rnd() < 0.03 ? 'partially' : r.response,
      responseRaw: r.responseRaw,
      text: copy === 0 ? r.text : vary(r.text, rnd),
      actionCategory: r.sourceAction ?? 4,
      themes: r.sourceIssues,
      paragraph: null,
      reportSymbol: null,
      documentId: 1,
      line: r.locator.line,
      sourceKind: 'upr-info-export',
    });
  }
  return docs;
}

export const QUERIES: Array<{ q: string; filters?: UprSearchFilters }> = [
  { q: 'torture OR "ill-treatment"' },
  { q: '"human rights defenders" -women' },
  { q: '(release OR investigate) AND (journalist* OR defender*)' },
  { q: 'ratify "optional protocol" NOT torture' },
  { q: 'death penalty', filters: { cycle: [2] } },
  { q: '"civil society" OR NGOs', filters: { region: ['WEOG'] } },
  { q: 'freedom AND (expression OR assembly)', filters: { sur: ['CHN', 'VNM', 'CUB'] } },
  { q: 'NOT human' },
];

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function benchSearch(recs: readonly UprRecommendation[]) {
  const docs = corpus(recs, CORPUS_SIZE);
  const index = buildUprSearchIndex(docs);
  // Baseline: splitting every text into its index terms, the part no index can skip.
  const split = process.hrtime.bigint();
  for (const d of docs) indexTerms(d.text);
  const splitMs = ms(split);
  line(
    'UPR search index build (300k)',
    index.buildMs,
    splitMs,
    `${index.size} recommendations, ${index.termIds.size} terms; baseline: tokenising alone; once per import in the server`,
  );
  for (const q of QUERIES) searchUpr(index, { ...q, limit: 20 }); // warm up
  const times: number[] = [];
  let matched = 0;
  for (let round = 0; round < 25; round++)
    for (const q of QUERIES) {
      const t = process.hrtime.bigint();
      matched += searchUpr(index, { ...q, limit: 20 }).total;
      times.push(ms(t));
    }
  times.sort((a, b) => a - b);
  // Baseline: one plain term found by scanning every text, no stemming, no facets.
  const lower = docs.map((d) => d.text.toLowerCase());
  const scans: number[] = [];
  for (let round = 0; round < 25; round++) {
    const t = process.hrtime.bigint();
    let n = 0;
    for (const text of lower) if (text.includes('torture')) n++;
    scans.push(ms(t) + n * 0);
  }
  scans.sort((a, b) => a - b);
  line(
    'UPR boolean search + facets p50 (300k)',
    percentile(times, 0.5),
    percentile(scans, 0.5),
    `${QUERIES.length} queries × 25; baseline: includes() scan for one word`,
  );
  line(
    'UPR boolean search + facets p95 (300k)',
    percentile(times, 0.95),
    percentile(scans, 0.5),
    `avg ${Math.round(matched / times.length)} matches; bar: p95 < 20 ms`,
  );
}
