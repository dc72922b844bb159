import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  figuresFromCommands,
  JQ,
  interfacePhrases,
  JQ_SKIP_REASON,
  runCli,
  sameFigure,
  visibleText,
} from '../../test/report-commands.js';
import { skipName } from '../../test/skip.js';
import { STORE_KINDS } from '../../test/stores.js';
import { createKeyFile } from '../security/keyring.js';
import { openStore, type Store } from '../store/open-store.js';
import { loadSampleIfEmpty } from '../store/sample-dataset.js';
import { buildReport } from './build.js';
import { renderReportHtml } from './html.js';
import { SECTIONS } from './sections/index.js';
import { Report, type ReportOptions } from './types.js';

/*
 * The report engine on the project's sample dataset (demo/: invented organisations and people, in
 * the real formats): four mechanisms, China asking questions 2016–2024, Viet Nam's UPR review, two
 * reprisals reports. Expected values are read from the sample files (the READMEs in demo/ and the
 * files themselves), not from the report.
 */

const CHN_2018: ReportOptions = { edition: 'state', state: 'CHN', year: 2018 };
const CHN_2024: ReportOptions = { edition: 'state', state: 'CHN', year: 2024 };

let dir: string;
let dbFile: string;
let store: Store;

async function loadSample(s: Store, keyDir: string) {
  const ring = createKeyFile(path.join(keyDir, 'keys.json'), '2026-01-01T00:00:00.000Z');
  await loadSampleIfEmpty(s, undefined, ring);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'gp-report-'));
  dbFile = path.join(dir, 'sample.db');
  store = await openStore({ target: dbFile });
  await loadSample(store, dir);
}, 120_000);
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('buildReport on the sample dataset', () => {
  it('has every section of the registry in its order, each valid against the schema', async () => {
    const report = await buildReport(store, CHN_2018);
    expect(() => Report.parse(report)).not.toThrow();
    expect(report.sections.map((s) => s.id)).toEqual(SECTIONS.map((s) => s.id));
    const mech = await buildReport(store, { edition: 'mechanism', mechanism: 'upr', year: 2019 });
    expect(mech.sections.map((s) => s.id)).toEqual(['upr']);
  });

  it('counts China’s questions as the sample press releases print them', async () => {
    // demo-press-2018-01-31.txt: China asks two of the session's questions
    const report = await buildReport(store, CHN_2018);
    const ngo = report.sections.find((s) => s.id === 'ngo-committee')!;
    const count = ngo.figures.find((f) => f.id === 'ngo-committee.questions.count')!;
    expect(count.value).toBeGreaterThan(0);
    expect(count.evidence.records.every((r) => r.fileName === 'demo-press-2018-01-31.txt')).toBe(
      true,
    );
    expect(count.previous?.period.en).toBe('2017');
  });

  it('gives every figure with a value its records, located by symbol or file and line/paragraph', async () => {
    for (const options of [CHN_2018, CHN_2024]) {
      const report = await buildReport(store, options);
      for (const f of report.sections.flatMap((s) => s.figures)) {
        if (f.value !== null && f.value !== 0)
          expect(f.evidence.records.length, f.id).toBeGreaterThan(0);
        expect(f.evidence.count).toBeGreaterThanOrEqual(f.evidence.records.length);
        for (const r of f.evidence.records) {
          expect(r.symbol ?? r.fileName ?? r.url, f.id).toBeTruthy();
          expect(r.paragraph ?? r.line ?? r.page, f.id).not.toBeNull();
        }
        expect(f.command).toMatch(/^groundpass .* --json$/);
      }
    }
  });

  it('keeps small reprisal counts hidden: no number and no records under the threshold', async () => {
    const report = await buildReport(store, {
      edition: 'mechanism',
      mechanism: 'reprisals',
      year: 2022,
    });
    const figures = report.sections[0]!.figures;
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      if (f.value === null) {
        expect(f.evidence.records).toEqual([]);
        expect(f.text.en).toContain('fewer than 3');
      } else if (f.value > 0) expect(f.value).toBeGreaterThanOrEqual(3);
    }
  });

  it('is deterministic: the same data and options give byte-identical JSON and HTML', async () => {
    const a = await buildReport(store, CHN_2024);
    const b = await buildReport(store, CHN_2024);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(renderReportHtml(b, 'zh')).toBe(renderReportHtml(a, 'zh'));
    // a second database with the same documents: the same dataset version and report
    const other = await openStore({ target: path.join(dir, 'again.db') });
    try {
      await loadSample(other, mkdtempSync(path.join(dir, 'again-')));
      const c = await buildReport(other, CHN_2024);
      expect(c.datasetVersion).toEqual(a.datasetVersion);
      expect(JSON.stringify(c)).toBe(JSON.stringify(a));
    } finally {
      await other.close();
    }
  });
});

describe.skipIf(!JQ)(
  skipName('each figure equals its own command’s --json', !JQ && JQ_SKIP_REASON),
  () => {
    it.each([
      ['CHN 2018', CHN_2018],
      ['CHN 2024', CHN_2024],
      ['VNM 2019', { edition: 'state', state: 'VNM', year: 2019 } as ReportOptions],
      [
        'NGO Committee 2024',
        { edition: 'mechanism', mechanism: 'ngo-committee', year: 2024 } as ReportOptions,
      ],
      [
        'reprisals 2022',
        { edition: 'mechanism', mechanism: 'reprisals', year: 2022 } as ReportOptions,
      ],
    ])('%s', async (_name, options) => {
      const report = await buildReport(store, options);
      const figures = report.sections.flatMap((s) => s.figures);
      expect(figures.length).toBeGreaterThan(0);
      const fromCommands = await figuresFromCommands(figures, dbFile);
      figures.forEach((f, i) => {
        const fromCommand = fromCommands[i];
        expect(sameFigure(f.value, fromCommand), `${f.id}: ${f.value} vs ${fromCommand}`).toBe(
          true,
        );
      });
    });
  },
);

describe('HTML', () => {
  it('is one self-contained file: inline CSS and SVG, nothing fetched', async () => {
    const html = renderReportHtml(await buildReport(store, CHN_2018), 'en');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).toContain('<svg');
    // url(#…) points inside the SVG itself; any other url( or src= would be fetched
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\((?!#)|@import/i);
    expect(html).toContain('@media print');
  });

  it('gives each figure a footnote with its command and sources', async () => {
    const report = await buildReport(store, CHN_2018);
    const html = renderReportHtml(report, 'en');
    const n = report.sections.flatMap((s) => s.figures).length;
    expect(html.match(/<li id="fn-\d+">/g)).toHaveLength(n);
    for (const f of report.sections.flatMap((s) => s.figures))
      expect(html).toContain(f.command.replace(/"/g, '&quot;'));
    expect(html).toContain('id="method"');
    expect(html).toContain(report.datasetVersion.hash);
  });

  it('in Chinese, has none of the English interface text', async () => {
    const phrases = interfacePhrases();
    for (const options of [CHN_2018, CHN_2024]) {
      const report = await buildReport(store, options);
      const zh = visibleText(renderReportHtml(report, 'zh'));
      for (const phrase of phrases) expect(zh, phrase).not.toContain(phrase);
      // the check is not empty: the English edition shows many of these phrases
      const en = visibleText(renderReportHtml(report, 'en'));
      expect(phrases.filter((p) => en.includes(p)).length).toBeGreaterThan(20);
    }
  });

  it('says so when a section has no data', async () => {
    const empty = await openStore({ target: ':memory:' });
    try {
      const report = await buildReport(empty, CHN_2024);
      expect(report.sections.every((s) => s.status === 'no-data')).toBe(true);
      const html = renderReportHtml(report, 'en');
      for (const s of report.sections) expect(html).toContain(s.noData!.en.replace(/’/g, '’'));
      expect(report.datasetVersion.documents).toBe(0);
    } finally {
      await empty.close();
    }
  });
});

describe('groundpass report', () => {
  it('writes the same JSON as buildReport, and refuses an edition without a State or mechanism', async () => {
    const r = await runCli([
      'report',
      '--state',
      'CHN',
      '--year',
      '2018',
      '--format',
      'json',
      '--db',
      dbFile,
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(await buildReport(store, CHN_2018));
    const bad = await runCli(['report', '--year', '2018', '--db', dbFile]);
    expect(bad.code).toBe(2);
    const out = path.join(dir, 'missing-dir', 'x.html');
    const unwritable = await runCli([
      'report',
      '--state',
      'CHN',
      '--year',
      '2018',
      '--out',
      out,
      '--db',
      dbFile,
    ]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.err).toContain(`${out}:`);
  });
});

describe.each(STORE_KINDS)('on $name', (kind) => {
  describe.skipIf(kind.skip)(skipName('the same report as on SQLite', kind.skip), () => {
    it('gives byte-identical JSON for the same documents', async () => {
      const other = await kind.open();
      const keys = mkdtempSync(path.join(tmpdir(), 'gp-report-keys-'));
      try {
        await loadSample(other, keys);
        const a = await buildReport(store, CHN_2018);
        const b = await buildReport(other, CHN_2018);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      } finally {
        await other.close();
        rmSync(keys, { recursive: true, force: true });
      }
    }, 120_000);
  });
});
