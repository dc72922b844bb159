import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VotingRecord } from '../../src/analysis/hrc-votes/record.js';
import type { TextList } from '../../src/analysis/hrc-votes/text-list.js';
import { buildApp } from '../../src/server/app.js';
import { importHrcVotePaths } from '../../src/store/hrc-votes/import-files.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { repoRoot, sharedPath, SHARED_DATA_SKIP_REASON } from '../shared-data.js';
import { CHROMIUM, chromiumSkipReason, HAVE_CHROMIUM } from './helpers.js';
import { ensureWebBuild } from './server-harness.js';

/**
 * The HRC pages on the real OHCHR export (China's record spans 2006–2026, which the sample does
 * not), in Chromium at 1400 px: what a reader sees at a common laptop width.
 */
const real = sharedPath('hrc-voting');
const SKIP = !HAVE_CHROMIUM
  ? chromiumSkipReason('HRC real-data browser tests')
  : !real
    ? `HRC real-data browser tests ${SHARED_DATA_SKIP_REASON}`
    : null;
if (SKIP && HAVE_CHROMIUM) console.warn(SKIP);

const WIDTH = 1400;

describe.skipIf(SKIP !== null)(SKIP ?? 'HRC pages on the OHCHR export in Chromium', () => {
  let dir: string;
  let store: Store;
  let url: string;
  let close: () => Promise<void>;
  let browser: Browser;
  let context: BrowserContext;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureWebBuild();
    dir = mkdtempSync(path.join(tmpdir(), 'groundpass-e2e-real-'));
    store = await openStore({ target: path.join(dir, 'groundpass.db') });
    await importHrcVotePaths(store, [real!]);
    const app = await buildApp({ store, webDir: path.join(repoRoot, 'dist', 'web') });
    await app.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    close = () => app.close();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    context = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: WIDTH, height: 900 },
    });
    context.setDefaultTimeout(10_000);
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await close?.();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
    expect(pageErrors).toEqual([]);
  });

  const api = async <T>(p: string): Promise<T> => {
    const res = await fetch(`${url}${p}`);
    expect(res.status, p).toBe(200);
    return (await res.json()) as T;
  };
  const open = async (p: string): Promise<Page> => {
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${url}${p}`);
    return page;
  };

  it('shows the last years of China’s heat-map at 1400 px without scrolling sideways', async () => {
    const record = await api<VotingRecord>('/api/v1/votes/record/CHN?countrySpecific=true');
    const lastYear = Math.max(...record.items.map((i) => i.year ?? 0));
    expect(lastYear).toBeGreaterThanOrEqual(2025);
    const page = await open('/hrc/state/CHN?lang=en');
    await page.getByTestId('record-heatmap').waitFor();
    const header = page.locator(`[data-testid="heatmap-year"][data-year="${lastYear}"]`);
    await header.waitFor();
    // the page itself is no wider than the window: nothing is cut off at its right edge
    const overflow = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
    // the last year is on screen as the page opens, without scrolling the table sideways
    const box = (await header.boundingBox())!;
    const wrap = await page
      .getByTestId('record-heatmap')
      .evaluate((t) => t.parentElement!.getBoundingClientRect().right);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(Math.min(overflow.client, wrap) + 0.5);
    await page.close();
  }, 60_000);

  it('shows China’s totals adding up, the alignment basis, and labelled ideal points', async () => {
    const record = await api<VotingRecord>('/api/v1/votes/record/CHN?countrySpecific=true');
    const state = await open('/hrc/state/CHN?lang=en');
    const totals = (await state.getByTestId('record-totals').textContent())!;
    const n = (x: number) => new Intl.NumberFormat('en-GB').format(x);
    const texts = record.totals.evidence.ids.length;
    const amendments = record.amendmentTotals.evidence.ids.length;
    expect(texts + amendments).toBe(record.items.length);
    expect(amendments).toBeGreaterThan(0);
    expect(totals).toContain(`${n(record.items.length)} recorded votes: ${n(texts)} on texts`);
    expect(totals).toContain(`${n(amendments)} on amendments`);
    await state.close();

    const f = await api<{ minVotes: number; stateVotes: number; leftOut: number }>(
      '/api/v1/votes/alignment/CHN',
    );
    const page = await open('/hrc/alignment?state=CHN&lang=en');
    const basis = page.getByTestId('alignment-basis');
    await basis.waitFor();
    expect(await basis.textContent()).toContain(`fewer than ${n(f.minVotes)} votes in common`);
    expect(await basis.textContent()).toContain('the texts only');
    await page.getByTestId('alignment-amendments').check();
    await page.waitForURL('**amendments=include**');
    await expect.poll(() => basis.textContent()).toContain('texts and amendments');
    await page.close();

    const ideal = await open('/hrc/ideal-points?lang=en');
    await ideal.getByTestId('ideal-plot').first().waitFor();
    // CHN is among the labelled states of the newest year, and its code is written in the plot
    const labels = await ideal
      .getByTestId('ideal-year')
      .first()
      .locator('[data-testid="ideal-dot"][data-labelled="true"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
    expect(labels).toContain('CHN');
    const plotText = ideal.getByTestId('ideal-plot').first().locator('svg text');
    await expect.poll(() => plotText.allTextContents()).toContain('CHN');
    await ideal.close();
  }, 60_000);

  /** Latin words a Chinese page shows outside the data it quotes (marked lang="en") and symbols. */
  async function englishOn(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const out: string[] = [];
      const root = document.querySelector('main') ?? document.body;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        // data quoted as catalogued (titles, sponsors, matched phrases: lang="en"), file names
        if (!el || el.closest('[lang="en"], code, script, style, [hidden]')) continue;
        if (el.closest('[aria-hidden="true"]') && !el.textContent?.trim()) continue;
        for (const word of (n.textContent ?? '').split(/[\s,;:()（）：，、。·|]+/)) {
          // UN symbols (A/HRC/RES/15/6), codes with digits, ISO 3166 codes (the ideal-point
          // labels), the acronyms a Chinese reader uses
          if (
            /[/\d]/.test(word) ||
            /^[A-Z]{3}$/.test(word) ||
            /^(?:CSV|API|UN|ISO|HRC|CHR|UNGA|OHCHR|WEOG|GRULAC|EEG)$/.test(word)
          )
            continue;
          if (/[A-Za-z]{2,}/.test(word)) out.push(word);
        }
      }
      return [...new Set(out)];
    });
  }

  it('shows Chinese HRC pages with no English interface text', async () => {
    const list = await api<TextList>('/api/v1/votes/texts?recorded=true&countrySpecific=true');
    const amendment = await api<TextList>('/api/v1/votes/texts?recorded=true&kind=amendment');
    const pages: [string, string][] = [
      ['/hrc?lang=zh', 'texts-table'],
      [`/hrc/text/${list.items[0]!.id}?lang=zh`, 'ballot-grid'],
      [`/hrc/text/${amendment.items[0]!.id}?lang=zh`, 'ballot-grid'],
      ['/hrc/state/CHN?lang=zh', 'record-table'],
      ['/hrc/alignment?state=CHN&lang=zh', 'alignment-table'],
      ['/hrc/amendments?lang=zh', 'amendments-table'],
      ['/hrc/ideal-points?lang=zh', 'ideal-plot'],
    ];
    const found: Record<string, string[]> = {};
    for (const [p, testId] of pages) {
      const page = await open(p);
      await page.getByTestId(testId).first().waitFor();
      const words = await englishOn(page);
      if (words.length) found[p] = words;
      await page.close();
    }
    expect(found).toEqual({});
  }, 120_000);
});
