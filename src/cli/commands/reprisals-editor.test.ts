import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKeyFile } from '../../security/keyring.js';
import { openStore } from '../../store/open-store.js';
import { REPRISALS_FIXTURES } from '../../store/reprisals/test-canary.js';
import { addUser } from '../../store/security/users.js';
import { makeContext } from '../context.js';
import { main } from '../main.js';
import { messages } from '../messages.js';
import {
  reprisalAttach,
  reprisalConfirm,
  reprisalDrafts,
  reprisalLinks,
} from './reprisals-editor-actions.js';

// cheap scrypt parameters: a hash carries its own, so every sign-in of the test verifies fast
const FAST_SCRYPT = { scrypt: { ln: 10, r: 8, p: 1 } };

/*
 * `groundpass reprisals drafts|links|confirm|attach` on the report fixture (invented people):
 * a person named with --as confirms a draft and attaches a follow-up paragraph; a researcher is
 * refused; the lists print no name unless --paragraph asks for the paragraph; the audit log
 * still verifies.
 */
describe('groundpass reprisals drafts / confirm / links / attach (SQLite)', () => {
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
  const eddie = async () => 'correct horse battery';

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gp-reprisals-editor-cli-'));
    db = path.join(dir, 'r.db');
    keyFile = path.join(dir, 'keys.json');
    createKeyFile(keyFile, '2026-01-01T00:00:00.000Z');
    out = [];
    err = [];
    const report = path.join(dir, 'A_HRC_45_36.txt');
    writeFileSync(report, readFileSync(path.join(REPRISALS_FIXTURES, 'sg-report-annexes.txt')));
    expect(await run('import', 'reprisals', report, '--db', db, '--key-file', keyFile)).toBe(0);
    const store = await openStore({ target: db });
    const cli = { name: 'cli:test', role: 'admin' as const };
    await addUser(
      store,
      cli,
      { name: 'eddie', role: 'editor', password: 'correct horse battery' },
      FAST_SCRYPT,
    );
    await addUser(
      store,
      cli,
      { name: 'rita', role: 'researcher', password: 'research password' },
      FAST_SCRYPT,
    );
    await store.close();
    out = [];
    err = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists drafts with their reasons and no name; confirms one, which leaves the queue', async () => {
    await reprisalDrafts(ctx(), { country: 'CHN', as: 'eddie', db }, eddie);
    const text = out.join('\n');
    expect(text).toMatch(/^2020-CHN-001\t2020\t/m);
    expect(text).toMatch(/^2020-CHN-002\t2020\t/m);
    expect(text).toMatch(/^ {2}acts: /m);
    expect(text).not.toContain('Mingyue'); // no paragraph without --paragraph

    out = [];
    await reprisalDrafts(
      ctx(),
      { country: 'CHN', as: 'eddie', db, paragraph: true, keyFile },
      eddie,
    );
    expect(out.join('\n')).toContain('> On 3 March 2020, Ms. Hua Mingyue');

    out = [];
    await reprisalConfirm(ctx(), ['2020-chn-001'], { as: 'eddie', db }, eddie);
    expect(out).toEqual(['2020-CHN-001: confirmed']);
    out = [];
    await reprisalConfirm(ctx(), ['2020-CHN-001'], { as: 'eddie', db }, eddie);
    expect(out).toEqual(['2020-CHN-001: already confirmed']);

    out = [];
    await reprisalDrafts(ctx(), { country: 'CHN', as: 'eddie', db, json: true }, eddie);
    const drafts = JSON.parse(out.join('\n')) as { items: { caseId: string }[] };
    expect(drafts.items.map((d) => d.caseId)).toEqual(['2020-CHN-002']);

    const store = await openStore({ target: db });
    try {
      const entry = await store.db
        .selectFrom('auditLog')
        .select(['actorName', 'action', 'entityId'])
        .where('action', '=', 'confirm')
        .execute();
      expect(entry).toEqual([{ actorName: 'eddie', action: 'confirm', entityId: '2020-CHN-001' }]);
    } finally {
      await store.close();
    }
    out = [];
    expect(await run('audit', 'verify', '--db', db, '--key-file', keyFile)).toBe(0);
    expect(out.join('\n')).toMatch(/intact/);
  });

  it('attaches a follow-up paragraph to a case', async () => {
    await reprisalLinks(ctx(), { country: 'CHN', as: 'eddie', db, json: true }, eddie);
    const links = JSON.parse(out.join('\n')) as {
      items: { id: number; paragraph: string; caseId: string | null; victimName: unknown }[];
    };
    const zhao = links.items.find((l) => l.paragraph === '7')!;
    expect(zhao.caseId).toBeNull();
    expect(zhao.victimName).toBeNull(); // never read for the command line's list
    out = [];
    await reprisalAttach(ctx(), String(zhao.id), { as: 'eddie', db, case: '2020-CHN-002' }, eddie);
    expect(out).toEqual([`paragraph ${zhao.id} attached to 2020-CHN-002`]);
    out = [];
    await reprisalLinks(ctx(), { country: 'CHN', as: 'eddie', db, unattached: true }, eddie);
    expect(out.join('\n')).not.toMatch(/para\. 7\t/);
  });

  it('refuses a researcher, a wrong password, and an unknown case, each with a reason', async () => {
    await expect(
      reprisalConfirm(ctx(), ['2020-CHN-001'], { as: 'rita', db }, async () => 'research password'),
    ).rejects.toThrow(/only editors and admins/);
    await expect(
      reprisalConfirm(ctx(), ['2020-CHN-001'], { as: 'eddie', db }, async () => 'wrong'),
    ).rejects.toThrow(/password is wrong/);
    await expect(
      reprisalConfirm(ctx(), ['2020-CHN-099'], { as: 'eddie', db }, eddie),
    ).rejects.toThrow(/no reprisal case 2020-CHN-099/);
    await expect(reprisalConfirm(ctx(), ['nonsense'], { as: 'eddie', db }, eddie)).rejects.toThrow(
      /a case id reads/,
    );
  });
});
