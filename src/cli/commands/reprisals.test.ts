import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canaryReport, CANARY } from '../../store/reprisals/test-canary.js';
import { reprisalCases, reprisalStats } from './reprisals-actions.js';
import { reprisalsCli, type ReprisalsCli } from './reprisals-cli-test-setup.js';

/*
 * The CLI as a role: the public (no --as) sees pseudonyms and suppressed counts, never a
 * confidential value; an editor proved by --as reads them. The raw database file holds none.
 */
describe('groundpass import reprisals / reprisals cases|stats (SQLite)', () => {
  let cli: ReprisalsCli;
  let dir: string;
  let db: string;
  let keyFile: string;
  let out: string[];
  let err: string[];
  const ctx = () => cli.ctx();
  const run = (...argv: string[]) => cli.run(...argv);

  beforeEach(async () => {
    cli = await reprisalsCli('gp-reprisals-cli-');
    ({ dir, db, keyFile, out, err } = cli);
    await cli.importFile('A_HRC_45_36.txt', canaryReport());
    cli.clear();
  });
  afterEach(() => cli.close());

  it('keeps the canary out of the database file and the public output, and shows it to an editor', async () => {
    // every file of the database (the main file, and the WAL if it is still there)
    for (const f of readdirSync(dir).filter((f) => f.startsWith('r.db')))
      expect(readFileSync(path.join(dir, f)).includes(CANARY), f).toBe(false);

    await reprisalCases(ctx(), { country: 'CHN', db, json: true });
    const shown = JSON.parse(out.join('\n')) as {
      role: string;
      items: Record<string, unknown>[];
    };
    expect(shown.role).toBe('public');
    expect(shown.items.map((c) => c.pseudonym)).toEqual(['CHN 2020 case 001', 'CHN 2020 case 002']);
    expect(out.join('\n')).not.toContain(CANARY);
    expect(shown.items[0]).not.toHaveProperty('victimName');
    expect(shown.items[0]).not.toHaveProperty('activity'); // restricted: not for the public

    cli.clear();
    await reprisalCases(
      ctx(),
      { country: 'CHN', db, json: true, as: 'eddie', keyFile },
      async () => 'correct horse battery',
    );
    const asEditor = JSON.parse(out.join('\n')) as {
      role: string;
      items: { victimName: string }[];
    };
    expect(asEditor.role).toBe('editor');
    expect(asEditor.items[0]!.victimName).toBe(`Hua ${CANARY}`);

    cli.clear();
    await expect(
      reprisalCases(ctx(), { country: 'CHN', db, as: 'eddie', keyFile }, async () => 'wrong'),
    ).rejects.toThrow(/password is wrong/);
  });

  it('suppresses small counts for the public: China has 2 cases in 2020, shown as "fewer than 3"', async () => {
    await reprisalStats(ctx(), { country: 'CHN', db, json: true });
    const stats = JSON.parse(out.join('\n')) as {
      audience: string;
      byYear: { cells: { key: { year: number }; value: { kind: string; label?: string } }[] };
    };
    expect(stats.audience).toBe('public');
    expect(stats.byYear.cells).toEqual([
      expect.objectContaining({
        key: expect.objectContaining({ year: 2020 }),
        value: { kind: 'suppressed', label: 'fewer than 3' },
        evidence: null,
      }),
    ]);
    expect(out.join('\n')).not.toContain(CANARY);
    // nor the suppressed cell's cases: not in any figure's list, nor in the sources
    expect(out.join('\n')).not.toMatch(/2020-CHN-\d{3}/);
    expect(JSON.parse(out.join('\n')).sources).toEqual({});
  });

  it('a named file that is not a reprisals file fails the command with FILE: reason', async () => {
    const other = path.join(dir, 'notes.txt');
    writeFileSync(other, 'nothing about the reports here\n');
    expect(await run('import', 'reprisals', other, '--db', db, '--key-file', keyFile)).toBe(1);
    expect(err.at(-1)).toMatch(/notes\.txt: not a Secretary-General report/);
  });
});
