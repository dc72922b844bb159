import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.js';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** `--csv` output is written to files (`> x.csv`) that Excel opens: BOM first, unless --no-bom. */
describe('CLI CSV output carries a UTF-8 byte-order mark', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'groundpass-bom-'));
    db = path.join(dir, 'gp.db');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const COMMANDS = [
    ['ngo-committee', 'questions'],
    ['ngo-committee', 'longest'],
    ['votes', 'record', 'CHN'],
    ['votes', 'alignment', 'CHN'],
    ['votes', 'matrix'],
    ['votes', 'amendments'],
    ['upr', 'stats', '--sur', 'CHN'],
    ['upr', 'search', ''],
    ['participation', 'share'],
    ['participation', 'points-of-order'],
    ['participation', 'upr-adoption', '--state', 'CHN'],
    ['participation', 'clusters'],
  ];

  it.each(COMMANDS)('%s %s --csv starts with the BOM, once', async (...argv) => {
    const r = await run([...argv, '--csv', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out.charCodeAt(0)).toBe(0xfeff);
    expect(r.out.charCodeAt(1)).not.toBe(0xfeff);
  });

  it.each(COMMANDS)('%s %s --csv --no-bom leaves it out', async (...argv) => {
    const r = await run([...argv, '--csv', '--no-bom', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out.length).toBeGreaterThan(0);
    expect(r.out.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('prints no BOM without --csv', async () => {
    const r = await run(['ngo-committee', 'questions', '--json', '--db', db]);
    expect(r.out.charCodeAt(0)).not.toBe(0xfeff);
  });
});
