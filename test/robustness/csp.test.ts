import { describe, expect, it } from 'vitest';
import {
  chromiumSkipReason,
  HAVE_CHROMIUM,
  useBrowserHarness,
  watchNetwork,
} from '../e2e/helpers.js';
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

  /**
   * Opens `url` in a new page that listens for CSP violations from the page's first script on,
   * and waits until its data has come and no request of its own is open (a fetch the policy
   * blocked is reported by then).
   */
  async function openWatched(url: string) {
    const violations: string[] = [];
    const page = await web.newPage();
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const network = watchNetwork(page, () => undefined, 30_000);
    // the pages load side by side: more than the harness's 5 s for one on a busy machine
    await page.goto(`${web.url}${url}`, { waitUntil: 'load', timeout: 30_000 });
    await page.getByTestId('loading').first().waitFor({ state: 'detached', timeout: 30_000 });
    await network.settled();
    return { page, violations };
  }

  it('notices a violation when there is one', async () => {
    const { page, violations } = await openWatched('/about');
    await page.evaluate(() => {
      const inline = document.createElement('script');
      inline.textContent = 'window.inlineRan = true';
      document.body.append(inline);
    });
    // the report comes as a console message after the script was refused
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
    await page.close();
  });

  // uncaught page errors are the browser tests' business (test/e2e); here only the policy counts
  // the pages open at once, each in a tab of its own: a page mostly waits on the server
  const opened = new Map<string, Promise<string[]>>();
  const violationsOf = (url: string): Promise<string[]> => {
    if (opened.size === 0)
      for (const u of PAGES) {
        const violations = openWatched(u).then(async ({ page, violations }) => {
          await page.close();
          return violations;
        });
        // a failure is reported by its own test, which awaits it; not as an unhandled rejection
        violations.catch(() => undefined);
        opened.set(u, violations);
      }
    return opened.get(url)!;
  };
  for (const url of PAGES) {
    it(`runs ${url} without a CSP violation`, async () => {
      expect(await violationsOf(url)).toEqual([]);
    });
  }
});
