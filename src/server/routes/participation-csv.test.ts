import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../sources/common/csv.js';
import { importParticipationPaths } from '../../store/hrc-participation/import-files.js';
import { openStore, type Store } from '../../store/open-store.js';
import { buildApp } from '../app.js';
import { STORE_KINDS } from '../../../test/stores.js';
import { openSampleStore } from '../../../test/sample-store.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../sources/hrc-participation/fixtures');

type Row = Record<string, string>;

/** A CSV answer read back: BOM checked and dropped, one object per row keyed by the header. */
function parse(body: string): Row[] {
  expect(body.charCodeAt(0)).toBe(0xfeff);
  const table = readCsv(body.slice(1), { file: 'answer.csv' });
  expect(table.problems).toEqual([]);
  const { header, rows } = table.value;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r.cells[i] ?? ''])));
}

const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));
const idList = (v: string | undefined) => (!v ? [] : v.split(' ').map(Number));

interface Evidence {
  kind: string;
  ids: number[];
}
const idsOf = (evidence: Evidence[], kind: string) =>
  evidence.filter((e) => e.kind === kind).flatMap((e) => e.ids);

/*
 * The participation CSV downloads (share, points of order, UPR adoption) against the JSON
 * figures they flatten, on the parser fixtures (invented texts in the UN's forms): every JSON row
 * is one CSV row with the same numbers and evidence ids, and the places cited are the fixture
 * documents' lines.
 */
describe('participation CSV downloads', () => {
  let store: Store;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await openStore({ target: ':memory:' });
    await importParticipationPaths(store, [FIXTURES]);
    app = await buildApp({ store });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });
  const json = async (url: string) => (await app.inject({ method: 'GET', url })).json();
  const csv = async (url: string) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    return { rows: parse(res.body), disposition: String(res.headers['content-disposition']) };
  };

  for (const query of ['session=HRC52', 'session=HRC55&baseYear=2018', ''])
    it(`share.csv?${query} holds the JSON figure row for row`, async () => {
      const figure = await json(`/api/v1/participation/share?${query}`);
      const { rows } = await csv(`/api/v1/participation/share.csv?${query}`);
      const byFigure = (name: string) => rows.filter((r) => r.figure === name);
      const total = byFigure('total');
      expect(total).toHaveLength(1);
      expect(num(total[0]!.slots)).toBe(figure.totalSlots);
      expect(num(total[0]!.named_slots)).toBe(figure.namedSlots);
      expect(num(total[0]!.unnamed_slots)).toBe(figure.unnamedSlots);
      expect(idList(total[0]!.statement_ids)).toEqual(idsOf(figure.evidence, 'hrc-statement'));
      expect(idList(total[0]!.tally_ids)).toEqual(idsOf(figure.evidence, 'hrc-speaker-tally'));

      const items = byFigure('item');
      expect(items).toHaveLength(figure.byItem.length);
      figure.byItem.forEach(
        (
          item: {
            agendaItem: string | null;
            debate: string | null;
            slots: number;
            namedSlots: number;
            unnamedSlots: number;
            evidence: Evidence[];
          },
          i: number,
        ) => {
          expect(items[i]!.agenda_item).toBe(item.agendaItem ?? '');
          expect(items[i]!.debate).toBe(item.debate ?? '');
          expect(num(items[i]!.slots)).toBe(item.slots);
          expect(num(items[i]!.named_slots)).toBe(item.namedSlots);
          expect(num(items[i]!.unnamed_slots)).toBe(item.unnamedSlots);
          expect(idList(items[i]!.statement_ids)).toEqual(idsOf(item.evidence, 'hrc-statement'));
          expect(idList(items[i]!.tally_ids)).toEqual(idsOf(item.evidence, 'hrc-speaker-tally'));
        },
      );

      for (const [name, list] of [
        ['organization', figure.byOrganization],
        ['classification', figure.byClassification ?? []],
        ['linked_state', figure.byLinkedState ?? []],
      ] as const) {
        const got = byFigure(name);
        expect(got, name).toHaveLength(list.length);
        list.forEach(
          (
            r: { key: string; label: string; slots: number; share: number; evidence: Evidence[] },
            i: number,
          ) => {
            expect(got[i]!.key).toBe(r.key);
            expect(got[i]!.label).toBe(r.label);
            expect(num(got[i]!.slots)).toBe(r.slots);
            expect(num(got[i]!.share)).toBe(r.share);
            expect(idList(got[i]!.statement_ids)).toEqual(idsOf(r.evidence, 'hrc-statement'));
          },
        );
      }

      const years = byFigure('year');
      expect(years).toHaveLength(figure.growth.years.length);
      figure.growth.years.forEach(
        (
          y: { year: number; slots: number; ratio: number | null; evidence: Evidence[] },
          i: number,
        ) => {
          expect(num(years[i]!.year)).toBe(y.year);
          expect(num(years[i]!.slots)).toBe(y.slots);
          expect(num(years[i]!.ratio)).toBe(y.ratio);
          expect(num(years[i]!.base_year)).toBe(figure.growth.baseYear);
          expect(idList(years[i]!.statement_ids)).toEqual(idsOf(y.evidence, 'hrc-statement'));
        },
      );
      // every row cites where its statements are printed
      for (const r of rows) if (r.statement_ids !== '') expect(r.sources, r.figure).not.toBe('');
    });

  it('share.csv cites each slot’s document and line', async () => {
    const { rows, disposition } = await csv('/api/v1/participation/share.csv?session=hrc52');
    expect(disposition).toBe('attachment; filename="participation-share-HRC52.csv"');
    // session-report-excerpt.txt, line 15: "(c) Observers for non-governmental organizations:
    // Amber Coast Human Rights Network, Fellowship of Quiet Rivers, …"
    const fellowship = rows.find(
      (r) => r.figure === 'organization' && r.label === 'Fellowship of Quiet Rivers',
    );
    expect(fellowship!.sources).toBe('session-report-excerpt.txt:15');
    expect(num(fellowship!.slots)).toBe(1);
  });

  it('points-of-order.csv: one row per point of order, as the JSON lists them', async () => {
    const figure = await json('/api/v1/participation/points-of-order?state=CHN');
    const { rows, disposition } = await csv('/api/v1/participation/points-of-order.csv?state=CHN');
    expect(disposition).toBe('attachment; filename="participation-points-of-order-CHN.csv"');
    expect(rows).toHaveLength(figure.total);
    expect(rows).toHaveLength(figure.items.length);
    figure.items.forEach(
      (
        item: {
          id: number;
          session: string | null;
          raisedBy: string | null;
          targetSpeaker: string | null;
          targetOrganization: string | null;
          outcome: string;
          alsoIn: number[];
          citation: { file: string; line: number; symbol: string | null; passage: string };
        },
        i: number,
      ) => {
        const r = rows[i]!;
        expect(num(r.id)).toBe(item.id);
        expect(r.session).toBe(item.session ?? '');
        expect(r.raised_by).toBe(item.raisedBy ?? '');
        expect(r.target_speaker).toBe(item.targetSpeaker ?? '');
        expect(r.target_organization).toBe(item.targetOrganization ?? '');
        expect(r.outcome).toBe(item.outcome);
        expect(r.document).toBe(item.citation.file);
        expect(r.symbol).toBe(item.citation.symbol ?? '');
        expect(num(r.line)).toBe(item.citation.line);
        expect(r.passage).toBe(item.citation.passage);
        expect(idList(r.also_in)).toEqual(item.alsoIn);
        expect(r.raised_by).toBe('CHN');
      },
    );
  });

  it('upr-adoption.csv: one row per speaker per adoption, each with where it spoke', async () => {
    const figure = await json('/api/v1/participation/upr-adoption?state=CHN');
    const { rows, disposition } = await csv('/api/v1/participation/upr-adoption.csv?state=China');
    expect(disposition).toBe('attachment; filename="participation-upr-adoption-CHN.csv"');
    const speakers = figure.adoptions.flatMap(
      (a: { session: string; speakers: { speaker: string; statementIds: number[] }[] }) =>
        a.speakers.map((s) => ({ session: a.session, ...s })),
    );
    expect(rows.map((r) => [r.session, r.speaker, idList(r.statement_ids)])).toEqual(
      speakers.map((s: { session: string; speaker: string; statementIds: number[] }) => [
        s.session,
        s.speaker,
        s.statementIds,
      ]),
    );
    // press-upr-adoption-hrc56.txt, line 12: "Speaking in the discussion on the outcome of the
    // review of China were the following non-governmental organizations: …; Harbour Rights Watch; …"
    const harbour = rows.find((r) => r.speaker === 'Harbour Rights Watch');
    expect(harbour).toMatchObject({ state: 'CHN', session: 'HRC56', speaker_kind: 'ngo' });
    expect(harbour!.sources).toBe('press-upr-adoption-hrc56.txt:12');
  });

  it('leaves the byte-order mark out with bom=false and refuses a bad parameter', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/participation/share.csv?session=HRC52&bom=false',
    });
    expect(res.body.charCodeAt(0)).not.toBe(0xfeff);
    expect(res.body.startsWith('figure,session,key,label,')).toBe(true);
    const bad = await app.inject({
      method: 'GET',
      url: '/api/v1/participation/share.csv?session=x',
    });
    expect(bad.statusCode).toBe(400);
    const missing = await app.inject({
      method: 'GET',
      url: '/api/v1/participation/upr-adoption.csv',
    });
    expect(missing.statusCode).toBe(400);
  });
});

/* The parser fixtures hold no near-duplicate statements; the sample dataset (demo/) holds one
   cluster at HRC55 (three organisations' statements in one transcript). */
describe('participation clusters CSV (sample dataset)', () => {
  let store: Store;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await openSampleStore(STORE_KINDS[0]!);
    app = await buildApp({ store });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });
  const jsonOf = async (url: string) => (await app.inject({ method: 'GET', url })).json();
  const csvOf = async (url: string) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    return { rows: parse(res.body), disposition: String(res.headers['content-disposition']) };
  };

  it('clusters.csv: one row per member of each cluster, with its source and shared passages', async () => {
    const view = await jsonOf('/api/v1/participation/clusters?session=HRC55');
    expect(view.clusters.length).toBeGreaterThan(0);
    const { rows, disposition } = await csvOf('/api/v1/participation/clusters.csv?session=HRC55');
    expect(disposition).toBe('attachment; filename="participation-clusters-HRC55.csv"');
    const members = view.clusters.flatMap(
      (
        c: {
          members: { id: string; organization: string }[];
          passages: { text: string; memberIds: string[] }[];
        },
        i: number,
      ) =>
        c.members.map((m) => [
          String(i + 1),
          m.id,
          m.organization,
          view.members[m.id].sourceFile,
          String(view.members[m.id].line),
          c.passages
            .filter((p) => p.memberIds.includes(m.id))
            .map((p) => p.text)
            .join(' | '),
          view.members[m.id].text,
        ]),
    );
    expect(
      rows.map((r) => [
        r.cluster,
        r.statement_id,
        r.organization,
        r.document,
        r.line,
        r.shared_passages,
        r.text,
      ]),
    ).toEqual(members);
    for (const r of rows) expect(r.shared_passages).not.toBe('');
  });
});
