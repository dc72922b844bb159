import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  figuresFromCommands,
  interfacePhrases,
  JQ,
  JQ_SKIP_REASON,
  sameFigure,
  visibleText,
} from '../../../test/report-commands.js';
import { skipName } from '../../../test/skip.js';
import { STORE_KINDS } from '../../../test/stores.js';
import { createKeyFile } from '../../security/keyring.js';
import { openStore, type Store } from '../../store/open-store.js';
import { loadSampleIfEmpty } from '../../store/sample-dataset.js';
import { buildReport } from '../build.js';
import { renderReportHtml } from '../html.js';
import { REPORT_MESSAGES } from '../i18n.js';
import type { Figure, Report, ReportOptions, Section } from '../types.js';
import { PARTICIPATION_MESSAGES } from './participation-i18n.js';

/*
 * The Council participation section on the sample dataset: the invented meetings of
 * demo/hrc-participation/meetings/ joined to the invented registry of demo/organizations/.
 * Expected values are counted from those files (comments say where), not copied from the report:
 *
 * - demo-hrc52-item4-2023-03-22.txt (HRC52, 2023): seven NGOs named under item 4 (Eurasian
 *   Patriotic Youth Union twice, in two lists of the same debate: one slot); a point of order by
 *   the Russian Federation against Harbour Lantern Rights Watch.
 * - demo-hrc55-item4-2024-03-20.txt (HRC55, 2024): five NGOs named under item 4 and "12
 *   non-governmental organizations" counted there (7 beyond the named); two NGOs in the interactive
 *   dialogue; a point of order by China against Open Ledger Institute.
 * - demo-hrc55-transcript-2024-03-21.txt (HRC55, same debate): the same four organisations again,
 *   three of them (Eurasian Patriotic Youth Union, Steppe Harmony, Golden Valley) with near-duplicate
 *   words; a second point of order by China, against Harbour Lantern Rights Watch.
 * - demo-hrc56-upr-adoption-2024-07-04.txt (HRC56, 2024-07-04): four NGOs at the adoption of the
 *   Russian Federation's UPR outcome.
 * - demo/organizations/gongo-register.json: Eurasian Patriotic Youth Union classified GONGO with
 *   three indicators (its country, Russian Federation, from demo/ngo-committee/press/
 *   demo-press-2017-05-22.txt); Open Ledger Institute independent with one; Riverbend none.
 */

const RUS_2024: ReportOptions = { edition: 'state', state: 'RUS', year: 2024 };
const CHN_2024: ReportOptions = { edition: 'state', state: 'CHN', year: 2024 };
const MECH_2024: ReportOptions = { edition: 'mechanism', mechanism: 'participation', year: 2024 };

let dir: string;
let dbFile: string;
let store: Store;

async function loadSample(s: Store, keyDir: string) {
  const ring = createKeyFile(path.join(keyDir, 'keys.json'), '2026-01-01T00:00:00.000Z');
  await loadSampleIfEmpty(s, undefined, ring);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'gp-report-participation-'));
  dbFile = path.join(dir, 'sample.db');
  store = await openStore({ target: dbFile });
  await loadSample(store, dir);
}, 120_000);
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const sectionOf = (r: Report): Section => r.sections.find((s) => s.id === 'participation')!;
const figures = (r: Report) => new Map(sectionOf(r).figures.map((f) => [f.id, f]));
const value = (r: Report, id: string) => {
  const f = figures(r).get(id);
  expect(f, id).toBeDefined();
  return f!.value;
};

describe('participation section, state edition', () => {
  it('counts the Russian Federation’s linked organisations in 2024 as the meeting texts print them', async () => {
    const r = await buildReport(store, RUS_2024);
    expect(sectionOf(r).status).toBe('ok');
    // HRC55: 5 named + 7 counted under item 4, 2 in the dialogue = 14; HRC56: 4 = 18
    expect(value(r, 'participation.slots.total')).toBe(18);
    // Eurasian Patriotic Youth Union (GONGO, RUS, with evidence): HRC55 item 4, HRC56 adoption
    expect(value(r, 'participation.slots.linked')).toBe(2);
    expect(value(r, 'participation.slots.linked-share')).toBe(2 / 18);
    const linked = figures(r).get('participation.slots.linked')!;
    // 2023: HRC52's seven named organisations, the same GONGO once
    expect(linked.previous?.value).toBe(1);
    expect(figures(r).get('participation.slots.total')!.previous?.value).toBe(7);
    // the slots' records are the GONGO's statements: HRC55 summary, transcript, HRC56 summary
    expect(new Set(linked.evidence.records.map((x) => x.fileName))).toEqual(
      new Set([
        'demo-hrc55-item4-2024-03-20.txt',
        'demo-hrc55-transcript-2024-03-21.txt',
        'demo-hrc56-upr-adoption-2024-07-04.txt',
      ]),
    );
    // points of order: HRC52 (2023) only
    expect(value(r, 'participation.points-of-order.year')).toBe(0);
    expect(value(r, 'participation.points-of-order.to-date')).toBe(1);
    const toDate = figures(r).get('participation.points-of-order.to-date')!;
    expect(toDate.evidence.records.map((x) => x.fileName)).toEqual([
      'demo-hrc52-item4-2023-03-22.txt',
    ]);
    // the transcript's cluster includes the GONGO
    expect(value(r, 'participation.clusters.linked')).toBe(1);
    // HRC56 adoption: four NGOs, one of them the GONGO
    expect(value(r, 'participation.upr-adoption.ngo-speakers')).toBe(4);
    expect(value(r, 'participation.upr-adoption.linked-speakers')).toBe(1);
    // the label shows with its evidence: the three indicators and their sources
    const table = sectionOf(r).tables.find((t) => t.id === 'participation.linked-organizations')!;
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]![0]).toBe('Eurasian Patriotic Youth Union');
    const evidence = table.rows[0]![3] as { en: string; zh: string };
    expect(evidence.en).toContain('https://groundpass.example/demo/decree-2011-14');
    expect(evidence.en.split('; ')).toHaveLength(3);
  });

  it('gives China its points of order of 2024 and no linked organisation', async () => {
    const r = await buildReport(store, CHN_2024);
    // HRC55: against Open Ledger Institute (summary) and Harbour Lantern Rights Watch (transcript)
    expect(value(r, 'participation.points-of-order.year')).toBe(2);
    expect(value(r, 'participation.slots.linked')).toBe(0);
    expect(sectionOf(r).newRecords).toHaveLength(2);
    // no UPR adoption of China in the sample: no adoption figures
    expect(figures(r).has('participation.upr-adoption.ngo-speakers')).toBe(false);
  });

  it('counts an organisation as linked only while its label has evidence on record', async () => {
    const other = await openStore({ target: path.join(dir, 'retracted.db') });
    try {
      await loadSample(other, mkdtempSync(path.join(dir, 'retracted-')));
      await other.db
        .updateTable('gongoEvidence')
        .set({ retractedAt: '2026-01-01T00:00:00.000Z' })
        .execute();
      const r = await buildReport(other, RUS_2024);
      expect(value(r, 'participation.slots.linked')).toBe(0);
      expect(value(r, 'participation.upr-adoption.linked-speakers')).toBe(0);
    } finally {
      await other.close();
    }
  });
});

describe('participation section, mechanism edition', () => {
  it('gives slots per session and classification, points of order per State, clusters', async () => {
    const r = await buildReport(store, MECH_2024);
    expect(r.sections.map((s) => s.id)).toEqual(['participation']);
    expect(value(r, 'participation.session.HRC55.total')).toBe(14);
    expect(value(r, 'participation.session.HRC56.total')).toBe(4);
    // HRC55 and HRC56: the GONGO and the independent institute speak at each
    expect(value(r, 'participation.session.HRC55.gongo')).toBe(1);
    expect(value(r, 'participation.session.HRC55.independent')).toBe(1);
    expect(value(r, 'participation.slots.gongo')).toBe(2);
    expect(figures(r).get('participation.slots.gongo')!.previous?.value).toBe(1);
    expect(value(r, 'participation.points-of-order.total')).toBe(2);
    expect(value(r, 'participation.points-of-order.CHN')).toBe(2);
    expect(value(r, 'participation.clusters.HRC55')).toBe(1);
    const sessions = sectionOf(r).tables.find((t) => t.id === 'participation.sessions')!;
    // HRC55: 14 slots = 1 GONGO + 0 state-linked + 1 independent + 12 unclassified
    expect(sessions.rows[0]).toEqual(['HRC55', 14, 1, 0, 1, 12]);
    expect(sectionOf(r).charts).toHaveLength(1);
  });
});

function expectEvidence(f: Figure) {
  if (f.value !== null && f.value !== 0) expect(f.evidence.records.length, f.id).toBeGreaterThan(0);
  for (const x of f.evidence.records) {
    expect(x.symbol ?? x.fileName ?? x.url, f.id).toBeTruthy();
    expect(x.line, f.id).toBeGreaterThan(0);
  }
  expect(f.command, f.id).toMatch(/^groundpass participation .* --json$/);
}

describe('every figure', () => {
  it('has its records, located by document and line', async () => {
    for (const options of [RUS_2024, CHN_2024, MECH_2024]) {
      const s = sectionOf(await buildReport(store, options));
      expect(s.figures.length).toBeGreaterThan(0);
      s.figures.forEach(expectEvidence);
    }
  });

  describe.skipIf(!JQ)(skipName('equals its own command’s --json', !JQ && JQ_SKIP_REASON), () => {
    it.each([
      ['RUS 2024', RUS_2024],
      ['CHN 2024', CHN_2024],
      ['RUS 2023', { edition: 'state', state: 'RUS', year: 2023 } as ReportOptions],
      ['mechanism 2024', MECH_2024],
      ['mechanism 2023', { ...MECH_2024, year: 2023 } as ReportOptions],
    ])('%s', async (_name, options) => {
      const r = await buildReport(store, options);
      // each figure, and the previous year's value as the same command for the year before
      // where it has one
      const figures = sectionOf(r).figures;
      const queries = figures.flatMap((f) => [
        f,
        ...(f.previous?.value != null && f.command.includes(`--year ${options.year}`)
          ? [
              {
                command: f.command.replace(`--year ${options.year}`, `--year ${options.year - 1}`),
                jq: f.jq,
              },
            ]
          : []),
      ]);
      const values = await figuresFromCommands(queries, dbFile);
      let next = 0;
      for (const f of figures) {
        const fromCommand = values[next++];
        expect(
          sameFigure(f.value, fromCommand),
          `${f.id}: ${f.value} vs ${fromCommand} (${f.command} | jq '${f.jq}')`,
        ).toBe(true);
        if (f.previous?.value != null && f.command.includes(`--year ${options.year}`)) {
          const before = values[next++];
          expect(sameFigure(f.previous.value, before), `${f.id} previous`).toBe(true);
        }
      }
    });
  });
});

describe('rendering', () => {
  it('leaves no English interface text in the Chinese edition', async () => {
    const phrases = interfacePhrases([REPORT_MESSAGES.en, PARTICIPATION_MESSAGES.en]);
    for (const options of [RUS_2024, MECH_2024]) {
      const r = await buildReport(store, options);
      const zh = visibleText(renderReportHtml(r, 'zh'));
      for (const phrase of phrases) expect(zh, phrase).not.toContain(phrase);
      expect(zh).toContain(PARTICIPATION_MESSAGES.zh.title);
      // the check is not empty: the English edition shows the section's phrases
      const en = visibleText(renderReportHtml(r, 'en'));
      const own = interfacePhrases([PARTICIPATION_MESSAGES.en]);
      expect(own.filter((p) => en.includes(p)).length).toBeGreaterThan(5);
    }
  });

  it('is deterministic: byte-identical JSON and HTML for the same data', async () => {
    const a = await buildReport(store, RUS_2024);
    const b = await buildReport(store, RUS_2024);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(renderReportHtml(b, 'zh')).toBe(renderReportHtml(a, 'zh'));
  });

  it('says so when the year holds no Council participation', async () => {
    const r = await buildReport(store, { edition: 'state', state: 'RUS', year: 2019 });
    const s = sectionOf(r);
    expect(s.status).toBe('no-data');
    expect(s.noData?.en).toContain('2019');
    expect(renderReportHtml(r, 'en')).toContain(s.noData!.en);
    const empty = await openStore({ target: ':memory:' });
    try {
      expect(sectionOf(await buildReport(empty, MECH_2024)).status).toBe('no-data');
    } finally {
      await empty.close();
    }
  });
});

describe.each(STORE_KINDS)('on $name', (kind) => {
  describe.skipIf(kind.skip)(skipName('the same section as on SQLite', kind.skip), () => {
    it('gives byte-identical JSON for the same documents', async () => {
      const other = await kind.open();
      const keys = mkdtempSync(path.join(tmpdir(), 'gp-report-participation-keys-'));
      try {
        await loadSample(other, keys);
        for (const options of [RUS_2024, MECH_2024]) {
          const a = sectionOf(await buildReport(store, options));
          const b = sectionOf(await buildReport(other, options));
          expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        }
      } finally {
        await other.close();
        rmSync(keys, { recursive: true, force: true });
      }
    }, 120_000);
  });
});
