import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';

const DEMO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../demo/upr');

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('groundpass upr', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'groundpass-upr-cli-'));
    db = path.join(dir, 'gp.db');
    const r = await run(['import', 'upr', DEMO, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('3 imported');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports again without change', async () => {
    const r = await run(['import', 'upr', DEMO, '--db', db, '--json']);
    expect(r.code).toBe(0);
    const reports = JSON.parse(r.out) as { status: string }[];
    expect(reports.filter((x) => x.status === 'unchanged')).toHaveLength(3);
  });

  it('prints stats as JSON with the keys scripts rely on, in order', async () => {
    const r = await run(['upr', 'stats', '--sur', 'CHN', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Record<string, number>[];
    expect(Object.keys(rows[0]!).slice(0, 7)).toEqual([
      'cycle',
      'total',
      'supported',
      'partially',
      'noted',
      'rejected',
      'notedOrRejectedRate',
    ]);
    expect(rows.map((x) => [x.cycle, x.total, x.supported, x.noted])).toEqual([
      [1, 10, 5, 5],
      [2, 11, 4, 7],
    ]);
    const one = JSON.parse(
      (await run(['upr', 'stats', '--sur', 'CHN', '--cycle', '2', '--json', '--db', db])).out,
    );
    expect(one).toHaveLength(1);
  });

  it('searches with the documented JSON shape', async () => {
    const r = await run(['upr', 'search', '"death penalty"', '--sur', 'CHN', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.out);
    expect(Object.keys(body).slice(0, 3)).toEqual(['total', 'facets', 'results']);
    expect(body.total).toBe(2);
    expect(Object.keys(body.results[0]).slice(0, 6)).toEqual([
      'id',
      'sur',
      'from',
      'cycle',
      'response',
      'text',
    ]);
    expect(body.results.map((x: { from: string[] }) => x.from)).toEqual([['MEX'], ['MEX']]);
    const limited = JSON.parse(
      (
        await run([
          'upr',
          'search',
          'release',
          '--from',
          'NOR',
          '--cycle',
          '2',
          '--limit',
          '1',
          '--json',
          '--db',
          db,
        ])
      ).out,
    );
    expect(limited.total).toBe(2);
    expect(limited.results).toHaveLength(1);
    const noted = JSON.parse(
      (await run(['upr', 'search', '', '--response', 'rejected', '--json', '--db', db])).out,
    );
    expect(noted.total).toBe(1);
  });

  it('keeps a search to one source with --source, and shows the source facet', async () => {
    const json = async (...args: string[]) =>
      JSON.parse((await run(['upr', 'search', ...args, '--json', '--db', db])).out);
    // demo: 40 UPR Info rows, 10 paragraphs of the VNM WG report (38.3 says "Release")
    expect((await json('')).total).toBe(50);
    expect((await json('', '--source', 'upr-info-export')).total).toBe(40);
    const wg = await json('release', '--source', 'wg-report');
    expect(wg.total).toBe(1);
    expect(wg.facets.source).toEqual([{ value: 'wg-report', count: 1 }]);
    expect(wg.results[0].sourceKind).toBe('wg-report');
    expect(wg.results[0].paragraph).toBe('38.3');
    expect((await json('', '--sur', 'VNM', '--source', 'upr-info-export,wg-report')).total).toBe(
      22,
    );
    const human = await run(['upr', 'search', 'release', '--db', db]);
    expect(human.out).toContain('source: UPR Info export 6, Working Group report 1');
    const help = await run(['upr', 'search', '--help']);
    for (const k of ['upr-info-export', 'un-matrix', 'wg-report']) expect(help.out).toContain(k);
    const bad = await run(['upr', 'search', 'x', '--source', 'official', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('upr-info-export, un-matrix, wg-report');
  });

  it('prints human tables, CSV, Chinese messages', async () => {
    const table = await run(['upr', 'stats', '--sur', 'VNM', '--db', db]);
    expect(table.out).toMatch(/3\s+10\s+5\s+1\s+3\s+1\s+0\s+40\.0%\s+UN paragraphs/);
    const zh = await run(['upr', 'search', '人权维护者', '--db', db, '--lang', 'zh']);
    // the Chinese text, and through the glossary the English ones on human rights defenders
    expect(zh.out).toContain('共 6 条建议符合');
    expect(zh.out).toContain('»人权维护者«');
    const csv = await run(['upr', 'search', 'release', '--sur', 'CUB', '--csv', '--db', db]);
    expect(csv.out.split('\r\n')).toHaveLength(3);
    const profile = await run(['upr', 'profile', 'Viet Nam', '--db', db]);
    expect(profile.code).toBe(0);
    expect(profile.out).toContain('VNM Viet Nam');
    const rec = await run(['upr', 'recommendation', '1', '--db', db]);
    expect(rec.code).toBe(0);
    expect(rec.out).toContain('labels (machine suggestions)');
  });

  it('counts recommenders one unit per line, and keeps --source to its unit', async () => {
    const r = await run([
      'upr',
      'recommenders',
      '--sur',
      'VNM',
      '--by',
      'region',
      '--json',
      '--db',
      db,
    ]);
    const rows = JSON.parse(r.out) as { key: string; unit: string; total: number }[];
    // WEOG: 3 + 3 UPR Info rows in cycles 1, 2; 5 WG report paragraphs in cycle 3
    expect(rows.filter((x) => x.key === 'WEOG').map((x) => [x.unit, x.total])).toEqual([
      ['recommending-state', 6],
      ['paragraph', 5],
    ]);
    const table = await run(['upr', 'recommenders', '--sur', 'VNM', '--by', 'region', '--db', db]);
    expect(table.out).toMatch(/WEOG.*UPR Info row\s+6/);
    const info = await run([
      'upr',
      'stats',
      '--sur',
      'VNM',
      '--source',
      'upr-info',
      '--json',
      '--db',
      db,
    ]);
    expect((JSON.parse(info.out) as { cycle: number }[]).map((c) => c.cycle)).toEqual([1, 2]);
  });

  it('says the unit of every figure, in Chinese too, and where it changes (issue 8)', async () => {
    const zh = await run(['upr', 'profile', 'VNM', '--lang', 'zh', '--db', db]);
    expect(zh.code).toBe(0);
    // Viet Nam: cycles 1–2 UPR Info rows (6 + 6), cycle 3 WG report paragraphs (10)
    expect(zh.out).toContain('第 3 轮：联合国段落 10; 第 1–2 轮：UPR Info 行 12');
    expect(zh.out).toContain('第 2 轮（UPR Info 行）与第 3 轮（联合国段落）之间计数单位改变');
    expect(zh.out).not.toMatch(/recommending-state|\bparagraph\b/);
    const stats = await run(['upr', 'stats', '--sur', 'VNM', '--lang', 'zh', '--db', db]);
    expect(stats.out).toContain('UPR Info 行');
    expect(stats.out).not.toContain('recommending-state');
    // a Chinese glossary term is also searched in English, and the output says so
    const hrd = await run(['upr', 'search', '人权维护者', '--db', db]);
    expect(hrd.out).toContain(
      'Chinese term searched in English too: 人权维护者 → "human rights defenders"',
    );
    // one recommendation in Chinese: labels, themes and rules in words, no raw code
    const rec = await run(['upr', 'recommendation', '1', '--lang', 'zh', '--db', db]);
    expect(rec.out).toContain('标签（机器建议）');
    expect(rec.out).not.toMatch(/\b(action|tone|narrative)\.[a-z0-9]|labels|response:/);
    const none = await run(['upr', 'search', '蛋糕', '--sur', 'VNM', '--db', db]);
    expect(none.out).toContain('not in the glossary');
    expect(none.out).toContain('0 recommendations match');
  });

  it('teaches the query syntax and exits 2 on usage errors, 1 on failures', async () => {
    const help = await run(['upr', 'search', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('"death penalty"');
    expect(help.out).toContain('OR');
    expect((await run(['upr', 'stats', '--db', db])).code).toBe(2);
    expect((await run(['upr', 'stats', '--sur', 'XXX', '--db', db])).code).toBe(2);
    expect((await run(['upr', 'search', 'x', '--cycle', '7', '--db', db])).code).toBe(2);
    expect((await run(['upr', 'search', 'x', '--response', 'maybe', '--db', db])).code).toBe(2);
    expect((await run(['upr', 'recommendation', '99999', '--db', db])).code).toBe(1);
  });
});
