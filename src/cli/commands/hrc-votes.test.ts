import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expandTriangle,
  type AgreementTriangleFigure,
} from '../../analysis/hrc-votes/matrix-triangle.js';
import { main } from '../main.js';

const demo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../demo/hrc-votes');

describe('groundpass votes …', () => {
  let dir: string;
  let db: string;
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'groundpass-votes-cli-'));
    db = path.join(dir, 'test.db');
    const r = await run('import', 'hrc-votes', demo, '--db', db);
    expect(r.code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a resolution in the documented JSON shape', async () => {
    const r = await run('votes', 'resolution', 'A/HRC/RES/90/1', '--json', '--db', db);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(json).slice(0, 6)).toEqual([
      'symbol',
      'title',
      'date',
      'kind',
      'counts',
      'votes',
    ]);
    expect(json.counts).toEqual({ yes: 20, no: 9, abstain: 17, absent: 1 });
    expect((json.votes as Record<string, string>).CHN).toBe('no');
  });

  it('prints alignment as {state, amendments, minVotes, rows: [{state, agreement, votes}]}', async () => {
    const r = await run('votes', 'alignment', 'CHN', '--top', '3', '--json', '--db', db);
    const f = JSON.parse(r.out) as {
      amendments: string;
      stateVotes: number;
      minVotes: number;
      rows: { state: string; agreement: number; votes: number }[];
    };
    // the sample: 7 roll-calls, one on an amendment (A/HRC/90/L.20); CHN voted on all
    expect(f).toMatchObject({ amendments: 'exclude', stateVotes: 6, minVotes: 5 });
    expect(f.rows).toHaveLength(3);
    expect(Object.keys(f.rows[0]!).slice(0, 3)).toEqual(['state', 'agreement', 'votes']);
    expect(f.rows[0]!.agreement).toBeGreaterThanOrEqual(f.rows[2]!.agreement);
    const all = JSON.parse(
      (await run('votes', 'alignment', 'CHN', '--with-amendments', '--json', '--db', db)).out,
    ) as { amendments: string; stateVotes: number };
    expect(all).toMatchObject({ amendments: 'include', stateVotes: 7 });
  });

  it('says what the agreement counts and which states it leaves out, in English and Chinese', async () => {
    const en = await run('votes', 'alignment', 'CHN', '--min-votes', '7', '--db', db);
    expect(en.out).toContain('texts only; --with-amendments');
    expect(en.out).toContain('fewer than 7 common votes (--min-votes)');
    const zh = await run('votes', 'alignment', '中国', '--lang', 'zh', '--db', db);
    expect(zh.code).toBe(0);
    expect(zh.out).toContain('只计案文');
    expect(zh.out).not.toMatch(/texts only|common votes/);
    const matrix = await run('votes', 'matrix', '--with-amendments', '--db', db);
    expect(matrix.out).toContain('Counted: texts and amendments.');
  });

  it('prints a record with --country-specific, and human tables in Chinese', async () => {
    const r = await run(
      'votes',
      'record',
      'CHN',
      '--country-specific',
      '--from',
      '2021',
      '--to',
      '2021',
      '--json',
      '--db',
      db,
    );
    const rec = JSON.parse(r.out) as { items: { symbol: string; vote: string }[] };
    expect(rec.items).toEqual([expect.objectContaining({ symbol: 'A/HRC/RES/90/1', vote: 'no' })]);
    const zh = await run('votes', 'record', 'CHN', '--lang', 'zh', '--db', db);
    expect(zh.out).toContain('赞成');
  });

  it('exits 1 for an unknown symbol and 2 for a bad state code or option', async () => {
    expect((await run('votes', 'resolution', 'A/HRC/RES/1/99', '--db', db)).code).toBe(1);
    expect((await run('votes', 'record', 'XYZ', '--db', db)).code).toBe(2);
    expect((await run('votes', 'alignment', 'CHN', '--top', 'ten', '--db', db)).code).toBe(2);
    expect((await run('votes', 'record', 'CHN', '--body', 'ECOSOC', '--db', db)).code).toBe(2);
  });

  it('prints the matrix in its compact form with --shape triangle, the full form by default', async () => {
    const full = await run(
      'votes',
      'matrix',
      '--from',
      '2021',
      '--to',
      '2021',
      '--json',
      '--db',
      db,
    );
    const tri = await run(
      'votes',
      'matrix',
      ...['--from', '2021', '--to', '2021', '--json', '--shape', 'triangle', '--db', db],
    );
    expect(tri.code).toBe(0);
    const t = JSON.parse(tri.out) as AgreementTriangleFigure;
    expect(t.shape).toBe('triangle');
    // the same output, byte for byte, once expanded (docs/decisions/0012-…)
    expect(JSON.stringify(expandTriangle(t))).toBe(full.out);
    expect((await run('votes', 'matrix', '--shape', 'square', '--json', '--db', db)).code).toBe(2);
  });

  it('prints CSV and help with examples', async () => {
    const csv = await run('votes', 'matrix', '--csv', '--db', db);
    // --csv output starts with the UTF-8 byte-order mark (cli/main.ts; --no-bom omits it)
    expect(csv.out.split('\r\n')[0]).toBe('\ufeffstate,with,agreement,votes');
    const help = await run('votes', 'alignment', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('groundpass votes alignment CHN');
  });
});
