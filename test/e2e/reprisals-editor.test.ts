import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { TEST_SCRYPT } from '../../src/server/auth/test-app.js';
import type { Store } from '../../src/store/open-store.js';
import {
  chromiumSkipReason,
  HAVE_CHROMIUM,
  signIn,
  startAppInBrowser,
  type AppInBrowser,
} from './helpers.js';
import { reprisalsEditorFixture, type EditorFixture } from './reprisals-editor-fixture.js';

/*
 * The reprisals editor in a real browser: an editor signs in through /login, finds the draft of
 * the report fixture (invented people) in the queue with the paragraph as read, corrects fields
 * (one of them with markup, which must show as text and never run), confirms it; the audit log
 * holds the change with its values before and after and the confirmation under the editor's
 * name, and `groundpass audit verify` passes. A researcher gets no editor page.
 */

const CASE = '2020-CHN-001';
const EDITOR = { name: 'edna', password: 'edna-password-123' };
const RESEARCHER = { name: 'rolf', password: 'rolf-password-123' };
const MARKUP = '<img src=x onerror="window.__xss=1">Lawyer (2020)';

describe.skipIf(!HAVE_CHROMIUM)(
  HAVE_CHROMIUM ? 'reprisals editor (browser)' : chromiumSkipReason('reprisals editor (browser)'),
  () => {
    let fixture: EditorFixture | undefined;
    let db: string;
    let keyFile: string;
    let store: Store;
    let served: AppInBrowser | undefined;
    let browser: Browser;
    let url: string;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      fixture = await reprisalsEditorFixture('gp-reprisals-editor-e2e-', [
        { ...EDITOR, role: 'editor' },
        { ...RESEARCHER, role: 'researcher' },
      ]);
      ({ db, keyFile, store } = fixture);
      served = await startAppInBrowser(store, { ring: fixture.ring, scrypt: TEST_SCRYPT });
      ({ url, browser } = served);
    }, 120_000);

    afterAll(async () => {
      await served?.close();
      await fixture?.close();
    });

    const signedIn = (account: { name: string; password: string }) =>
      signIn(browser, url, account, { pageErrors });

    it('an editor corrects a draft and confirms it; the audit log has both and verifies', async () => {
      const page = await signedIn(EDITOR);
      await page.goto(`${url}/reprisals/editor?country=CHN`);
      const draft = page.getByTestId(`draft-${CASE}`);
      await expect.poll(() => draft.count()).toBe(1);
      // the paragraph as read (confidential) and the rules behind the suggested values
      expect(await draft.locator('blockquote').textContent()).toContain(
        'Ms. Hua Mingyue, a human rights lawyer',
      );
      expect(await draft.locator('.reasons li').count()).toBeGreaterThan(0);

      await draft.getByRole('link', { name: CASE }).click();
      const form = page.getByTestId('case-form');
      await form.locator('input[name=victimName]').waitFor();
      expect(await form.locator('input[name=victimName]').inputValue()).toBe('Hua Mingyue');
      await form.locator('select[name=status]').selectOption('unresolved');
      await form.locator('input[name=pseudonym]').fill(MARKUP);
      await form.getByRole('button', { name: 'Save corrections' }).click();
      await expect.poll(() => page.getByTestId('message').textContent()).toBe('Saved.');
      await expect.poll(() => form.locator('input[name=pseudonym]').inputValue()).toBe(MARKUP);

      await page.getByTestId('confirm').click();
      await expect
        .poll(() => page.getByTestId('review-state').getAttribute('data-review'))
        .toBe('confirmed');
      expect(await page.getByTestId('review-state').textContent()).toContain('Confirmed by edna');

      // the markup is shown as text on the public case page, and never ran
      await page.goto(`${url}/reprisals/case/${CASE}`);
      await page.getByText(MARKUP).first().waitFor();
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
      expect(pageErrors).toEqual([]);

      const entries = await store.db
        .selectFrom('auditLog')
        .select(['actorName', 'action', 'field', 'before', 'after'])
        .where('entity', '=', 'reprisalCase')
        .where('entityId', '=', CASE)
        .where('action', 'in', ['update', 'confirm'])
        .where('actorName', '=', EDITOR.name)
        .orderBy('seq')
        .execute();
      expect(entries.map((e) => e.action)).toEqual(['update', 'confirm']);
      expect(JSON.parse(entries[0]!.before!)).toMatchObject({ status: 'unknown' });
      expect(JSON.parse(entries[0]!.after!)).toMatchObject({
        status: 'unresolved',
        pseudonym: MARKUP,
      });
      expect(entries[1]).toMatchObject({
        field: 'review',
        before: '"draft"',
        after: '"confirmed"',
      });

      const out: string[] = [];
      const code = await main(['audit', 'verify', '--db', db, '--key-file', keyFile], {
        out: (s) => out.push(s),
        err: (s) => out.push(s),
      });
      expect(out.join('\n')).toMatch(/intact/);
      expect(code).toBe(0);
    });

    it('a researcher gets no editor page and no paragraph', async () => {
      const page = await signedIn(RESEARCHER);
      await page.goto(`${url}/reprisals/editor`);
      await page.getByTestId('editors-only').waitFor();
      expect(await page.content()).not.toContain('Mingyue');
    });
  },
);
