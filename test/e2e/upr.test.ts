import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { UprProfile } from '../../src/analysis/upr/profile.js';
import type { UprRecommendationDetail } from '../../src/analysis/upr/recommendation.js';
import type { UprSearchResult } from '../../src/analysis/upr/search/index.js';
import { chromiumSkipReason, HAVE_CHROMIUM, percentIn, useBrowserHarness } from './helpers.js';

/**
 * The UPR pages in a real browser against a real server holding the sample dataset. Every figure
 * is compared with what the API returns for the same question, never with numbers written here.
 */

const SKIP_REASON = chromiumSkipReason('UPR browser tests');
/** what the search page shows on one page */
const PAGE_SIZE = 20;

describe.skipIf(!HAVE_CHROMIUM)(HAVE_CHROMIUM ? 'UPR pages in Chromium' : SKIP_REASON, () => {
  const upr = useBrowserHarness('upr');
  const { api, open, shot, pageErrors } = upr;

  const shownTotal = (page: Page) =>
    page.getByTestId('upr-total').getAttribute('data-total').then(Number);

  /** The marked words of each hit on the page, to compare with the API's highlight ranges. */
  const shownMarks = (page: Page) =>
    page
      .getByTestId('upr-hit')
      .evaluateAll((hits) =>
        hits.map((h) => [...h.querySelectorAll('mark')].map((m) => m.textContent ?? '')),
      );

  const apiMarks = (r: UprSearchResult) =>
    r.results.map((hit) => {
      // touching ranges are shown as one mark
      const merged: [number, number][] = [];
      for (const [s, e] of [...hit.highlights].sort((a, b) => a[0] - b[0])) {
        const last = merged[merged.length - 1];
        if (last && s <= last[1]) last[1] = Math.max(last[1], e);
        else merged.push([s, e]);
      }
      return merged.map(([s, e]) => hit.text.slice(s, e));
    });

  it('searches: total, highlighted hits, a facet added and removed, Back, CSV of the whole set', async () => {
    const all = await api<UprSearchResult>('/api/v1/upr/search?limit=0');
    expect(all.total).toBeGreaterThan(0);
    const page = await open('/upr');
    await page.getByTestId('upr-total').waitFor();
    expect(await shownTotal(page)).toBe(all.total);
    await expect(page.locator('h1').textContent()).resolves.toBe('UPR recommendations');
    // the syntax is taught on the page
    await page.getByTestId('syntax-help').locator('summary').click();
    await expect(page.getByTestId('syntax-help').textContent()).resolves.toContain(
      '"human rights defenders"',
    );

    // a query: the address holds it, and the page shows what the API finds
    const query = 'rights OR torture';
    const found = await api<UprSearchResult>(
      `/api/v1/upr/search?q=${encodeURIComponent(query)}&limit=${PAGE_SIZE}`,
    );
    expect(found.total).toBeGreaterThan(0);
    expect(found.total).toBeLessThan(all.total);
    await page.getByTestId('upr-search-input').fill(query);
    await page.getByTestId('upr-search-input').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === query);
    await expect.poll(() => shownTotal(page)).toBe(found.total);
    const hits = page.getByTestId('upr-hit');
    expect(await hits.count()).toBe(Math.min(PAGE_SIZE, found.total));
    const ids = await hits.evaluateAll((els) => els.map((e) => Number(e.dataset.id)));
    expect(ids).toEqual(found.results.map((r) => r.id));
    expect(await shownMarks(page)).toEqual(apiMarks(found));
    // highlights are elements, never markup shown as text
    expect(await page.locator('.upr-results').textContent()).not.toContain('<mark>');

    // every facet lists the API's counts
    const facetCounts = await page
      .getByTestId('facet')
      .evaluateAll((els) =>
        Object.fromEntries(
          els.map((f) => [
            f.dataset.facet!,
            [...f.querySelectorAll<HTMLElement>('[data-testid="facet-value"]')]
              .slice(0, 8)
              .map((v) => [v.dataset.value!, Number(v.dataset.count)]),
          ]),
        ),
      );
    for (const [name, counts] of Object.entries(found.facets)) {
      if (counts.length === 0) continue;
      expect(facetCounts[name], name).toEqual(counts.slice(0, 8).map((c) => [c.value, c.count]));
    }
    // the source facet names each source's counting unit
    const sourceLabels: Record<string, string> = {
      'upr-info-export': 'UPR Info export (one row per recommending state)',
      'un-matrix': 'UN matrix (one row per paragraph)',
      'wg-report': 'Working Group report (one row per paragraph)',
    };
    expect(found.facets.source.length).toBeGreaterThan(0);
    await expect(
      page.locator('[data-facet="source"] .facet-label').allTextContents(),
    ).resolves.toEqual(found.facets.source.map((f) => sourceLabels[f.value]));

    // click a facet: the filter is in the address, the results and total follow the API
    const sur = found.facets.sur[0]!;
    const narrowed = await api<UprSearchResult>(
      `/api/v1/upr/search?q=${encodeURIComponent(query)}&sur=${sur.value}&limit=${PAGE_SIZE}`,
    );
    expect(narrowed.total).toBe(sur.count);
    await page
      .locator(`[data-facet="sur"] [data-testid="facet-value"][data-value="${sur.value}"]`)
      .click();
    await page.waitForURL((url) => url.searchParams.get('sur') === sur.value);
    await expect.poll(() => shownTotal(page)).toBe(narrowed.total);
    expect(await page.getByTestId('remove-filter').count()).toBe(1);
    const surs = await hits.evaluateAll((els) => els.length);
    expect(surs).toBe(Math.min(PAGE_SIZE, narrowed.total));
    expect(narrowed.results.every((r) => r.sur === sur.value)).toBe(true);

    // the CSV link exports the whole result set of this search
    const csvHref = await page.getByTestId('upr-csv').getAttribute('href');
    expect(csvHref).toBe(
      `/api/v1/upr/search.csv?q=${encodeURIComponent(query).replace(/%20/g, '+')}&sur=${sur.value}`,
    );
    const csv = await (await fetch(`${upr.url}${csvHref}`)).text();
    const csvIds = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => Number(line.split(',')[0]));
    expect(csvIds.sort((a, b) => a - b)).toEqual(
      narrowed.results.map((r) => r.id).sort((a, b) => a - b),
    );
    await shot(page, 'search-en');

    // Back undoes the facet; the chip removes it as well
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('sur'));
    await expect.poll(() => shownTotal(page)).toBe(found.total);
    await page.goForward();
    await expect.poll(() => shownTotal(page)).toBe(narrowed.total);
    await page.getByTestId('remove-filter').click();
    await page.waitForURL(
      (url) => !url.searchParams.has('sur') && url.searchParams.get('q') === query,
    );
    await expect.poll(() => shownTotal(page)).toBe(found.total);
    await expect(page.getByTestId('upr-search-input').inputValue()).resolves.toBe(query);
    await page.close();
  });

  it('opens a recommendation: text, states, response, labels beside the source’s, source', async () => {
    const found = await api<UprSearchResult>('/api/v1/upr/search?q=release&limit=5');
    expect(found.total).toBeGreaterThan(0);
    const page = await open('/upr?q=release');
    const first = page.getByTestId('upr-hit').first();
    await first.waitFor();
    await first.getByTestId('open-recommendation').click();
    const id = found.results[0]!.id;
    await page.waitForURL(`**/upr/recommendation/${id}`);
    const r = await api<UprRecommendationDetail>(`/api/v1/upr/recommendations/${id}`);

    await expect(page.getByTestId('recommendation-text').textContent()).resolves.toBe(r.text);
    await expect(page.getByTestId('sur-link').getAttribute('data-state')).resolves.toBe(r.sur.code);
    await expect(page.getByTestId('sur-link').textContent()).resolves.toBe(r.sur.nameEn);
    const from = await page
      .getByTestId('recommending-states')
      .locator('li')
      .evaluateAll((els) => els.map((e) => e.dataset.state));
    expect(from).toEqual(r.from.map((f) => f.code));
    await expect(page.getByTestId('response').first().getAttribute('data-response')).resolves.toBe(
      r.response,
    );
    if (r.responseRaw)
      await expect(page.getByTestId('response-raw').textContent()).resolves.toBe(r.responseRaw);
    await expect(
      page.getByTestId('label-action').locator('td').first().getAttribute('data-value'),
    ).resolves.toBe(String(r.labels.action.category));
    // the rule in words; its id stays on the element for a reader checking the code
    await expect(
      page.getByTestId('label-action').locator('.label-reason').getAttribute('data-rule'),
    ).resolves.toBe(r.labels.action.ruleId);
    await expect(
      page.getByTestId('label-action').locator('td').nth(1).getAttribute('data-value'),
    ).resolves.toBe(r.sourceLabels.action === null ? '' : String(r.sourceLabels.action));
    await expect(
      page.getByTestId('label-tone').locator('td').first().getAttribute('data-value'),
    ).resolves.toBe(r.labels.tone.tone);
    const themes = await page
      .getByTestId('label-themes')
      .locator('[data-theme]')
      .evaluateAll((els) => els.map((e) => e.dataset.theme));
    expect(themes).toEqual(r.labels.themes.map((th) => th.theme));
    // where it was read: document and line, and where the response was read
    const sources = page.getByTestId('source');
    expect(await sources.count()).toBe(r.responseSource ? 2 : 1);
    // the locator names the line, and the page and paragraph when the record has them
    const locator = [
      `line ${r.source.line}`,
      ...(r.source.page ? [`p. ${r.source.page}`] : []),
      ...(r.source.paragraph ? [`para. ${r.source.paragraph}`] : []),
    ].join(', ');
    await expect(sources.first().getByTestId('source-line').textContent()).resolves.toBe(locator);
    if (r.source.symbol) expect(await sources.first().textContent()).toContain(r.source.symbol);
    await shot(page, 'recommendation-en');

    // a UPR Info export row carries the source's own labels: shown beside ours
    const ids = (await api<UprSearchResult>('/api/v1/upr/search?limit=500')).results.map(
      (h) => h.id,
    );
    let labelled: UprRecommendationDetail | undefined;
    for (const candidate of ids) {
      const d = await api<UprRecommendationDetail>(`/api/v1/upr/recommendations/${candidate}`);
      if (d.sourceLabels.action !== null && d.sourceLabels.issues.length > 0) {
        labelled = d;
        break;
      }
    }
    expect(labelled, 'the sample holds UPR Info rows with labels').toBeDefined();
    await page.goto(`${upr.url}/upr/recommendation/${labelled!.id}`);
    const sourceCell = page.getByTestId('label-action').locator('td').nth(1);
    await expect(sourceCell.getAttribute('data-value')).resolves.toBe(
      String(labelled!.sourceLabels.action),
    );
    const issues = await page
      .getByTestId('label-themes')
      .locator('td')
      .nth(1)
      .locator('li')
      .allTextContents();
    expect(issues).toEqual(labelled!.sourceLabels.issues);
    await page.close();
  });

  it('shows a state profile: responses per cycle, rates, recommending states, CSV', async () => {
    const all = await api<UprSearchResult>('/api/v1/upr/search?limit=0');
    const code = all.facets.sur[0]!.value;
    const p = await api<UprProfile>(`/api/v1/upr/profile/${code}`);
    const page = await open(`/upr/state/${code}`);
    await page.getByTestId('cycles-table').waitFor();
    // one total per unit, never one sum of both
    const unitTotals = await page
      .getByTestId('unit-total')
      .evaluateAll((els) => els.map((e) => [e.dataset.unit, Number(e.dataset.total)]));
    expect(unitTotals).toEqual(p.units.map((u) => [u.unit, u.total]));
    const columns = await page
      .getByTestId('cycle-column')
      .evaluateAll((els) => els.map((e) => [Number(e.dataset.cycle), Number(e.dataset.total)]));
    expect(columns).toEqual(p.cycles.map((c) => [c.cycle, c.total]));
    // each column's segments add up to its total, one per response given
    for (const c of p.cycles) {
      const segments = await page
        .locator(
          `[data-testid="cycle-column"][data-cycle="${c.cycle}"] [data-testid="cycle-segment"]`,
        )
        .evaluateAll((els) => els.map((e) => [e.dataset.response!, Number(e.dataset.value)]));
      const expected = (['supported', 'partially', 'noted', 'rejected', 'pending'] as const)
        .filter((k) => c[k] > 0)
        .map((k) => [k, c[k]]);
      expect(segments).toEqual(expected);
    }
    const rates = await page.getByTestId('cycle-rate-cell').allTextContents();
    expect(rates).toEqual(p.cycles.map((c) => percentIn('en-GB')(c.notedOrRejectedRate)));
    // the ECharts chart writes the same rates above its columns
    const chartText = page.getByTestId('upr-cycle-chart').locator('svg text');
    await expect.poll(() => chartText.allTextContents()).toEqual(expect.arrayContaining(rates));
    // the recommenders and groups of each unit apart, each state once per table
    for (const part of p.units) {
      const section = page.locator(`[data-testid="unit-part"][data-unit="${part.unit}"]`);
      const recommenders = await section
        .getByTestId('recommenders-table')
        .getByTestId('group-row')
        .evaluateAll((els) => els.map((e) => e.dataset.key));
      expect(recommenders).toEqual(part.byRecommendingState.slice(0, 15).map((r) => r.key));
      const regions = await section
        .getByTestId('regions-table')
        .getByTestId('group-row')
        .evaluateAll((els) => els.map((e) => e.dataset.key));
      expect(regions).toEqual(part.byRegion.map((r) => r.key));
    }
    // links into the search count as the profile does (one unit per review), so totals agree
    const searchOf = async (href: string | null) => {
      expect(href).toMatch(/^\/upr\?/);
      const qs = new URL(href!, upr.url).searchParams;
      qs.set('limit', '0');
      return api<UprSearchResult>(`/api/v1/upr/search?${qs}`);
    };
    const searchTotalOf = async (href: string | null) => (await searchOf(href)).total;
    const allHref = await page.getByTestId('profile-search').getAttribute('href');
    const allFound = await searchOf(allHref);
    expect(allFound.unit.counted.map((c) => [c.value, c.count]).sort()).toEqual(
      p.units.map((u) => [u.unit, u.total]).sort(),
    );
    const cycleHrefs = await page
      .getByTestId('cycle-search')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(cycleHrefs).toHaveLength(p.cycles.length);
    for (const [i, c] of p.cycles.entries())
      expect(await searchTotalOf(cycleHrefs[i]!), `cycle ${c.cycle}`).toBe(c.total);
    const recommenderHref = await page
      .getByTestId('recommenders-table')
      .getByTestId('group-row')
      .first()
      .locator('a')
      .getAttribute('href');
    expect(await searchTotalOf(recommenderHref)).toBe(p.units[0]!.byRecommendingState[0]!.total);
    await page.getByTestId('profile-search').click();
    await page.waitForURL((url) => url.pathname === '/upr' && url.searchParams.has('sur'));
    await expect.poll(() => shownTotal(page)).toBe(allFound.total);
    await page.goBack();
    await page.getByTestId('cycles-table').waitFor();

    const csvHref = await page.getByTestId('profile-csv').getAttribute('href');
    expect(csvHref).toBe(`/api/v1/upr/stats.csv?sur=${code}`);
    const csv = await fetch(`${upr.url}${csvHref}`);
    expect(csv.status).toBe(200);
    expect((await csv.text()).trim().split('\r\n')).toHaveLength(p.cycles.length + 1);
    await shot(page, 'state-en');
    await page.close();
  });

  it('switches to Chinese, and finds Chinese recommendations with a Chinese query', async () => {
    const states = await api<{ items: { code: string; nameZh: string }[] }>('/api/v1/states');
    const zhName = new Map(states.items.map((s) => [s.code, s.nameZh]));
    const page = await open('/upr');
    await page.getByTestId('upr-total').waitFor();
    await page.getByTestId('lang-switch').getByRole('button', { name: '中文' }).click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hans');
    await expect(page.locator('h1').textContent()).resolves.toBe('普遍定期审议建议');
    const all = await api<UprSearchResult>('/api/v1/upr/search?limit=0');
    const surLabels = await page.locator('[data-facet="sur"] .facet-label').allTextContents();
    expect(surLabels).toEqual(all.facets.sur.slice(0, 8).map((f) => zhName.get(f.value)));

    // the sample data holds Chinese recommendations: a Chinese query finds them
    const query = '人权';
    const found = await api<UprSearchResult>(
      `/api/v1/upr/search?q=${encodeURIComponent(query)}&limit=${PAGE_SIZE}`,
    );
    expect(found.total).toBeGreaterThan(0);
    await page.getByTestId('upr-search-input').fill(query);
    await page.getByRole('button', { name: '检索', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === query);
    await expect.poll(() => shownTotal(page)).toBe(found.total);
    await expect(page.getByTestId('upr-total').textContent()).resolves.toBe(
      `共 ${found.total} 条建议符合“${query}”`,
    );
    expect(await shownMarks(page)).toEqual(apiMarks(found));
    expect((await shownMarks(page)).flat()).toContain(query);
    await shot(page, 'search-zh');

    // the recommendation page in Chinese
    await page.getByTestId('open-recommendation').first().click();
    await page.waitForURL(`**/upr/recommendation/${found.results[0]!.id}`);
    const r = await api<UprRecommendationDetail>(
      `/api/v1/upr/recommendations/${found.results[0]!.id}`,
    );
    await expect(page.getByTestId('sur-link').textContent()).resolves.toBe(r.sur.nameZh);
    await expect(page.locator('h1').textContent()).resolves.toBe(`第 ${r.id} 号普遍定期审议建议`);
    await shot(page, 'recommendation-zh');
    await page.close();
  });

  it('had no uncaught error in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
