import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../open-store.js';
import { loadSampleIfEmpty, SAMPLE_DIR } from '../sample-dataset.js';
import { loadCases, vaultCtx, withConfidential } from './cases.js';
import { DEMO_ACTOR, demoKeyFile, demoKeyRing, demoKeysFor } from './demo.js';

/*
 * The reprisals part of `serve --demo`: the two sample reports (demo/reprisals/, invented people)
 * become cases whose names are in the vault under the demo's own key, made beside the database.
 */
describe('reprisals sample data (serve --demo)', () => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gp-reprisals-demo-'));
    db = path.join(dir, 'demo.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the sample reports into an empty database, the names encrypted under the demo key', async () => {
    const store = await openStore({ target: db });
    const ring = await demoKeysFor(store, db);
    expect(ring).not.toBeNull();
    const reports = (await loadSampleIfEmpty(store, undefined, ring))!;
    const ours = reports.filter((r) => r.file.includes(`${path.sep}reprisals${path.sep}`));
    expect(ours.map((r) => [path.basename(r.file), r.status])).toEqual([
      ['A_HRC_48_98-reprisals-sample.txt', 'imported'],
      ['A_HRC_51_98-reprisals-sample.txt', 'imported'],
    ]);
    const cases = await loadCases(store.db, {});
    // annex I of the two reports: China 4 + Viet Nam 1 + Cuba 1 (2021), China 2 + Egypt 1 (2022)
    expect(cases.map((c) => c.caseId)).toEqual([
      '2021-CHN-001',
      '2021-CHN-002',
      '2021-CHN-003',
      '2021-CHN-004',
      '2021-CUB-001',
      '2021-VNM-001',
      '2022-CHN-001',
      '2022-CHN-002',
      '2022-EGY-001',
    ]);
    expect(cases[0]!.victimName).toBeNull(); // not in the tables: in the vault
    const full = await withConfidential(vaultCtx({ store, ring: ring! }), DEMO_ACTOR, cases);
    expect(full[0]!.victimName).toBe('Lan Qiuyu');
    await store.close();
    // the key file is the demo's own, beside the database, readable by its owner only
    expect(readdirSync(dir)).toContain('demo.db.demo-keys.json');
    expect(statSync(demoKeyFile(db)).mode & 0o077).toBe(0);
    expect(demoKeyRing(db).active).toBe(ring!.active); // a restarted demo reads the same key
    const bytes = readdirSync(dir)
      .filter((f) => f.startsWith('demo.db') && !f.endsWith('.json'))
      .map((f) => readFileSync(path.join(dir, f)).toString('latin1'))
      .join('');
    expect(bytes).toContain('2021-CHN-001');
    expect(bytes).not.toContain('Qiuyu');
  });

  it('makes no demo key for a database holding other data', async () => {
    const store = await openStore({ target: db });
    await loadSampleIfEmpty(store); // the sample without reprisals: marked as the sample
    await store.db.deleteFrom('meta').where('key', '=', 'sample-dataset').execute();
    expect(await demoKeysFor(store, db)).toBeNull();
    await store.close();
  });

  it('the sample folder names invented people only, and says so', () => {
    const readme = readFileSync(path.join(SAMPLE_DIR, 'reprisals', 'README.md'), 'utf8');
    expect(readme).toMatch(/invented/i);
    for (const f of readdirSync(path.join(SAMPLE_DIR, 'reprisals')).filter((x) =>
      x.endsWith('.txt'),
    ))
      expect(readFileSync(path.join(SAMPLE_DIR, 'reprisals', f), 'utf8')).toContain(
        'every\nperson and organization named below is invented',
      );
  });
});
