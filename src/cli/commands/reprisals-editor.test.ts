import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../store/open-store.js';
import {
  reprisalAttach,
  reprisalConfirm,
  reprisalDrafts,
  reprisalLinks,
} from './reprisals-editor-actions.js';
import { ACCOUNTS, reprisalsCli, type ReprisalsCli } from './reprisals-cli-test-setup.js';

/*
 * `groundpass reprisals drafts|links|confirm|attach` on the report fixture (invented people):
 * a person named with --as confirms a draft and attaches a follow-up paragraph; a researcher is
 * refused; the lists print no name unless --paragraph asks for the paragraph; the audit log
 * still verifies.
 */
describe('groundpass reprisals drafts / confirm / links / attach (SQLite)', () => {
  let cli: ReprisalsCli;
  let db: string;
  let keyFile: string;
  let out: string[];
  const ctx = () => cli.ctx();
  const run = (...argv: string[]) => cli.run(...argv);
  const eddie = async () => ACCOUNTS.eddie.password;

  beforeEach(async () => {
    cli = await reprisalsCli('gp-reprisals-editor-cli-');
    ({ db, keyFile, out } = cli);
    await cli.importFixture('sg-report-annexes.txt');
    cli.clear();
  });
  afterEach(() => cli.close());

  it('lists drafts with their reasons and no name; confirms one, which leaves the queue', async () => {
    await reprisalDrafts(ctx(), { country: 'CHN', as: 'eddie', db }, eddie);
    const text = out.join('\n');
    expect(text).toMatch(/^2020-CHN-001\t2020\t/m);
    expect(text).toMatch(/^2020-CHN-002\t2020\t/m);
    expect(text).toMatch(/^ {2}acts: /m);
    expect(text).not.toContain('Mingyue'); // no paragraph without --paragraph

    cli.clear();
    await reprisalDrafts(
      ctx(),
      { country: 'CHN', as: 'eddie', db, paragraph: true, keyFile },
      eddie,
    );
    expect(out.join('\n')).toContain('> On 3 March 2020, Ms. Hua Mingyue');

    cli.clear();
    await reprisalConfirm(ctx(), ['2020-chn-001'], { as: 'eddie', db }, eddie);
    expect(out).toEqual(['2020-CHN-001: confirmed']);
    cli.clear();
    await reprisalConfirm(ctx(), ['2020-CHN-001'], { as: 'eddie', db }, eddie);
    expect(out).toEqual(['2020-CHN-001: already confirmed']);

    cli.clear();
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
    cli.clear();
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
    cli.clear();
    await reprisalAttach(ctx(), String(zhao.id), { as: 'eddie', db, case: '2020-CHN-002' }, eddie);
    expect(out).toEqual([`paragraph ${zhao.id} attached to 2020-CHN-002`]);
    cli.clear();
    await reprisalLinks(ctx(), { country: 'CHN', as: 'eddie', db, unattached: true }, eddie);
    expect(out.join('\n')).not.toMatch(/para\. 7\t/);
  });

  it('refuses a researcher, a wrong password, and an unknown case, each with a reason', async () => {
    await expect(
      reprisalConfirm(ctx(), ['2020-CHN-001'], { as: 'rita', db }, cli.password('rita')),
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
