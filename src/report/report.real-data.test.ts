import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  figuresFromCommands,
  interfacePhrases,
  JQ,
  runCli,
  sameFigure,
  visibleText,
} from '../../test/report-commands.js';
import { SHARED_DATA_SKIP_REASON, sharedDataDir } from '../../test/shared-data.js';
import { skipName } from '../../test/skip.js';
import { openStore, type Store } from '../store/open-store.js';
import { buildReport } from './build.js';
import { renderReportHtml } from './html.js';
import type { Report } from './types.js';

/*
 * Issue 13's bar: the China editions for 2018 and 2024 from the real data in ../shared/data. One
 * import per file (beforeAll), of what the sections read: the NGO Committee's decision tables and
 * press releases, the OHCHR voting export, the UN's UPR matrices for China (cycles 2 and 3) and
 * the four public ISHR case records. Values asserted by hand come from docs/figures-checked.md,
 * where scripts that share no code with the project recomputed them from the raw files.
 */

const DATA = sharedDataDir();
const skip = !DATA && SHARED_DATA_SKIP_REASON;
if (skip) console.warn(`report real-data tests ${SHARED_DATA_SKIP_REASON}`);

describe.skipIf(!!skip)(skipName('China editions 2018 and 2024 on the real data', skip), () => {
  let dir: string;
  let db: string;
  const reports = new Map<number, Report>();
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gp-report-real-'));
    db = path.join(dir, 'real.db');
    const keys = path.join(dir, 'keys.json');
    const d = (...p: string[]) => path.join(DATA!, ...p);
    for (const argv of [
      [
        'import',
        'ngo-committee',
        d('un-texts', 'ngo-committee-press'),
        d('ecosoc-ngo-committee-decisions'),
      ],
      ['import', 'hrc-votes', d('hrc-voting')],
      ['import', 'upr', d('upr-china-matrices')],
      ['keys', 'init', '--key-file', keys],
      ['import', 'reprisals', d('ishr-endreprisals-china-cases', 'records'), '--key-file', keys],
    ]) {
      const r = await runCli(argv[0] === 'keys' ? argv : [...argv, '--db', db]);
      expect(r.code, `${argv.join(' ')}: ${r.err}`).toBe(0);
    }
    const store: Store = await openStore({ target: db });
    try {
      for (const year of [2018, 2024])
        reports.set(year, await buildReport(store, { edition: 'state', state: 'CHN', year }));
    } finally {
      await store.close();
    }
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const figure = (year: number, id: string) =>
    reports
      .get(year)!
      .sections.flatMap((s) => s.figures)
      .find((f) => f.id === id);

  it('has the figures the independent checks recomputed from the raw files', () => {
    // docs/figures-checked.md: China cycle 3 (UN paragraphs) 346: 284 supported / 62 noted;
    // cycle 2: 252: 204 / 48
    expect(figure(2018, 'upr.recommendations.total')?.value).toBe(346);
    const rate = figure(2018, 'upr.recommendations.noted-or-rejected-rate')!;
    expect(rate.value).toBeCloseTo(62 / 346, 10);
    expect(rate.previous?.value).toBeCloseTo(48 / 252, 10);
    expect(rate.previous?.incomparable).toBeNull();
    // Applications pending 8+ years at the end of the data (2024): Hokok 12.3 y, Muslim Hands
    // 11.0 y, Diplomatic Mission Peace and Prosperity 8.99 y
    expect(figure(2024, 'ngo-committee.deferred.8-years')?.value).toBe(3);
    const table = reports
      .get(2024)!
      .sections.find((s) => s.id === 'ngo-committee')!
      .tables.find((t) => t.id === 'ngo-committee-pending-8-years')!;
    expect(table.rows.map((r) => String(r[0])).join('|')).toMatch(/Hokok/);
    expect(table.rows.map((r) => String(r[0])).join('|')).toMatch(/Muslim Hands/);
    expect(table.rows.map((r) => String(r[0])).join('|')).toMatch(/Diplomatic Mission/);
    expect(figure(2024, 'ngo-committee.deferred.longest-years')?.value).toBe(12.3);
  });

  it('says there is no data for China’s 4th UPR cycle rather than dropping the section', () => {
    const upr = reports.get(2024)!.sections.find((s) => s.id === 'upr')!;
    expect(upr.status).toBe('no-data');
    expect(upr.noData?.en).toContain('cycle 4');
  });

  it('says there is no Council participation rather than dropping the section', () => {
    // the real corpus holds no Council speaker list, session report or transcript
    // (docs/hrc-participation-coverage.md), and none is imported here
    for (const year of [2018, 2024]) {
      const part = reports.get(year)!.sections.find((s) => s.id === 'participation')!;
      expect(part.status).toBe('no-data');
      expect(part.noData?.en).toContain(String(year));
      expect(part.figures).toEqual([]);
    }
  });

  it('gives every figure its evidence', () => {
    for (const report of reports.values())
      for (const f of report.sections.flatMap((s) => s.figures)) {
        if (f.value !== null && f.value !== 0)
          expect(f.evidence.records.length, f.id).toBeGreaterThan(0);
        for (const r of f.evidence.records)
          expect(r.symbol ?? r.fileName ?? r.url, f.id).toBeTruthy();
      }
  });

  it.skipIf(!JQ)(
    'has each figure equal to the same figure from its module’s own command',
    async () => {
      const figures = [...reports.values()].flatMap((r) => r.sections.flatMap((s) => s.figures));
      const fromCommands = await figuresFromCommands(figures, db);
      figures.forEach((f, i) => {
        const fromCommand = fromCommands[i];
        expect(sameFigure(f.value, fromCommand), `${f.id}: ${f.value} vs ${fromCommand}`).toBe(
          true,
        );
      });
    },
    300_000,
  );

  it('leaves no English interface text in the Chinese edition', () => {
    const phrases = interfacePhrases();
    for (const report of reports.values()) {
      const zh = visibleText(renderReportHtml(report, 'zh'));
      for (const phrase of phrases) expect(zh, phrase).not.toContain(phrase);
      // and it is Chinese: the section titles and the method in Chinese characters
      expect(zh).toContain('来源与方法');
    }
  });
});
