import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKeyFile } from '../../security/keyring.js';
import { openStore } from '../../store/open-store.js';
import { canaryReport, CANARY } from '../../store/reprisals/test-canary.js';
import { addUser } from '../../store/security/users.js';
import { makeContext } from '../context.js';
import { main } from '../main.js';
import { messages } from '../messages.js';
import { reprisalCases, reprisalStats } from './reprisals-actions.js';

/*
 * The CLI as a role: the public (no --as) sees pseudonyms and suppressed counts, never a
 * confidential value; an editor proved by --as reads them. The raw database file holds none.
 */
describe('groundpass import reprisals / reprisals cases|stats (SQLite)', () => {
  let dir: string;
  let db: string;
  let keyFile: string;
  let out: string[];
  let err: string[];
  const ctx = () =>
    makeContext(
      'en',
      messages('en'),
      (s) => out.push(s),
      (s) => err.push(s),
    );
  const run = (...argv: string[]) =>
    main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gp-reprisals-cli-'));
    db = path.join(dir, 'r.db');
    keyFile = path.join(dir, 'keys.json');
    createKeyFile(keyFile, '2026-01-01T00:00:00.000Z');
    out = [];
    err = [];
    const report = path.join(dir, 'A_HRC_45_36.txt');
    writeFileSync(report, canaryReport());
    expect(await run('import', 'reprisals', report, '--db', db, '--key-file', keyFile)).toBe(0);
    const store = await openStore({ target: db });
    await addUser(
      store,
      { name: 'cli:test', role: 'admin' },
      { name: 'eddie', role: 'editor', password: 'correct horse battery' },
    );
    await store.close();
    out = [];
    err = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

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

    out = [];
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

    out = [];
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
