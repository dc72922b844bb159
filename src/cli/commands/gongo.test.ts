import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../store/open-store.js';
import { addUser } from '../../store/security/users.js';
import { CliFailure, makeContext } from '../context.js';
import { main } from '../main.js';
import { messages } from '../messages.js';
import { gongoSet } from './gongo-actions.js';

// cheap scrypt parameters: a hash carries its own, so every sign-in of the test verifies fast
const FAST_SCRYPT = { scrypt: { ln: 10, r: 8, p: 1 } };

/*
 * `groundpass gongo …` end to end on a SQLite file: the refusal of a label without evidence, the
 * evidence, the label, its history and revert, `audit verify` over the entries, and the roles of
 * --as. Organisations, people and sources are invented (example.org).
 */

describe('groundpass gongo (SQLite)', () => {
  let dir: string;
  let db: string;
  let out: string[];
  let err: string[];
  const run = (...argv: string[]) =>
    main([...argv, '--db', db], { out: (s) => out.push(s), err: (s) => err.push(s) });
  const json = () => JSON.parse(out.join('\n')) as Record<string, unknown>;
  const ctx = () =>
    makeContext(
      'en',
      messages('en'),
      (s) => out.push(s),
      (s) => err.push(s),
    );

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gp-gongo-cli-'));
    db = path.join(dir, 'g.db');
    const store = await openStore({ target: db });
    await store.db
      .insertInto('organizations')
      .values([
        {
          name: 'Lantern Friendship Society',
          nameKey: 'lantern friendship society',
          country: null,
          countryCode: null,
        },
        {
          name: 'Ridge Water Alliance',
          nameKey: 'ridge water alliance',
          country: null,
          countryCode: null,
        },
      ])
      .execute();
    for (const [name, role] of [
      ['rita', 'researcher'],
      ['eddie', 'editor'],
    ] as const)
      await addUser(
        store,
        { name: 'cli:test', role: 'admin' },
        { name, role, password: 'correct horse battery' },
        FAST_SCRYPT,
      );
    await store.close();
    out = [];
    err = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a label without evidence, then labels, shows, reverts and verifies the audit log', async () => {
    const set = (c: string) =>
      run(
        'gongo',
        'set',
        'lantern friendship society',
        '--classification',
        c,
        '--reason',
        'officials lead it',
        '--source',
        'https://example.org/report',
      );
    expect(await set('gongo')).toBe(1);
    expect(err.join('\n')).toContain('no evidence on record');

    expect(
      await run(
        'gongo',
        'evidence',
        'add',
        'Lantern Friendship Society',
        '--indicator',
        'state-funding',
        '--share',
        '70%',
        '--source',
        'https://example.org/accounts-2024',
        '--passage',
        'Seventy per cent of income came from the provincial budget.',
        '--date',
        '2024',
      ),
    ).toBe(0);
    expect(
      await run(
        'gongo',
        'evidence',
        'add',
        '1',
        '--indicator',
        'state-funding',
        '--source',
        'https://example.org/x',
        '--passage',
        'p',
        '--date',
        '2024',
      ),
    ).toBe(2);
    expect(await set('state-linked')).toBe(0);
    expect(await set('gongo')).toBe(0);

    out = [];
    expect(await run('gongo', 'show', 'THE LANTERN FRIENDSHIP SOCIETY', '--json')).toBe(0);
    const shown = json() as {
      role: string;
      classification: {
        classification: string;
        evidence: { share: number; passage: string }[];
        setBy?: string;
      };
      score: { total: number };
    };
    expect(shown.role).toBe('public');
    expect(shown.classification.classification).toBe('gongo');
    expect(shown.classification.evidence).toMatchObject([{ share: 0.7 }]);
    expect(shown.classification).not.toHaveProperty('setBy');
    // 70% ≥ the 50% that gives the funding weight in full
    expect(shown.score.total).toBe(30);

    out = [];
    expect(await run('gongo', 'revert', 'Lantern Friendship Society', '--json')).toBe(0);
    expect(json()).toMatchObject({ classification: 'state-linked' });
    out = [];
    expect(await run('gongo', 'history', '1', '--json')).toBe(0);
    const history = (
      json() as { history: { classification: string; auditSeq: number; auditHash: string }[] }
    ).history;
    expect(history.map((h) => h.classification)).toEqual(['state-linked', 'gongo', 'state-linked']);
    expect(history.every((h) => /^[0-9a-f]{64}$/.test(h.auditHash))).toBe(true);
    out = [];
    expect(await run('gongo', 'revert', '1', '--to', String(history[1]!.auditSeq), '--json')).toBe(
      0,
    );
    expect(json()).toMatchObject({ classification: 'gongo' });

    out = [];
    expect(await run('audit', 'verify')).toBe(0);
    expect(out.join('\n')).toMatch(/intact/);
  });

  it('names the candidates of an ambiguous name instead of choosing', async () => {
    expect(await run('gongo', 'show', 'LFS')).toBe(0); // initials of one organisation only
    expect(await run('gongo', 'show', 'Lantern Society')).toBe(1);
    expect(err.join('\n')).toContain('Lantern Society: no organisation');
  });

  it('lets editors write with --as and refuses researchers', async () => {
    const secrets = async () => 'correct horse battery';
    const opts = {
      classification: 'unknown',
      reason: 'not yet assessed',
      source: 'https://example.org/',
      db,
    };
    await expect(
      gongoSet(ctx(), 'Ridge Water Alliance', { ...opts, as: 'rita' }, secrets),
    ).rejects.toThrow(CliFailure);
    await gongoSet(ctx(), 'Ridge Water Alliance', { ...opts, as: 'eddie' }, secrets);
    out = [];
    expect(await run('gongo', 'history', 'Ridge Water Alliance', '--json')).toBe(0);
    expect((json() as { history: unknown[] }).history).toHaveLength(1);
  });
});
