import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SCRYPT } from '../../src/server/auth/test-app.js';
import type { Store } from '../../src/store/open-store.js';
import { loadCases } from '../../src/store/reprisals/cases.js';
import {
  chromiumSkipReason,
  HAVE_CHROMIUM,
  signIn,
  startAppInBrowser,
  type AppInBrowser,
} from './helpers.js';
import { reprisalsEditorFixture, type EditorFixture } from './reprisals-editor-fixture.js';

/*
 * The editor form's lists (reprisal acts, UN bodies engaged, how, affected groups, rights
 * defended, perpetrators) and yes/no flags, in a real browser. The draft is the report fixture's
 * first China case (invented person), whose paragraph reads: "Ms. Hua Mingyue, a human rights
 * lawyer who had provided information to the Committee against Torture […] was reportedly
 * detained by police and held incommunicado. Her family members were reportedly questioned and
 * threatened." The rules read detention, disappearance ("incommunicado"), threats to relatives and
 * threats; an editor judges the incommunicado detention no disappearance, names the police as
 * perpetrators and lawyers as the group, and says she is no minor. Only those fields are sent;
 * a second editor who opened the case before gets 409, nothing of theirs is written, and after
 * reloading sees the first editor's lists. The labels are checked in Chinese too.
 */

const CASE = '2020-CHN-001';
const ALICE = { name: 'alice', password: 'alice-password-123' };
const BORIS = { name: 'boris', password: 'boris-password-123' };

describe.skipIf(!HAVE_CHROMIUM)(
  HAVE_CHROMIUM
    ? 'reprisals editor lists (browser)'
    : chromiumSkipReason('reprisals editor lists (browser)'),
  () => {
    let fixture: EditorFixture | undefined;
    let store: Store;
    let served: AppInBrowser | undefined;
    let browser: Browser;
    let url: string;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      fixture = await reprisalsEditorFixture(
        'gp-reprisals-editor-lists-e2e-',
        [ALICE, BORIS].map((who) => ({ ...who, role: 'editor' as const })),
      );
      store = fixture.store;
      served = await startAppInBrowser(store, { ring: fixture.ring, scrypt: TEST_SCRYPT });
      ({ url, browser } = served);
    }, 120_000);

    afterAll(async () => {
      await served?.close();
      await fixture?.close();
    });

    async function caseFormAs(account: { name: string; password: string }): Promise<Page> {
      const page = await signIn(browser, url, account, { pageErrors });
      await page.goto(`${url}/reprisals/editor/case/${CASE}`);
      await page.getByTestId('codes-acts').waitFor();
      return page;
    }

    const box = (page: Page, field: string, code: string) =>
      page.getByTestId(`codes-${field}`).locator(`input[value="${code}"]`);
    const ticked = async (page: Page, field: string) =>
      page
        .getByTestId(`codes-${field}`)
        .locator('input:checked')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    /** the `fields` of every PATCH the page sends */
    const patches = (page: Page) => {
      const sent: Record<string, unknown>[] = [];
      page.on('request', (r) => {
        if (r.method() === 'PATCH')
          sent.push(
            (JSON.parse(r.postData() ?? '{}') as { fields: Record<string, unknown> }).fields,
          );
      });
      return sent;
    };
    const stored = async () => (await loadCases(store.db, { caseId: CASE }))[0]!;

    it('edits lists and flags, sends only what changed; a stale version is refused (409)', async () => {
      const alice = await caseFormAs(ALICE);
      const boris = await caseFormAs(BORIS); // opened before Alice saves: holds the old version
      const fromAlice = patches(alice);
      const fromBoris = patches(boris);

      // the rules' values are ticked
      expect(await ticked(alice, 'acts')).toEqual([
        'detention',
        'disappearance',
        'threats-intimidation',
        'threats-to-relatives',
      ]);
      expect(await ticked(alice, 'engagements')).toEqual(['special-procedures', 'treaty-bodies']);
      expect(await ticked(alice, 'engagementTypes')).toEqual(['submission-of-information']);

      await box(alice, 'acts', 'disappearance').uncheck();
      const form = alice.getByTestId('case-form');
      await form.locator('textarea[name=perpetrators]').fill('police\n');
      await form.locator('textarea[name=affectedGroups]').fill('lawyers');
      await form.locator('select[name=minor]').selectOption('no');
      await form.getByRole('button', { name: 'Save corrections' }).click();
      await expect.poll(() => alice.getByTestId('message').textContent()).toBe('Saved.');

      expect(fromAlice).toHaveLength(1);
      expect(Object.keys(fromAlice[0]!).sort()).toEqual([
        'acts',
        'affectedGroups',
        'minor',
        'perpetrators',
      ]);
      const saved = await stored();
      // the kept codes keep the rule they were read by (the store reads acts in code order)
      expect(saved.acts).toEqual([
        { code: 'detention', codedAs: 'read by rule act-detention' },
        { code: 'threats-intimidation', codedAs: 'read by rule act-threats' },
        { code: 'threats-to-relatives', codedAs: 'read by rule act-relatives' },
      ]);
      expect(saved.perpetrators).toEqual(['police']);
      expect(saved.affectedGroups).toEqual(['lawyers']);
      expect(saved.minor).toBe(false);
      expect(saved.foreignNational).toBeNull();
      expect(saved.engagements.map((e) => e.body)).toEqual(['treaty-bodies', 'special-procedures']);
      // the form shows what was saved
      await expect.poll(() => ticked(alice, 'acts')).not.toContain('disappearance');

      // Boris still holds the version before Alice's save
      await box(boris, 'acts', 'legal-action').check();
      await boris
        .getByTestId('case-form')
        .getByRole('button', { name: 'Save corrections' })
        .click();
      await expect
        .poll(() => boris.getByTestId('message').textContent())
        .toContain('Someone changed this case');
      expect(fromBoris).toEqual([{ acts: expect.any(Array) }]);
      expect((await stored()).acts.map((a) => a.code)).not.toContain('legal-action');

      // reloaded, he sees Alice's lists and adds his act on top of them
      await boris.getByRole('button', { name: 'Reload' }).click();
      await expect.poll(() => ticked(boris, 'acts')).not.toContain('disappearance');
      expect(await boris.locator('textarea[name=perpetrators]').inputValue()).toBe('police');
      await box(boris, 'acts', 'legal-action').check();
      await box(boris, 'engagements', 'special-procedures').uncheck();
      await boris
        .getByTestId('case-form')
        .getByRole('button', { name: 'Save corrections' })
        .click();
      await expect.poll(() => boris.getByTestId('message').textContent()).toBe('Saved.');
      expect(Object.keys(fromBoris.at(-1)!).sort()).toEqual(['acts', 'engagements']);
      const after = await stored();
      expect(after.acts.map((a) => a.code)).toEqual([
        'detention',
        'legal-action',
        'threats-intimidation',
        'threats-to-relatives',
      ]);
      // an act the editor added is coded as itself
      expect(after.acts[1]).toEqual({ code: 'legal-action', codedAs: 'legal-action' });
      expect(after.engagements).toEqual([
        { body: 'treaty-bodies', bodyCodedAs: 'read by rule body-treaty', dates: null },
      ]);
      expect(after.perpetrators).toEqual(['police']);

      // each save is audited under its editor (the columns and the acts table each have their
      // entry), with the lists before and after
      const entries = await store.db
        .selectFrom('auditLog')
        .select(['actorName', 'before', 'after'])
        .where('entity', '=', 'reprisalCase')
        .where('entityId', '=', CASE)
        .where('action', '=', 'update')
        .where('actorName', 'in', [ALICE.name, BORIS.name])
        .orderBy('seq')
        .execute();
      const names = entries.map((e) => e.actorName);
      expect(names.filter((n, i) => n !== names[i - 1])).toEqual(['alice', 'boris']);
      const byBoris = entries.filter((e) => e.actorName === BORIS.name);
      expect(byBoris.some((e) => (e.after ?? '').includes('legal-action'))).toBe(true);
      expect(byBoris.some((e) => (e.before ?? '').includes('legal-action'))).toBe(false);

      // the same form in Chinese
      await boris.getByTestId('lang-zh').click();
      await boris.getByTestId('codes-acts').locator('legend', { hasText: '报复行为' }).waitFor();
      expect(await boris.getByTestId('codes-acts').textContent()).toContain('拘留');
      expect(await boris.getByTestId('case-form').textContent()).toContain('是或否');
      expect(await boris.getByTestId('case-form').textContent()).toContain('每行一项');
      expect(pageErrors).toEqual([]);
    });

    it('unlinks a special procedures communication from the case with its button', async () => {
      // the paragraph cites "CHN 7/2020": the draft lists it
      const page = await caseFormAs(ALICE);
      const item = page.locator(
        '[data-testid=linked-communications] li[data-reference="CHN 7/2020"]',
      );
      await item.waitFor();
      await item.getByRole('button', { name: 'Unlink CHN 7/2020 from this case' }).click();
      await expect
        .poll(() => page.getByTestId('message').textContent())
        .toBe('Unlinked CHN 7/2020.');
      await expect.poll(() => item.count()).toBe(0);
      expect((await stored()).communicationRefs).not.toContain('CHN 7/2020');
      const entry = await store.db
        .selectFrom('auditLog')
        .select(['before', 'after'])
        .where('entity', '=', 'reprisalCase')
        .where('entityId', '=', CASE)
        .where('actorName', '=', ALICE.name)
        .where('action', '=', 'update')
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      expect(entry.before).toContain('CHN 7/2020');
      expect(entry.after ?? '').not.toContain('CHN 7/2020');
      expect(pageErrors).toEqual([]);
    });
  },
);
