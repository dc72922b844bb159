import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';

// China's 4th cycle (A/HRC/56/6 + Add.1 layout, invented texts): 428 paragraphs, answered 290
// accepted (100 + 120 being + 70 already implemented), 8 partially, 32 noted, 98 rejected, as
// src/sources/upr/fixtures/china-4th-cycle/README.md counts them and the store test recounts.
const DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../sources/upr/fixtures/china-4th-cycle',
);
const FILES = [
  path.join(DIR, 'A_HRC_56_6-china-wg-report.txt'),
  path.join(DIR, 'A_HRC_56_6_Add.1-china-responses.txt'),
];

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('groundpass upr stats --sur CHN --cycle 4', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'groundpass-upr-chn4-'));
    db = path.join(dir, 'gp.db');
    const r = await run(['import', 'upr', ...FILES, '--db', db]);
    expect(r.code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives 428 = 290 / 8 / 32 / 98, not accepted 130, 0 pending (JSON)', async () => {
    const r = await run(['upr', 'stats', '--sur', 'CHN', '--cycle', '4', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      cycle: 4,
      total: 428,
      supported: 290,
      partially: 8,
      noted: 32,
      rejected: 98,
      pending: 0,
      notAccepted: 130,
    });
    expect(((rows[0]!.notedOrRejectedRate as number) * 100).toFixed(1)).toBe('30.4');
  });

  it('prints the same figure as a table and as CSV', async () => {
    const table = await run(['upr', 'stats', '--sur', 'CHN', '--cycle', '4', '--db', db]);
    expect(table.code).toBe(0);
    const line = table.out.split('\n').find((l) => /^\s*4\s/.test(l));
    expect(line?.trim().split(/\s+/).slice(0, 7)).toEqual([
      '4',
      '428',
      '290',
      '8',
      '32',
      '98',
      '0',
    ]);
    expect(line).toMatch(/30\.4\s*%/);
    const csv = await run(['upr', 'stats', '--sur', 'CHN', '--cycle', '4', '--csv', '--db', db]);
    expect(csv.out).toMatch(/^CHN,4,428,290,8,32,98,0,0\.3037,/m);
  });
});
