import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StateProfile } from '../../src/analysis/state-profile/profile.js';
import {
  chromiumSkipReason,
  HAVE_CHROMIUM,
  numberIn,
  screenshot,
  useBrowserHarness,
} from './helpers.js';

/**
 * The State profile page (/state/ISO3) in Chromium against a server holding the sample dataset:
 * the numbers it shows are the API's, its evidence links open the modules' pages, the Chinese page
 * shows no English interface text, and the first page of the year's report (HTML as downloaded,
 * printed as A4) is captured for review (test-results/state-report-first-page-*.png).
 */

const SKIP_REASON = chromiumSkipReason('State profile browser tests');

describe.skipIf(!HAVE_CHROMIUM)(
  HAVE_CHROMIUM ? 'State profile page in Chromium' : SKIP_REASON,
  () => {
    const { api, open, shot, pageErrors, url } = (() => {
      const h = useBrowserHarness('state');
      return {
        api: h.api,
        open: h.open,
        shot: h.shot,
        pageErrors: h.pageErrors,
        url: () => h.url,
      };
    })();
    let state: string;
    let profile: StateProfile;

    beforeAll(async () => {
      const any = await api<StateProfile>('/api/v1/states/CHN/profile');
      const q = await api<{ rows: { state: string }[] }>(
        `/api/v1/ngo-committee/questions?from=${any.year}&to=${any.year}`,
      );
      state = q.rows[0]!.state;
      profile = await api<StateProfile>(`/api/v1/states/${state}/profile`);
    });

    afterAll(() => {
      expect(pageErrors).toEqual([]);
    });

    it('shows the API’s numbers in each panel, and the report buttons ask for this State and year', async () => {
      const page = await open(`/state/${state}?lang=en`);
      await page.getByTestId('panel-ngo').waitFor();
      const n = numberIn('en-GB');
      const ngo = page.getByTestId('ngo-year');
      expect(await ngo.getAttribute('data-value')).toBe(
        String(profile.ngoCommittee.year.questions),
      );
      expect(await ngo.textContent()).toContain(
        `Asked ${n(profile.ngoCommittee.year.questions)} questions`,
      );
      const hostile = page.getByTestId('hostile-to-date');
      expect(
        await hostile.evaluateAll((els) => els.map((e) => e.getAttribute('data-value'))),
      ).toEqual(profile.hrcVotes.hostile.map((h) => String(h.toDate.yes)));
      expect(await page.getByTestId('upr-cycle').count()).toBe(profile.upr.cycles.length);
      const part = profile.participation;
      expect(await page.getByTestId('participation-slots').getAttribute('data-value')).toBe(
        String(part.linkedSlots),
      );
      expect(await page.getByTestId('participation-points').getAttribute('data-value')).toBe(
        String(part.pointsOfOrder.year.count),
      );
      expect(await page.getByTestId('participation-points').textContent()).toContain(
        `raised ${n(part.pointsOfOrder.year.count)} points of order`,
      );
      const en = await page.getByTestId('report-en').getAttribute('href');
      const zh = await page.getByTestId('report-zh').getAttribute('href');
      expect(en).toBe(`/api/v1/report?state=${state}&year=${profile.year}&lang=en&format=pdf`);
      expect(zh).toBe(`/api/v1/report?state=${state}&year=${profile.year}&lang=zh&format=pdf`);
      await shot(page, `profile-${state}-en`);
    });

    it('links each figure to its evidence page, which opens', async () => {
      const page = await open(`/state/${state}?lang=en`);
      await page.getByTestId('ngo-evidence').click();
      await page.waitForURL(`**/questions/${state}?from=${profile.year}&to=${profile.year}`);
      await page.getByTestId('evidence-total').waitFor();
      await page.goBack();
      await page.getByTestId('hrc-evidence').click();
      await page.waitForURL(`**/hrc/state/${state}?from=${profile.year}&to=${profile.year}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.goBack();
      await page.getByTestId('upr-evidence').click();
      await page.waitForURL(`**/upr/state/${state}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.goBack();
      await page.getByTestId('participation-points-evidence').click();
      await page.waitForURL(`**/participation/points-of-order?state=${state}&year=${profile.year}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.goBack();
      await page.getByTestId('participation-evidence').click();
      await page.waitForURL('**/participation');
      await page.getByRole('heading', { level: 1 }).waitFor();
    });

    it('shows each organisation counted as linked with its label and the evidence it rests on', async () => {
      // demo: the Russian Federation's GONGO (demo/organizations) spoke at HRC55 and HRC56 (2024)
      const rus = await api<StateProfile>('/api/v1/states/RUS/profile?year=2024');
      const page = await open('/state/RUS?year=2024&lang=en');
      const panel = page.getByTestId('panel-participation');
      await panel.waitFor();
      expect(await page.getByTestId('participation-slots').getAttribute('data-value')).toBe(
        String(rus.participation.linkedSlots),
      );
      const linked = page.getByTestId('participation-linked');
      expect(await linked.textContent()).toContain('Eurasian Patriotic Youth Union');
      expect(await linked.getByTestId('classification').getAttribute('data-classification')).toBe(
        'gongo',
      );
      expect(await linked.getByTestId('label-evidence-item').count()).toBe(
        rus.participation.organizations[0]!.evidence.length,
      );
      expect(await page.getByTestId('contrasts').textContent()).toContain(
        'organisations linked to it took',
      );
    });

    it('shows no English interface text in Chinese', async () => {
      const page = await open(`/state/${state}?lang=zh`);
      await page.getByTestId('panel-reprisals').waitFor();
      // the download buttons name their own language ("English (PDF)") on purpose: left out
      const text = await page.getByTestId('state-profile').evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelector('[data-testid="report-download"]')?.remove();
        return copy.innerText;
      });
      expect(text).toMatch(/[\u4e00-\u9fff]/);
      expect(text.match(/[A-Za-z]{3,}/g) ?? []).toEqual([]);
      await shot(page, `profile-${state}-zh`);
    });

    it('serves the year’s report; its first printed page is captured for review', async () => {
      for (const lang of ['en', 'zh'] as const) {
        const res = await fetch(
          `${url()}/api/v1/report?state=${state}&year=${profile.year}&lang=${lang}&format=html`,
        );
        expect(res.status).toBe(200);
        const html = await res.text();
        const page = await open('/about');
        await page.emulateMedia({ media: 'print' });
        await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
        await page.setContent(html);
        expect(await page.locator('h1').textContent()).toContain(
          lang === 'zh' ? profile.nameZh : profile.nameEn,
        );
        await screenshot(page, `state-report-first-page-${lang}.png`, { fullPage: false });
      }
    });
  },
);
