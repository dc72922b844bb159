import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PointsOfOrderFigure } from '../../src/analysis/hrc-participation/points-of-order.js';
import type {
  ParticipationShareView,
  statementsById,
} from '../../src/analysis/hrc-participation/views.js';
import type { ClustersWithSources } from '../../src/analysis/participation/clusters-view.js';
import type { UprAdoptionView } from '../../src/web/pages/participation/participation-api.js';
import { readFileSync } from 'node:fs';
import { readCsv } from '../../src/sources/common/csv.js';
import { organizationsEn, organizationsZh } from '../../src/web/i18n-organizations.js';
import { participationEn, participationZh } from '../../src/web/i18n-participation.js';
import { chromiumSkipReason, HAVE_CHROMIUM, numberIn, useBrowserHarness } from './helpers.js';

type StatementPage = Awaited<ReturnType<typeof statementsById>>;

/**
 * The Council participation pages in Chromium, English and Chinese, on the sample dataset
 * (demo/hrc-participation/ joined to the invented organisations of demo/organizations/). Every
 * number on the page is compared with the API's answer; the bar of issue 14 is checked as on the
 * organisation pages: a classification label shown as page text sits in a label block with its
 * evidence and a source link, and a label drawn in a chart has, in the same figure, a table row
 * with the same label and its evidence.
 */

const SKIP_REASON = chromiumSkipReason('participation browser tests');
const LOCALES = { en: 'en-GB', zh: 'zh-CN' } as const;
const LABELS = { en: organizationsEn.classifications, zh: organizationsZh.classifications };

/** Label texts in the page outside charts, and whether each lies in a block with sourced evidence. */
function labelsOnPage(page: Page, labels: string[]) {
  return page.locator('main').evaluate((main, words) => {
    const found: { text: string; withEvidence: boolean; inChart: boolean }[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('select, option')) continue;
      const text = (node.textContent ?? '').trim();
      if (!words.some((w) => text.includes(w))) continue;
      const inChart = el.closest('svg') !== null;
      const block = inChart
        ? // a chart's label: the row of its figure's table that names the same label
          [
            ...(el.closest('figure')?.querySelectorAll('[data-testid="classification"]') ?? []),
          ].find((b) => (b.textContent ?? '').includes(text.replace(/…$/, '')))
        : el.closest('[data-testid="classification"]');
      const withEvidence =
        !!block &&
        block.querySelectorAll('[data-testid="label-evidence-item"] a[data-testid="source-link"]')
          .length > 0;
      found.push({ text, withEvidence, inChart });
    }
    return found;
  }, labels);
}

describe.skipIf(!HAVE_CHROMIUM)(
  HAVE_CHROMIUM ? 'participation pages in Chromium' : SKIP_REASON,
  () => {
    const h = useBrowserHarness('participation', { setupTimeoutMs: 240_000 });
    const { api, open, shot, pageErrors } = h;

    for (const lang of ['en', 'zh'] as const) {
      const num = numberIn(LOCALES[lang]);
      const words = Object.entries(LABELS[lang])
        .filter(([k]) => k !== 'unknown')
        .map(([, v]) => v);

      it(`${lang}: session slots by classification, linked State, item and year as the API counts them, each label with its evidence`, async () => {
        const figure = await api<ParticipationShareView>(
          '/api/v1/participation/share?session=HRC55&baseYear=2018',
        );
        expect(figure.byClassification).not.toBeNull();
        const page = await open(`/participation?session=HRC55&baseYear=2018&lang=${lang}`);
        await page.getByTestId('by-classification-table').waitFor();
        await expect(page.getByTestId('slot-summary').getAttribute('data-total')).resolves.toBe(
          String(figure.totalSlots),
        );
        const rowsOf = (testId: string) =>
          page
            .getByTestId(`${testId}-row`)
            .evaluateAll((rows) =>
              rows.map((r) => [r.getAttribute('data-key'), Number(r.getAttribute('data-slots'))]),
            );
        await expect(rowsOf('by-classification')).resolves.toEqual(
          figure.byClassification!.map((r) => [`class:${r.key}`, r.slots]),
        );
        await expect(rowsOf('by-state')).resolves.toEqual(
          figure.byLinkedState!.map((r) => [`state:${r.key}`, r.slots]),
        );
        await expect(
          page
            .getByTestId('by-item-row')
            .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-slots'))),
        ).resolves.toEqual(figure.byItem.map((r) => String(r.slots)));
        // growth against 2018, with the ratio printed as the API computes it
        const growth = await page
          .getByTestId('growth-row')
          .evaluateAll((rows) =>
            rows.map((r) => [
              Number(r.getAttribute('data-year')),
              Number(r.getAttribute('data-slots')),
            ]),
          );
        expect(growth).toEqual(figure.growth.years.map((y) => [y.year, y.slots]));
        const ratio2024 = figure.growth.years.find((y) => y.year === 2024)!.ratio!;
        await expect(
          page.locator('[data-year="2024"] [data-testid="growth-ratio"]').textContent(),
        ).resolves.toContain(
          new Intl.NumberFormat(LOCALES[lang], {
            minimumFractionDigits: 1,
            maximumFractionDigits: 1,
          }).format(ratio2024),
        );
        // the charts are drawn (ECharts, lazily loaded)
        await page.getByTestId('by-classification-chart').locator('svg').first().waitFor();
        await page.getByTestId('growth-chart').locator('svg').first().waitFor();
        // every label on the page, in tables and in the charts, with its evidence
        const shown = await labelsOnPage(page, words);
        expect(shown.some((s) => s.inChart)).toBe(true);
        expect(shown.filter((s) => !s.inChart).length).toBeGreaterThanOrEqual(2);
        expect(shown.filter((s) => !s.withEvidence)).toEqual([]);
        await shot(page, `slots-${lang}`);
        await page.close();
      });

      it(`${lang}: a row's statements open with their document and line, and the speaker's label with its evidence`, async () => {
        const figure = await api<ParticipationShareView>(
          '/api/v1/participation/share?session=HRC55',
        );
        const gongo = figure.byClassification!.find((r) => r.key === 'gongo')!;
        const ids = gongo.evidence.flatMap((e) => (e.kind === 'hrc-statement' ? e.ids : []));
        const statements = await api<StatementPage>(
          `/api/v1/participation/statements?ids=${ids.join(',')}`,
        );
        const page = await open(`/participation?session=HRC55&lang=${lang}`);
        await page.getByTestId('by-classification-table').waitFor();
        await page
          .locator('[data-testid="by-classification-row"][data-key="class:gongo"]')
          .getByTestId('open-evidence')
          .click();
        await page.getByTestId('slot-statement').first().waitFor();
        expect(new URL(page.url()).searchParams.get('show')).toBe('class:gongo');
        await expect(page.getByTestId('slot-evidence-count').textContent()).resolves.toContain(
          num(ids.length),
        );
        const items = page.getByTestId('slot-statement');
        await expect(items.count()).resolves.toBe(statements.items.length);
        for (const [i, s] of statements.items.entries()) {
          const item = items.nth(i);
          await expect(item.getAttribute('data-statement')).resolves.toBe(String(s.id));
          await expect(item.getByTestId('source-line').textContent()).resolves.toContain(
            String(s.line),
          );
          await expect(item.locator('.source-passage').textContent()).resolves.toBe(s.passage);
          await expect(
            item.getByTestId('classification').getAttribute('data-classification'),
          ).resolves.toBe('gongo');
          await expect(item.getByTestId('label-evidence-item').count()).resolves.toBe(
            figure.organizations.find((o) => o.classification === 'gongo')!.evidence.length,
          );
        }
        const shown = await labelsOnPage(page, words);
        expect(shown.filter((s) => !s.withEvidence)).toEqual([]);
        await shot(page, `slot-evidence-${lang}`);
        await page.close();
      });

      it(`${lang}: points of order by State and year, with who, against whom, ruling and citation`, async () => {
        const all = await api<PointsOfOrderFigure>('/api/v1/participation/points-of-order');
        const page = await open(`/participation/points-of-order?lang=${lang}`);
        await page.getByTestId('poo-list').waitFor();
        await expect(page.getByTestId('poo-row').count()).resolves.toBe(all.total);
        const first = all.items[0]!;
        const row = page.locator(`[data-testid="poo-row"][data-id="${first.id}"]`);
        await expect(row.getAttribute('data-outcome')).resolves.toBe(first.outcome);
        await expect(row.getByTestId('poo-against').textContent()).resolves.toContain(
          first.targetOrganization ?? first.targetSpeaker ?? '',
        );
        await expect(row.getByTestId('source-line').textContent()).resolves.toContain(
          String(first.citation.line),
        );
        // choose China, then a year: the rows are the API's for the same choice
        await page.getByTestId('poo-state').selectOption('CHN');
        const china = await api<PointsOfOrderFigure>(
          '/api/v1/participation/points-of-order?state=CHN',
        );
        await expect
          .poll(() => page.getByTestId('poo-total').getAttribute('data-total'))
          .toBe(String(china.total));
        await expect(
          page
            .getByTestId('poo-row')
            .evaluateAll((r) => r.map((x) => x.getAttribute('data-state'))),
        ).resolves.toEqual(china.items.map(() => 'CHN'));
        await page.getByTestId('poo-year').selectOption('2023');
        const none = await api<PointsOfOrderFigure>(
          '/api/v1/participation/points-of-order?state=CHN&year=2023',
        );
        expect(none.total).toBe(0);
        await page.locator('.status').first().waitFor();
        await expect(page.getByTestId('poo-row').count()).resolves.toBe(0);
        await page.getByTestId('poo-state').selectOption('');
        const y2023 = await api<PointsOfOrderFigure>(
          '/api/v1/participation/points-of-order?year=2023',
        );
        await expect.poll(() => page.getByTestId('poo-row').count()).toBe(y2023.total);
        await shot(page, `points-of-order-${lang}`);
        await page.close();
      });

      it(`${lang}: clusters of a session with their members and the shared passages highlighted`, async () => {
        const view = await api<ClustersWithSources>('/api/v1/participation/clusters?session=HRC55');
        expect(view.clusters.length).toBeGreaterThan(0);
        const page = await open(`/participation/clusters?session=HRC55&lang=${lang}`);
        await page.getByTestId('cluster').first().waitFor();
        await expect(page.getByTestId('cluster').count()).resolves.toBe(view.clusters.length);
        const cluster = page.getByTestId('cluster').first();
        const c = view.clusters[0]!;
        await expect(cluster.getByTestId('cluster-member').count()).resolves.toBe(c.members.length);
        await expect(cluster.getByTestId('shared-passage').count()).resolves.toBe(
          c.passages.length,
        );
        // each member's own words, whole, with the passages it shares marked
        for (const [i, m] of c.members.entries()) {
          const text = cluster.getByTestId('member-text').nth(i);
          await expect(text.textContent()).resolves.toBe(view.members[m.id]!.text);
          const sharing = c.passages.filter((p) => p.memberIds.includes(m.id)).length;
          expect(await text.locator('mark').count()).toBeGreaterThanOrEqual(sharing);
        }
        // a member's classification, where the registry has one, with its evidence
        const labelled = c.members.filter((m) =>
          view.organizations.some(
            (o) =>
              o.keys.includes(view.members[m.id]!.speakerKey) &&
              o.classification &&
              o.classification !== 'unknown',
          ),
        );
        expect(labelled.length).toBeGreaterThan(0);
        await expect(cluster.getByTestId('classification').count()).resolves.toBe(labelled.length);
        const shown = await labelsOnPage(page, words);
        expect(shown.length).toBe(labelled.length);
        expect(shown.filter((s) => !s.withEvidence)).toEqual([]);
        await shot(page, `clusters-${lang}`);
        await page.close();
      });
    }

    for (const lang of ['en', 'zh'] as const) {
      it(`${lang}: speakers at a State's UPR adoption, each NGO's label with its evidence`, async () => {
        const view = await api<UprAdoptionView>('/api/v1/participation/upr-adoption?state=RUS');
        expect(view.adoptions.length).toBeGreaterThan(0);
        const page = await open(`/participation/upr-adoption?state=RUS&lang=${lang}`);
        await page.getByTestId('upr-adoption').first().waitFor();
        await expect(page.getByTestId('upr-adoption').count()).resolves.toBe(view.adoptions.length);
        await expect(page.getByTestId('upr-speaker').count()).resolves.toBe(
          view.adoptions.reduce((n, a) => n + a.speakers.length, 0),
        );
        const labelled = view.adoptions
          .flatMap((a) => a.speakers)
          .filter((s) => s.classification && s.classification !== 'unknown');
        await expect(page.getByTestId('classification').count()).resolves.toBe(labelled.length);
        const words = Object.entries(LABELS[lang])
          .filter(([k]) => k !== 'unknown')
          .map(([, v]) => v);
        const shown = await labelsOnPage(page, words);
        expect(shown.length).toBe(labelled.length);
        expect(shown.filter((s) => !s.withEvidence)).toEqual([]);
        await shot(page, `upr-adoption-${lang}`);
        await page.close();
      });
    }

    /** Clicks a download link and reads the file the browser saved: BOM checked, rows by header. */
    async function downloaded(page: Page, testId: string): Promise<Record<string, string>[]> {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(testId).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^participation-.*\.csv$/);
      const text = readFileSync(await download.path(), 'utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const { header, rows } = readCsv(text.slice(1)).value;
      return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r.cells[i] ?? ''])));
    }

    for (const lang of ['en', 'zh'] as const)
      it(`${lang}: each page's CSV download holds the figures as chosen, each row with its sources`, async () => {
        const text = { en: participationEn, zh: participationZh }[lang];
        const figure = await api<ParticipationShareView>(
          '/api/v1/participation/share?session=HRC55&baseYear=2018',
        );
        const page = await open(`/participation?session=HRC55&baseYear=2018&lang=${lang}`);
        await page.getByTestId('slot-summary').waitFor();
        await expect(page.getByTestId('slots-csv').textContent()).resolves.toBe(text.csvSlots);
        const slots = await downloaded(page, 'slots-csv');
        expect(slots.find((r) => r.figure === 'total')!.slots).toBe(String(figure.totalSlots));
        expect(
          slots.filter((r) => r.figure === 'classification').map((r) => [r.key, Number(r.slots)]),
        ).toEqual(figure.byClassification!.map((r) => [r.key, r.slots]));
        expect(
          slots.filter((r) => r.figure === 'year').map((r) => [Number(r.year), r.base_year]),
        ).toEqual(figure.growth.years.map((y) => [y.year, '2018']));
        for (const r of slots) if (r.statement_ids !== '') expect(r.sources).toMatch(/:\d+/);

        await page.goto(`${h.url}/participation/points-of-order?lang=${lang}`);
        await page.getByTestId('poo-list').waitFor();
        await page.getByTestId('poo-state').selectOption('CHN');
        const china = await api<PointsOfOrderFigure>(
          '/api/v1/participation/points-of-order?state=CHN',
        );
        await expect
          .poll(() => page.getByTestId('poo-total').getAttribute('data-total'))
          .toBe(String(china.total));
        await expect(page.getByTestId('poo-csv').textContent()).resolves.toBe(text.csvPoints);
        const points = await downloaded(page, 'poo-csv');
        expect(points.map((r) => [Number(r.id), r.raised_by, r.document, Number(r.line)])).toEqual(
          china.items.map((i) => [i.id, 'CHN', i.citation.file, i.citation.line]),
        );

        const upr = await api<UprAdoptionView>('/api/v1/participation/upr-adoption?state=RUS');
        await page.goto(`${h.url}/participation/upr-adoption?state=RUS&lang=${lang}`);
        await page.getByTestId('upr-adoption').first().waitFor();
        await expect(page.getByTestId('upr-csv').textContent()).resolves.toBe(text.csvUpr);
        const speakers = await downloaded(page, 'upr-csv');
        expect(speakers.map((r) => [r.state, r.speaker])).toEqual(
          upr.adoptions.flatMap((a) => a.speakers.map((x) => ['RUS', x.speaker])),
        );
        for (const r of speakers) expect(r.sources).toMatch(/:\d+/);

        const clusters = await api<ClustersWithSources>(
          '/api/v1/participation/clusters?session=HRC55',
        );
        await page.goto(`${h.url}/participation/clusters?session=HRC55&lang=${lang}`);
        await page.getByTestId('cluster').first().waitFor();
        await expect(page.getByTestId('clusters-csv').textContent()).resolves.toBe(
          text.csvClusters,
        );
        const members = await downloaded(page, 'clusters-csv');
        expect(members.map((r) => [r.statement_id, r.document, Number(r.line)])).toEqual(
          clusters.clusters.flatMap((c) =>
            c.members.map((m) => [
              m.id,
              clusters.members[m.id]!.sourceFile,
              clusters.members[m.id]!.line,
            ]),
          ),
        );
        await page.close();
      });

    it('the main navigation leads to the participation pages', async () => {
      const page = await open('/?lang=en');
      await page.getByTestId('nav-participation').click();
      await page.getByTestId('participation-nav').waitFor();
      expect(new URL(page.url()).pathname).toBe('/participation');
      await page.close();
      expect(pageErrors).toEqual([]);
    });
  },
);
