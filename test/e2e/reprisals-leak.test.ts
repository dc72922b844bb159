import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CaseStatus,
  RecordType,
  ReprisalAct,
  ReprisalCase,
  UnBody,
} from '../../src/domain/reprisals.js';
import { newDataKey, type KeyRing } from '../../src/security/field-crypto.js';
import type { LoginRole } from '../../src/security/policies.js';
import { TEST_SCRYPT } from '../../src/server/auth/test-app.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { importReprisalsFile } from '../../src/store/reprisals/import-files.js';
import {
  CANARY,
  canaryCase,
  canaryRegistryCsv,
  canaryReport,
  FIELD_CANARIES,
} from '../../src/store/reprisals/test-canary.js';
import { loadSampleIfEmpty } from '../../src/store/sample-dataset.js';
import { addUser } from '../../src/store/security/users.js';
import { BAR_COLOUR } from '../../src/charts/palette.js';
import { exposeECharts, inspectChart } from './echarts-inspect.js';
import {
  chromiumSkipReason,
  HAVE_CHROMIUM,
  newContext,
  screenshot,
  signIn,
  startAppInBrowser,
  watchNetwork,
  type AppInBrowser,
} from './helpers.js';

/*
 * The leak test of the reprisals registry's web pages (issue 12), in a real browser. The store
 * holds the sample data, the report fixture with one person renamed to a canary, and invented
 * cases whose every confidential field holds a canary of its own (FIELD_CANARIES, as in
 * src/server/reprisals-leak.test.ts). As the public and as a researcher signed in through the
 * /login page, every reprisals page is visited (the list under each value of each filter, every
 * case, the statistics for all and for each State) and every other top-level page: no canary may
 * appear in the rendered text, in the page's HTML, or in the body of any response the page
 * fetched. An editor sees the canaries on the same pages, so the test can fail. A second part
 * stores markup in public text fields and checks it is shown as text and never runs.
 */

const SKIP_REASON = chromiumSkipReason('reprisals browser leak test');
/** pages open at once in a context: a tab waits on the server and the network most of the time */
const TABS = 4;

const PASSWORD: Record<LoginRole, string> = {
  researcher: 'researcher-password-1',
  editor: 'editor-password-22',
  admin: 'admin-password-333',
};

/** every canary starts with CANARY; compared without case, as a leak may be upper-cased */
const leaks = (text: string) => text.toLowerCase().includes(CANARY.toLowerCase());

/** Markup a hostile source could put in a public field; it must be shown, never run. */
const XSS_PSEUDONYM = '<img src=x onerror="window.__gpXss=1">Invented defender';
const XSS_GROUP = '<script>window.__gpXss=2</script>Invented group';

const operator = { name: 'cli:test', role: 'admin' as const };

const xssCase = (): ReprisalCase =>
  ReprisalCase.parse({
    ...canaryCase('2023-EGY-001', 'EGY'),
    pseudonym: XSS_PSEUDONYM,
    affectedGroups: [XSS_GROUP],
  });

/** Invented cases: canaries in every confidential field; a letter named by a restricted reference. */
const CANARY_CASES = [
  ReprisalCase.parse({
    ...canaryCase('2021-CHN-001', 'CHN'),
    communicationRefs: ['CHN 15/2021'],
  }),
  canaryCase('2022-CHN-001', 'CHN'),
  canaryCase('2022-EGY-001', 'EGY'),
  xssCase(),
];

const COMMUNICATIONS_CSV = [
  'Reference,Date,State,Type,Mandates,Reply',
  'CHN 15/2021,2021-05-03,China,UA,SR on human rights defenders,no',
].join('\n');

/** The other top-level pages of the app: the header could carry a leak onto any of them. */
const OTHER_PAGES = [
  '/',
  '/pending',
  '/application',
  '/votes',
  '/votes/list',
  '/hrc',
  '/upr',
  '/about',
  '/login',
];

function ringOf(): KeyRing {
  const key = newDataKey('2026-01-01T00:00:00.000Z');
  return { active: key.id, keys: new Map([[key.id, key]]) };
}

interface Seen {
  /** where a canary was found: "page url: dom|html|response url" */
  leaks: string[];
  /** pages visited */
  pages: number;
  /** response bodies read */
  responses: number;
}

describe.skipIf(!HAVE_CHROMIUM)(
  HAVE_CHROMIUM ? 'reprisals pages in Chromium: leak test' : SKIP_REASON,
  () => {
    let dir: string;
    let store: Store;
    let served: AppInBrowser | undefined;
    let browser: Browser;
    let base: string;
    let caseIds: string[] = [];
    let countries: string[] = [];
    let years: number[] = [];
    const pageErrors: string[] = [];

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'groundpass-e2e-reprisals-'));
      store = await openStore({ target: path.join(dir, 'groundpass.db') });
      await loadSampleIfEmpty(store);
      const ring = ringOf();
      expect(
        (await importReprisalsFile(store, 'sg.txt', canaryReport(), { actor: operator, ring }))
          .status,
      ).toBe('imported');
      expect(
        (
          await importReprisalsFile(store, 'registry.csv', canaryRegistryCsv(CANARY_CASES), {
            actor: operator,
            ring,
            apply: true,
          })
        ).status,
      ).toBe('imported');
      expect(
        (
          await importReprisalsFile(store, 'comms.csv', Buffer.from(COMMUNICATIONS_CSV), {
            actor: operator,
            ring,
          })
        ).status,
      ).toBe('imported');
      for (const role of ['researcher', 'editor'] as const)
        await addUser(
          store,
          operator,
          { name: role, role, password: PASSWORD[role] },
          { scrypt: TEST_SCRYPT },
        );
      const rows = await store.db
        .selectFrom('reprisalCases')
        .select(['caseId', 'country', 'reportYear'])
        .orderBy('caseId')
        .execute();
      caseIds = rows.map((r) => r.caseId);
      countries = [...new Set(rows.map((r) => r.country))].sort();
      const appearanceYears = await store.db
        .selectFrom('reprisalAppearances')
        .select('year')
        .distinct()
        .execute();
      years = [
        ...new Set([...rows.map((r) => r.reportYear), ...appearanceYears.map((r) => r.year)]),
      ].sort();
      served = await startAppInBrowser(store, { ring, scrypt: TEST_SCRYPT });
      ({ url: base, browser } = served);
    }, 120_000);

    afterAll(async () => {
      await served?.close();
      await store?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    /**
     * A browser context of its own (own cookies), signed in through the /login page, and its first
     * tab (the login page's) for the test to go on in: a new tab costs Chromium a renderer process
     * and a cold compile of the app, 2 s of CPU against 0.4 s for a page in a used tab (docs/build.md).
     */
    async function contextAs(
      role: 'public' | LoginRole,
    ): Promise<{ context: BrowserContext; page: Page }> {
      const viewport = { width: 1280, height: 900 };
      let page: Page;
      if (role === 'public') page = await (await newContext(browser, { viewport })).newPage();
      else {
        page = await signIn(
          browser,
          base,
          { name: role, password: PASSWORD[role] },
          { viewport, next: '/reprisals' },
        );
        await page.waitForURL(`${base}/reprisals`);
        await page.locator(`[data-testid="session-badge"][data-role="${role}"]`).waitFor();
      }
      page.on('pageerror', (e) => pageErrors.push(e.message));
      return { context: page.context(), page };
    }

    /** Every reprisals page: the list (unfiltered and under each value of each filter), each case, the figures. */
    function reprisalPages(): string[] {
      const filters: [string, readonly (string | number)[]][] = [
        ['country', countries],
        ['year', years],
        ['recordType', RecordType.options],
        ['status', CaseStatus.options],
        ['act', ReprisalAct.options],
        ['unBody', UnBody.options],
      ];
      return [
        '/reprisals',
        ...filters.flatMap(([key, values]) => values.map((v) => `/reprisals?${key}=${v}`)),
        ...caseIds.map((id) => `/reprisals/case/${id}`),
        '/reprisals/case/2099-CHN-999',
        '/reprisals/stats',
        ...countries.map((c) => `/reprisals/stats?country=${c}`),
      ];
    }

    /**
     * Opens the pages in TABS tabs of the context at once (each tab takes the next page not yet
     * visited), waits until each has loaded its data and no request of its own is still open, and
     * looks for a canary in its text, its HTML and every response body it fetched. `first` (the
     * context's tab from contextAs) is one of the tabs, left open with its network watch removed.
     */
    async function visit(
      context: BrowserContext,
      urls: readonly string[],
      first: Page,
    ): Promise<Seen> {
      const seen: Seen = { leaks: [], pages: 0, responses: 0 };
      let next = 0;
      const tab = async (given?: Page): Promise<void> => {
        const page = given ?? (await context.newPage());
        if (!given) page.on('pageerror', (e) => pageErrors.push(e.message));
        const network = watchNetwork(page, (at, res) => {
          seen.responses++;
          if (leaks(res.body)) seen.leaks.push(`${at}: response ${res.url}`);
        });
        while (next < urls.length) {
          const url = urls[next++]!;
          network.at(url);
          await page.goto(`${base}${url}`, { waitUntil: 'load' });
          await waitForData(page);
          await network.settled();
          seen.pages++;
          if (leaks(await page.innerText('body'))) seen.leaks.push(`${url}: text`);
          if (leaks(await page.content())) seen.leaks.push(`${url}: html`);
        }
        await network.settled();
        if (!given) return page.close();
        for (const event of ['request', 'requestfinished', 'requestfailed', 'response'] as const)
          await page.removeAllListeners(event);
      };
      await Promise.all(
        Array.from({ length: Math.min(TABS, urls.length) }, (_, i) =>
          tab(i === 0 ? first : undefined),
        ),
      );
      return seen;
    }

    async function waitForData(page: Page): Promise<void> {
      await page.getByTestId('loading').first().waitFor({ state: 'detached' });
    }

    // The two passes at once, in contexts of their own: a tab mostly waits on the server and the
    // renderer, so 2 x TABS tabs keep the cores busier than TABS did (docs/build.md). Concurrent
    // tests check with the expect of their own context.
    for (const role of ['public', 'researcher'] as const)
      it.concurrent(
        `as ${role}: no canary in any page's text, HTML or fetched response`,
        async ({ expect }) => {
          const { context, page } = await contextAs(role);
          try {
            const urls = [...reprisalPages(), ...OTHER_PAGES];
            const seen = await visit(context, urls, page);
            expect(seen.leaks).toEqual([]);
            expect(seen.pages).toBe(urls.length);
            // the registry answered with cases, so there was something to leak from
            await page.goto(`${base}/reprisals?country=CHN`);
            await page.getByTestId('case-table').waitFor();
            expect(await page.getByTestId('case-row').count()).toBeGreaterThanOrEqual(3);
            await expect(page.getByTestId('seeing-as').getAttribute('data-role')).resolves.toBe(
              role,
            );
            // a researcher reads restricted fields (the letter its reference names), the public does not
            await page.goto(`${base}/reprisals/case/2021-CHN-001`);
            await page.getByTestId('case-facts').waitFor();
            if (role === 'researcher') {
              await page.getByTestId('communications').waitFor();
              expect(await page.getByTestId('communications').innerText()).toContain('CHN 15/2021');
              expect(await page.locator('[data-field="activity"]').count()).toBe(1);
            } else {
              await page.getByTestId('communications-hidden').waitFor();
              expect(await page.innerText('body')).not.toContain('CHN 15/2021');
              expect(await page.locator('[data-field="activity"]').count()).toBe(0);
            }
            expect(await page.getByTestId('government-responses').count()).toBe(0);
            await page.close();
          } finally {
            await context.close();
          }
          expect(pageErrors).toEqual([]);
        },
        300_000,
      );

    it('as an editor the same pages show the canaries (so the test above could fail)', async () => {
      const { context, page } = await contextAs('editor');
      try {
        const seen = await visit(
          context,
          ['/reprisals?country=CHN', '/reprisals/case/2021-CHN-001'],
          page,
        );
        expect(seen.leaks).toEqual(
          expect.arrayContaining([
            '/reprisals?country=CHN: text',
            '/reprisals?country=CHN: html',
            expect.stringMatching(
              /^\/reprisals\?country=CHN: response .*\/api\/v1\/reprisals\/cases/,
            ),
            '/reprisals/case/2021-CHN-001: text',
          ]),
        );
        await page.goto(`${base}/reprisals/case/2021-CHN-001`);
        await page.getByTestId('government-responses').waitFor();
        const text = await page.innerText('body');
        for (const field of [
          'victimName',
          'relatives',
          'contact',
          'trigger',
          'reprisalLocation',
          'reprisalInformation',
          'governmentResponses',
          'notes',
          'otherFields',
        ] as const)
          expect(text, field).toContain(FIELD_CANARIES[field]);
        // signing out: the page is rebuilt for the public at once, the names gone
        await page.getByTestId('sign-out').click();
        await page.getByTestId('sign-in').waitFor();
        await page.getByTestId('communications-hidden').waitFor();
        expect(leaks(await page.innerText('body'))).toBe(false);
        await expect(page.getByTestId('seeing-as').getAttribute('data-role')).resolves.toBe(
          'public',
        );
        await page.close();
      } finally {
        await context.close();
      }
    }, 120_000);

    it('the pages as the public and an editor, in English and Chinese (screenshots with GP_SCREENSHOTS=1)', async () => {
      // the two roles in contexts of their own at once: a capture mostly waits on the renderer
      const asRole = async (role: 'public' | 'editor') => {
        const { context, page } = await contextAs(role);
        try {
          for (const [name, url] of [
            ['list', '/reprisals?country=CHN'],
            ['case', '/reprisals/case/2021-CHN-001'],
            ['stats', '/reprisals/stats'],
          ] as const) {
            await page.goto(`${base}${url}`);
            await waitForData(page);
            // the charts are drawn once ECharts' chunk has loaded: every one in the picture
            if (name === 'stats')
              for (const chart of await page.locator('.echart[data-testid^="chart-"]').all())
                await chart.locator('svg').waitFor();
            await screenshot(page, `reprisals-${role}-${name}.png`);
          }
          // the figures for the public: small counts in words, never as a number
          if (role === 'public') {
            const cells = page.locator('td.suppressed');
            expect(await cells.count()).toBeGreaterThan(0);
            for (const text of await cells.allInnerTexts()) expect(text).toBe('fewer than 3');
          }
          await page.getByTestId('lang-zh').click();
          await page.getByRole('heading', { level: 1, name: '报复案件统计' }).waitFor();
          await screenshot(page, `reprisals-${role}-stats-zh.png`);
          await page.getByTestId('lang-en').click();
          await page.close();
        } finally {
          await context.close();
        }
      };
      await Promise.all([asRole('public'), asRole('editor')]);
    }, 120_000);

    it('a suppressed row has no bar and no number in its chart: DOM, option, tooltip or description', async () => {
      // the numbers the public may not see, from an editor's tables (figure id → row key → count)
      const hidden = new Map<string, number>();
      const { context: editor, page: editorPage } = await contextAs('editor');
      try {
        const page = editorPage;
        await page.goto(`${base}/reprisals/stats`);
        await waitForData(page);
        for (const [key, count] of await page.$$eval(
          '[data-testid^="table-"] tbody tr[data-key]',
          (trs) =>
            trs.map((tr) => [
              `${tr.closest('table')!.dataset.testid!.slice('table-'.length)} ${tr.dataset.key!}`,
              tr.querySelector('td.num')!.textContent!,
            ]),
        ))
          hidden.set(key!, Number(count!.replace(/\D/g, '')));
      } finally {
        await editor.close();
      }
      const { context, page } = await contextAs('public');
      try {
        await page.goto(`${base}/reprisals/stats`);
        await waitForData(page);
        const rows = await page.$$eval('[data-testid^="table-"] tbody tr[data-key]', (trs) =>
          trs.map((tr) => ({
            figure: tr.closest('table')!.dataset.testid!.slice('table-'.length),
            key: tr.dataset.key!,
            suppressed: tr.querySelector('td.suppressed') !== null,
            count: tr.querySelector('td.num')!.textContent!,
          })),
        );
        const suppressedFigures = [
          ...new Set(rows.filter((r) => r.suppressed).map((r) => r.figure)),
        ];
        // the fixture has small cells, so there is something to hide
        expect(suppressedFigures.length).toBeGreaterThan(0);
        await page.getByTestId(`chart-${suppressedFigures[0]}`).locator('svg').waitFor();
        await exposeECharts(page);
        for (const figure of suppressedFigures) {
          const mine = rows.filter((r) => r.figure === figure);
          const seen = await inspectChart(page, `chart-${figure}`, BAR_COLOUR);
          expect(seen.labels, figure).toHaveLength(mine.length);
          const shown: number[] = [];
          mine.forEach((row, i) => {
            const where = `${figure} ${row.key}`;
            const label = seen.labels[i]!;
            if (!row.suppressed) {
              const count = Number(row.count.replace(/\D/g, ''));
              expect(seen.data[i], where).toBe(count);
              shown.push(count);
              return;
            }
            const secret = hidden.get(where);
            expect(secret, where).toBeGreaterThan(0);
            // no bar, and the row's words only, wherever the chart speaks of it
            expect(seen.data[i], where).toBe('-');
            expect(seen.words[i], where).toBe('fewer than 3');
            expect(seen.tooltips[i], where).toBe(`${label}: fewer than 3`);
            expect(seen.tooltipDom[i], where).toContain('fewer than 3');
            expect(seen.tooltipDom[i], where).not.toMatch(new RegExp(`\\b${secret}\\b`));
          });
          // bars drawn: the shown counts only (a suppressed bar would add one)
          expect(seen.bars, figure).toBe(shown.filter((n) => n > 0).length);
          // every number written in the SVG is a shown count's label or an axis tick: the
          // withheld count's bar label would be one more
          const numbers = seen.texts
            .filter((t) => /^[\d,]+$/.test(t) && !seen.labels.includes(t))
            .map((t) => Number(t.replace(/,/g, '')));
          for (const count of shown) {
            expect(numbers, `${figure}: ${count}`).toContain(count);
            numbers.splice(numbers.indexOf(count), 1);
          }
          for (const n of numbers) expect(seen.ticks, `${figure}: ${n}`).toContain(n);
          expect(new Set(numbers).size, figure).toBe(numbers.length);
          expect(seen.texts.filter((t) => t === 'fewer than 3')).toHaveLength(
            mine.filter((r) => r.suppressed).length,
          );
          expect(seen.aria, figure).not.toMatch(/\d/);
        }
        await page.close();
      } finally {
        await context.close();
      }
    }, 120_000);

    it('shows markup stored in public fields as text: nothing injected, nothing run', async () => {
      const { context, page } = await contextAs('public');
      const dialogs: string[] = [];
      try {
        page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        for (const url of ['/reprisals?country=EGY', '/reprisals/case/2023-EGY-001']) {
          await page.goto(`${base}${url}`);
          await waitForData(page);
          const text = await page.innerText('main');
          expect(text, url).toContain(XSS_PSEUDONYM);
          if (url.includes('/case/')) expect(text, url).toContain(XSS_GROUP);
          // no element came from the payload, and its script never ran
          expect(await page.locator('main img').count(), url).toBe(0);
          expect(await page.locator('main script').count(), url).toBe(0);
          expect(await page.evaluate(() => (window as { __gpXss?: number }).__gpXss), url).toBe(
            undefined,
          );
        }
        expect(dialogs).toEqual([]);
        await page.close();
      } finally {
        await context.close();
      }
    }, 60_000);
  },
);
