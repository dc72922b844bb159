import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
} from 'playwright-core';
import { afterAll, beforeAll, expect, onTestFailed } from 'vitest';
import { repoRoot } from '../shared-data.js';
import { buildApp } from '../../src/server/app.js';
import type { SecurityOptions } from '../../src/server/auth/access.js';
import type { Store } from '../../src/store/open-store.js';
import { ensureWebBuild, startTestServer, type TestServer } from './server-harness.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

/** Why `what` is skipped when there is no Chromium; said once on the console so a skip is noticed. */
export function chromiumSkipReason(what: string): string {
  const reason = `${what} skipped: Chromium not found at ${CHROMIUM}; install Debian's chromium or set CHROMIUM_PATH`;
  if (!HAVE_CHROMIUM) console.warn(reason);
  return reason;
}

const SHOTS = path.join(repoRoot, 'test-results');

/**
 * Screenshots are a record for a person to look at, not a check: a full-page PNG costs Chromium
 * 0.3-0.6 s of CPU (docs/build.md), about 55 of them a run. They are written when GP_SCREENSHOTS=1
 * is set, and otherwise only of a page a test leaves open when it fails.
 */
export const SCREENSHOTS = process.env.GP_SCREENSHOTS === '1';

/**
 * A screenshot of `page` in test-results/`file` (full page unless `fullPage: false`): now when
 * GP_SCREENSHOTS=1, else only if the running test fails (of the page as it is then, if still open).
 * The waits before a call (charts drawn, fonts) stay in the tests either way: they check the page.
 */
export async function screenshot(
  page: Page,
  file: string,
  opts: { fullPage?: boolean } = {},
): Promise<void> {
  const take = async () => {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({
      path: path.join(SHOTS, file),
      fullPage: opts.fullPage ?? true,
      // a record of the page, not a check of it: on a busy machine (test files run two at a
      // time, vitest.config.ts) a full-page capture may take longer than the 15 s for waits
      timeout: 20_000,
    });
  };
  if (SCREENSHOTS) return take();
  onTestFailed(async () => {
    if (!page.isClosed()) await take().catch(() => undefined);
  });
}

// a page that never shows what we wait for fails in seconds, not at the 30 s test timeout;
// 5 s was too short on a loaded 2-core machine (CI runs two files at once)
const WAIT_MS = 15_000;

/** A headless Chromium without the background traffic (updates, sync, QUIC) a test has no use for. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface AppInBrowser {
  /** the server's base URL */
  url: string;
  browser: Browser;
  /** closes the browser and the server; the store stays open (its owner closes it) */
  close(): Promise<void>;
}

/**
 * The built web app served on a free port from `store`, with sign-in (`security`: key ring,
 * scrypt cost), and a headless Chromium to visit it, for tests that sign users in.
 */
export async function startAppInBrowser(
  store: Store,
  security: SecurityOptions,
): Promise<AppInBrowser> {
  ensureWebBuild();
  const app = await buildApp({ store, webDir: path.join(repoRoot, 'dist', 'web'), security });
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const browser = await launchChromium();
    return {
      url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
      browser,
      async close() {
        await browser.close();
        await app.close();
      },
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}

export interface PageOptions {
  /** collects the page's uncaught errors (any is a failure) */
  pageErrors?: string[];
  viewport?: { width: number; height: number };
}

/** A browser context of its own (own cookies), en-GB, whose waits fail after WAIT_MS. */
export async function newContext(
  browser: Browser,
  opts: Pick<PageOptions, 'viewport'> = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'en-GB',
    ...(opts.viewport ? { viewport: opts.viewport } : {}),
  });
  context.setDefaultTimeout(WAIT_MS);
  return context;
}

/** A blank page in a new context (no one signed in), its uncaught errors in opts.pageErrors. */
export async function publicPage(browser: Browser, opts: PageOptions = {}): Promise<Page> {
  const page = await (await newContext(browser, opts)).newPage();
  const { pageErrors } = opts;
  if (pageErrors) page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

/**
 * A page in a new context signed in as `account` through the /login page (`next`: where login
 * sends the user on), once the browser has left /login.
 */
export async function signIn(
  browser: Browser,
  url: string,
  account: { name: string; password: string },
  opts: PageOptions & { next?: string } = {},
): Promise<Page> {
  const page = await publicPage(browser, opts);
  await page.goto(`${url}/login${opts.next ? `?next=${opts.next}` : ''}`);
  await page.getByTestId('login-name').fill(account.name);
  await page.getByTestId('login-password').fill(account.password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

export const numberIn = (locale: string) => (n: number) => new Intl.NumberFormat(locale).format(n);
/** a share as the web app prints it: a percentage with one decimal */
export const percentIn = (locale: string) => (share: number) =>
  new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share);

/** the harness's window: wide enough for the navigation on one line */
const VIEWPORT = { width: 1280, height: 900 };

export interface BrowserHarness {
  /** the server's base URL; only valid once the suite's beforeAll has run */
  readonly url: string;
  /** uncaught errors in any opened page: any is a failure */
  readonly pageErrors: string[];
  /** GET from the server, expecting 200 */
  api: <T>(pathAndQuery: string) => Promise<T>;
  /** a page at `pathAndQuery` (a tab closed before, or a new one), its uncaught errors in pageErrors */
  open: (pathAndQuery: string) => Promise<Page>;
  /** a page not yet sent anywhere by the caller, errors collected (to set listeners up first) */
  newPage: () => Promise<Page>;
  /** a full-page screenshot in test-results/, named `<prefix>-<name>.png` (see screenshot()) */
  shot: (page: Page, name: string) => Promise<void>;
}

/**
 * Registers beforeAll/afterAll in the calling describe: a server holding the sample dataset and a
 * headless Chromium with an en-GB context, both closed after the suite.
 */
export function useBrowserHarness(
  shotPrefix: string,
  options: {
    /** what the database holds instead of the sample data */
    load?: (store: Store) => Promise<unknown>;
    /** for a slow `load` (the real data takes seconds to import) */
    setupTimeoutMs?: number;
  } = {},
): BrowserHarness {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(options.load), launchChromium()]);
    context = await newContext(browser, { viewport: VIEWPORT });
  }, options.setupTimeoutMs);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  const started = (): { server: TestServer; context: BrowserContext } => {
    if (!server || !context) throw new Error('browser harness used before its beforeAll ran');
    return { server, context };
  };

  // A tab a test closes is kept and handed to the next open(): a new tab costs Chromium a renderer
  // process and a cold compile of the app, 2.0-2.3 s of CPU per page opened against 0.4 s in a
  // reused tab (docs/build.md). Closing resets what a test may have changed (listeners, viewport,
  // media); a tab given an init script, which cannot be taken back, is closed for real.
  const idle: Page[] = [];
  const reusable = (page: Page): Page => {
    const close = page.close.bind(page);
    const addInitScript: Page['addInitScript'] = page.addInitScript.bind(page);
    let reuse = true;
    page.addInitScript = ((script: Parameters<Page['addInitScript']>[0], arg?: unknown) => {
      reuse = false;
      return addInitScript(script as never, arg as never);
    }) as Page['addInitScript'];
    page.close = async (options) => {
      if (!reuse || page.isClosed()) return close(options);
      await page.removeAllListeners();
      await page.setViewportSize(VIEWPORT);
      await page.emulateMedia({ media: null });
      idle.push(page);
    };
    return page;
  };

  const newPage = async (): Promise<Page> => {
    const page = idle.pop() ?? reusable(await started().context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  };

  return {
    get url() {
      return started().server.url;
    },
    pageErrors,
    async api<T>(pathAndQuery: string): Promise<T> {
      const res = await fetch(`${started().server.url}${pathAndQuery}`);
      expect(res.status, pathAndQuery).toBe(200);
      return (await res.json()) as T;
    },
    newPage,
    async open(pathAndQuery: string): Promise<Page> {
      const page = await newPage();
      await page.goto(`${started().server.url}${pathAndQuery}`);
      return page;
    },
    shot: (page: Page, name: string): Promise<void> =>
      screenshot(page, `${shotPrefix}-${name}.png`),
  };
}

export interface NetworkWatch {
  /** names the page that the responses from now on belong to */
  at(label: string): void;
  /**
   * Resolves once the page has no request open, every response body has been handed over, and a
   * turn of the page's event loop started no new request (a fetch an effect starts after the data
   * arrived). Instead of Playwright's 'networkidle', which waits 500 ms of quiet after every page.
   */
  settled(): Promise<void>;
}

/**
 * Follows the requests of `page` and hands each response body to `onBody` with the label of the
 * page it was fetched for. A request still open after `timeoutMs` fails settled() with its URL.
 */
export function watchNetwork(
  page: Page,
  onBody: (at: string, response: { url: string; body: string }) => void,
  timeoutMs = 10_000,
): NetworkWatch {
  const open = new Set<Request>();
  let pending: Promise<void>[] = [];
  let label = '';
  let wake: (() => void) | undefined;
  const done = (request: Request) => {
    open.delete(request);
    if (open.size === 0) wake?.();
  };
  page.on('request', (request) => open.add(request));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('response', (response) => {
    const at = label;
    pending.push(
      response.text().then(
        (body) => onBody(at, { url: response.url(), body }),
        () => undefined, // a redirect or an aborted request has no body to read
      ),
    );
  });
  const quiet = () =>
    new Promise<void>((resolve, reject) => {
      if (open.size === 0) return resolve();
      const timer = setTimeout(
        () => reject(new Error(`requests still open: ${[...open].map((r) => r.url()).join(', ')}`)),
        timeoutMs,
      );
      wake = () => {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      };
    });
  return {
    at(next) {
      label = next;
    },
    async settled() {
      for (;;) {
        await quiet();
        const read = pending;
        pending = [];
        await Promise.all(read);
        // one turn of the page's event loop: a request an effect starts now is waited for too
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
        if (open.size === 0 && pending.length === 0) return;
      }
    },
  };
}
