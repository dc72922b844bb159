import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganizationList } from '../../src/analysis/organizations/list.js';
import type { OrganizationProfile } from '../../src/analysis/organizations/profile.js';
import { TEST_SCRYPT } from '../../src/server/auth/test-app.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { loadSampleIfEmpty } from '../../src/store/sample-dataset.js';
import { addUser } from '../../src/store/security/users.js';
import { organizationsZh } from '../../src/web/i18n-organizations.js';
import {
  chromiumSkipReason,
  HAVE_CHROMIUM,
  publicPage,
  signIn,
  startAppInBrowser,
  type AppInBrowser,
} from './helpers.js';

/*
 * The GONGO editor form on an organisation's profile, in a real browser, on the sample dataset's
 * invented organisations: an editor signs in, sets a classification with reason and source (the
 * audit log holds who, before and after), the profile shows the new label with its evidence, and
 * the editor reverts it; a label without evidence is refused and said so; a researcher and the
 * public get no form; a write without the CSRF token is refused.
 */

const EDITOR = { name: 'gail', password: 'gail-password-123' };
const RESEARCHER = { name: 'rita', password: 'rita-password-123' };

describe.skipIf(!HAVE_CHROMIUM)(
  HAVE_CHROMIUM ? 'GONGO editor form (browser)' : chromiumSkipReason('GONGO editor form (browser)'),
  () => {
    let dir: string;
    let store: Store;
    let served: AppInBrowser | undefined;
    let browser: Browser;
    let url: string;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'gp-gongo-editor-e2e-'));
      store = await openStore({ target: path.join(dir, 'g.db') });
      await loadSampleIfEmpty(store);
      const cli = { name: 'cli:test', role: 'admin' as const };
      await addUser(store, cli, { ...EDITOR, role: 'editor' }, { scrypt: TEST_SCRYPT });
      await addUser(store, cli, { ...RESEARCHER, role: 'researcher' }, { scrypt: TEST_SCRYPT });
      served = await startAppInBrowser(store, { scrypt: TEST_SCRYPT });
      ({ url, browser } = served);
    }, 180_000);

    afterAll(async () => {
      await served?.close();
      await store?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    const api = async <T>(p: string): Promise<T> => (await fetch(`${url}${p}`)).json() as T;
    const orgNamed = async (name: string) =>
      (await api<OrganizationList>(`/api/v1/organizations?q=${encodeURIComponent(name)}`))
        .items[0]!;

    /** signed in as `account`, or the public's page for null */
    const signedIn = (account: { name: string; password: string } | null): Promise<Page> =>
      account ? signIn(browser, url, account, { pageErrors }) : publicPage(browser, { pageErrors });

    it('an editor sets a classification (audited, shown with its evidence) and reverts it', async () => {
      // demo/organizations: Riverbend has evidence (an investigation) and no classification
      const org = await orgNamed('Riverbend Water Alliance');
      expect(org.classification).toBeNull();
      const page = await signedIn(EDITOR);
      await page.goto(`${url}/organizations/${org.id}`);
      await page.getByTestId('classification-editor').waitFor();
      await page.getByTestId('editor-classification').selectOption('state-linked');
      await page.getByTestId('editor-reason').fill('Named by an investigation as run by officials');
      await page.getByTestId('editor-source').fill('https://groundpass.example/demo/e2e-source');
      await page.getByTestId('editor-save').click();
      await page.getByTestId('editor-notice').waitFor();
      const label = page.getByTestId('classification-section').getByTestId('classification');
      await expect.poll(() => label.getAttribute('data-classification')).toBe('state-linked');
      const profile = await api<OrganizationProfile>(`/api/v1/organizations/${org.id}`);
      expect(profile.classification?.classification).toBe('state-linked');
      await expect(label.getByTestId('label-evidence-item').count()).resolves.toBe(
        profile.evidence.current.length,
      );
      await expect(page.getByTestId('history-item').count()).resolves.toBe(
        profile.classificationHistory.length,
      );
      // the audit log: who, and the value before and after
      const entry = await store.db
        .selectFrom('auditLog')
        .selectAll()
        .where('actorName', '=', EDITOR.name)
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(entry).toMatchObject({ actorRole: 'editor', entityId: String(org.id) });
      expect(entry.after).toContain('state-linked');
      await expect(page.getByTestId('editor-notice').textContent()).resolves.toContain(
        String(entry.seq),
      );

      await page.getByTestId('editor-revert').click();
      await expect
        .poll(
          async () =>
            (await api<OrganizationProfile>(`/api/v1/organizations/${org.id}`)).classification
              ?.classification ?? null,
        )
        .not.toBe('state-linked');
      await page.getByTestId('editor-notice').filter({ hasText: 'Reverted' }).waitFor();
      const revert = await store.db
        .selectFrom('auditLog')
        .selectAll()
        .where('actorName', '=', EDITOR.name)
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(revert.seq).toBeGreaterThan(entry.seq);
      expect(revert.before).toContain('state-linked');
      await page.close();
    });

    it('refuses a label without evidence and says so; the record is unchanged', async () => {
      const list = await api<OrganizationList>('/api/v1/organizations?pageSize=200');
      const bare = list.items.find((i) => i.evidenceCount === 0 && i.classification === null)!;
      const page = await signedIn(EDITOR);
      await page.goto(`${url}/organizations/${bare.id}?lang=zh`);
      await page.getByTestId('classification-editor').waitFor();
      await expect(page.getByTestId('editor-save').textContent()).resolves.toBe(
        organizationsZh.editor.save,
      );
      await page.getByTestId('editor-classification').selectOption('gongo');
      await page.getByTestId('editor-reason').fill('no grounds');
      await page.getByTestId('editor-source').fill('https://groundpass.example/none');
      await page.getByTestId('editor-save').click();
      await page.getByTestId('editor-failure').waitFor();
      const after = await api<OrganizationProfile>(`/api/v1/organizations/${bare.id}`);
      expect(after.classification).toBeNull();
      // a write without the session's CSRF token is refused by the server
      const status = await page.evaluate(async (id) => {
        const res = await fetch(`/api/v1/organizations/${id}/classification`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ classification: 'unknown', reason: 'x', source: 'y' }),
        });
        return res.status;
      }, bare.id);
      expect(status).toBe(403);
      await page.close();
    });

    it('gives no form to a researcher or the public', async () => {
      const org = await orgNamed('Open Ledger Institute');
      for (const account of [RESEARCHER, null]) {
        const page = await signedIn(account);
        await page.goto(`${url}/organizations/${org.id}`);
        await page.getByTestId('classification-section').waitFor();
        await expect(page.getByTestId('classification-editor').count()).resolves.toBe(0);
        await page.close();
      }
      expect(pageErrors).toEqual([]);
    });
  },
);
