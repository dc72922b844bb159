import { describe, expect, it } from 'vitest';
import { skipName } from '../skip.js';
import { chromiumSkipReason, HAVE_CHROMIUM, useBrowserHarness } from './helpers.js';

/**
 * The main navigation on one line at 1280 px, the width of many laptops, in English and Chinese:
 * it wrapped to two lines once the participation link made ten entries. Every entry's box must
 * sit on the first entry's line, and the list must not be cut or scroll sideways. At 1400 px
 * (layout-1400.test.ts) it fits with room to spare.
 */
const WIDTHS = [1280, 1400];
const SKIP = HAVE_CHROMIUM ? null : chromiumSkipReason('navigation at 1280 px');

describe.skipIf(SKIP !== null)(skipName('main navigation on one line at 1280 px', SKIP), () => {
  const { open, shot, pageErrors } = useBrowserHarness('nav-1280');

  for (const lang of ['en', 'zh'] as const)
    for (const width of WIDTHS)
      it(`${lang}, ${width} px: every entry on one line, none cut`, async () => {
        const page = await open(`/about?lang=${lang}`);
        await page.setViewportSize({ width, height: 800 });
        const nav = page.getByTestId('main-nav');
        await nav.waitFor();
        await page
          .locator(`html[lang="${lang === 'zh' ? 'zh-Hans' : 'en'}"]`)
          .waitFor({ state: 'attached' });
        const seen = await nav.evaluate((el) => {
          const list = el.querySelector('ul')!;
          const items = [...list.querySelectorAll('li')].map((li) => {
            const r = li.getBoundingClientRect();
            return { text: li.textContent ?? '', top: Math.round(r.top), right: r.right };
          });
          return {
            items,
            hidden: list.scrollWidth - list.clientWidth,
            pageWidth: document.documentElement.scrollWidth,
          };
        });
        expect(seen.items).toHaveLength(10);
        const line = seen.items[0]!.top;
        expect(
          seen.items.filter((i) => i.top !== line).map((i) => i.text),
          JSON.stringify(seen.items),
        ).toEqual([]);
        expect(Math.max(...seen.items.map((i) => i.right))).toBeLessThanOrEqual(width);
        expect(seen.hidden).toBeLessThanOrEqual(0);
        expect(seen.pageWidth).toBeLessThanOrEqual(width);
        if (width === 1280) await shot(page, `nav-1280-${lang}`);
        await page.close();
      });

  it('no page error', () => {
    expect(pageErrors).toEqual([]);
  });
});
