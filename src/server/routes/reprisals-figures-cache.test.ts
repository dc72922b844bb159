import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../test/stores.js';
import { newDataKey, type KeyRing } from '../../security/field-crypto.js';
import type { Store } from '../../store/open-store.js';
import { importReprisalsFile } from '../../store/reprisals/import-files.js';
import { canaryCase, canaryRegistryCsv } from '../../store/reprisals/test-canary.js';
import { reprisalFiguresCache, type FiguresAnswer } from './reprisals-figures-cache.js';

/*
 * The figures cache keys on the audience and the data version: an editor's numbers never reach
 * the public, and a write to the registry is seen at the next request.
 */
const parsed = (a: FiguresAnswer) => JSON.parse(a.body.toString('utf8'));
const sqlite = STORE_KINDS.find((k) => k.name === 'sqlite')!;
const actor = { name: 'cli:test', role: 'admin' as const };

describe('reprisals figures cache', () => {
  let store: Store;
  let ring: KeyRing;
  const importCases = async (name: string, ids: string[]) =>
    importReprisalsFile(store, name, canaryRegistryCsv(ids.map((id) => canaryCase(id, 'EGY'))), {
      actor,
      ring,
      apply: true,
    });
  beforeEach(async () => {
    store = await sqlite.open();
    const key = newDataKey('2026-01-01T00:00:00.000Z');
    ring = { active: key.id, keys: new Map([[key.id, key]]) };
    await importCases('a.csv', ['2021-EGY-001', '2022-EGY-001']);
  });
  afterEach(async () => store.close());

  it('an editor asking first does not give the public its numbers', async () => {
    const cache = reprisalFiguresCache(store);
    const editor = await cache.figures('editor', 'EGY');
    expect(editor.audience).toBe('internal');
    expect(editor.byYear.total).toMatchObject({ kind: 'count', count: 2 });
    for (const role of ['public', 'researcher'] as const) {
      const shown = parsed(await cache.json(role, 'EGY'));
      expect(shown.role).toBe(role);
      expect(shown.audience).toBe('public');
      expect(shown.byYear.total).toEqual({ kind: 'suppressed', label: 'fewer than 3' });
    }
    expect(parsed(await cache.json('admin', 'EGY')).byYear.total.count).toBe(2);
  });

  it('a write to the registry is seen at the next request', async () => {
    const cache = reprisalFiguresCache(store);
    expect((await cache.figures('public', 'EGY')).byYear.total.kind).toBe('suppressed');
    await importCases('b.csv', ['2023-EGY-001', '2023-EGY-002']);
    const after = await cache.figures('public', 'EGY');
    expect(after.byYear.total).toMatchObject({ kind: 'count', count: 4 });
    expect(parsed(await cache.json('public', null)).byYear.total.count).toBe(4);
  });

  it('keeps one body and ETag per role and data version; a write gives a new ETag', async () => {
    const cache = reprisalFiguresCache(store);
    const first = await cache.json('public', 'EGY');
    expect(await cache.json('public', 'EGY')).toBe(first);
    // same figures (one audience), but the body names the role: never the same ETag
    expect((await cache.json('researcher', 'EGY')).etag).not.toBe(first.etag);
    await importCases('c.csv', ['2024-EGY-001']);
    const after = await cache.json('public', 'EGY');
    expect(after.etag).not.toBe(first.etag);
    expect(parsed(after).byYear.total).toMatchObject({ kind: 'count', count: 3 });
  });
});
