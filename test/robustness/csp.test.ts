import { describe, expect, it } from 'vitest';
import { chromiumSkipReason, HAVE_CHROMIUM, useBrowserHarness } from '../e2e/helpers.js';
import { headerProblems } from './check.js';

/**
 * The Content-Security-Policy the server sends must not break the built web app: every page of
 * each mechanism opened in Chromium, with no CSP violation (Chromium reports each one on the
 * console) and no uncaught error.
 */

chromiumSkipReason('CSP browser test');

const PAGES = [
  '/',
  '/votes?lang=zh',
  '/hrc/state/CHN?lang=en',
  '/hrc/text/1',
  '/upr?q=release',
  '/upr/state/CHN',
];

describe.skipIf(!HAVE_CHROMIUM)('the web app under its CSP', () => {
  const web = useBrowserHarness('csp');

  it('serves the app shell with the security headers', async () => {
    const res = await fetch(`${web.url}/`);
    expect(res.status).toBe(200);
    expect(headerProblems(Object.fromEntries(res.headers))).toEqual([]);
  });

  /** Opens `url` with a listener for CSP violations from the page's first script on. */
  async function openWatched(url: string) {
    const violations: string[] = [];
    const page = await web.open(url);
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.reload({ waitUntil: 'load' });
    await page.waitForTimeout(500);
    return { page, violations };
  }

  it('notices a violation when there is one', async () => {
    const { page, violations } = await openWatched('/about');
    await page.evaluate(() => {
      const inline = document.createElement('script');
      inline.textContent = 'window.inlineRan = true';
      document.body.append(inline);
    });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
    expect(violations.length).toBeGreaterThan(0);
    await page.close();
  });

  // uncaught page errors are the browser tests' business (test/e2e); here only the policy counts
  for (const url of PAGES) {
    it(`runs ${url} without a CSP violation`, async () => {
      const { page, violations } = await openWatched(url);
      await page.close();
      expect(violations).toEqual([]);
    });
  }
});
