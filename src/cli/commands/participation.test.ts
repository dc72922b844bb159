import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../sources/hrc-participation/fixtures');

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), env: {} });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('groundpass participation', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'groundpass-part-cli-'));
    db = path.join(dir, 'gp.db');
    const r = await run(['import', 'hrc-participation', FIXTURES, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('5 imported');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('share --session HRC52 --json: slots per item and organisation, each with evidence', async () => {
    const r = await run(['participation', 'share', '--session', 'HRC52', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const f = JSON.parse(r.out) as {
      session: string;
      totalSlots: number;
      byItem: { agendaItem: string; slots: number; evidence: { ids: number[] }[] }[];
      byOrganization: { label: string; slots: number; share: number }[];
      byClassification: unknown;
    };
    // the report names 6 NGOs under item 4, the transcript one more (two turns, one slot)
    expect(f.session).toBe('HRC52');
    expect(f.totalSlots).toBe(7);
    expect(f.byItem).toHaveLength(1);
    expect(f.byItem[0]!.agendaItem).toBe('4');
    expect(f.byItem[0]!.evidence[0]!.ids).toHaveLength(8);
    expect(f.byOrganization.find((o) => o.label === 'Lantern Freedom Alliance')!.share).toBeCloseTo(
      1 / 7,
    );
    // no organisation is in the registry: no classification is made up
    expect(f.byClassification).toBeNull();
  });

  it('share counts NGOs a summary gives only as a number', async () => {
    const r = await run(['participation', 'share', '--session', 'hrc55', '--json', '--db', db]);
    const f = JSON.parse(r.out) as { namedSlots: number; unnamedSlots: number };
    // 11 NGOs named in the summary and 1 in the text transcript (another debate);
    // "75 non-governmental organizations" in the general debate, where the same summary named 2
    // (Quiet Valley Trust, Morning Dew Association): 73 more
    expect(f.namedSlots).toBe(12);
    expect(f.unnamedSlots).toBe(73);
  });

  it('points-of-order --state CHN --json: per year, targets and citations', async () => {
    const r = await run([
      'participation',
      'points-of-order',
      '--state',
      'CHN',
      '--json',
      '--db',
      db,
    ]);
    expect(r.code).toBe(0);
    const f = JSON.parse(r.out) as {
      total: number;
      byYear: { year: number; count: number }[];
      items: { targetOrganization: string; citation: { file: string; line: number } }[];
    };
    // two against Harbour Rights Watch at HRC55, on 20 and 14 March: two meetings, two events;
    // at HRC52 two documents name different targets: two events
    expect(f.total).toBe(4);
    expect(f.byYear).toEqual([
      expect.objectContaining({ year: 2023, count: 2 }),
      expect.objectContaining({ year: 2024, count: 2 }),
    ]);
    expect(f.items.map((i) => `${i.citation.file}:${i.citation.line}`)).toEqual([
      'press-summary-hrc55.txt:16',
      'session-report-excerpt.txt:18',
      'text-transcript-hrc55.txt:13',
      'webtv-hrc52-item4.json:16',
    ]);
  });

  it('refuses a malformed session and an unknown State (exit 2)', async () => {
    expect((await run(['participation', 'share', '--session', 'session 5', '--db', db])).code).toBe(
      2,
    );
    expect(
      (await run(['participation', 'points-of-order', '--state', 'Atlantis', '--db', db])).code,
    ).toBe(2);
  });

  it('upr-adoption --state China --json: the speakers at China’s adoption, not Mexico’s', async () => {
    const r = await run([
      'participation',
      'upr-adoption',
      '--state',
      'China',
      '--json',
      '--db',
      db,
    ]);
    expect(r.code).toBe(0);
    const f = JSON.parse(r.out) as {
      state: string;
      adoptions: { session: string; ngoSpeakers: number; speakers: { speaker: string }[] }[];
    };
    // fixtures/press-upr-adoption-hrc56.txt, line 12
    expect(f.state).toBe('CHN');
    expect(f.adoptions.map((a) => [a.session, a.ngoSpeakers])).toEqual([['HRC56', 3]]);
    expect(f.adoptions[0]!.speakers.map((s) => s.speaker)).toEqual([
      'Friends of the Lantern Society',
      'Harbour Rights Watch',
      'Quiet Valley Trust',
    ]);
  });

  it('points-of-order --year: only that year’s', async () => {
    const all = JSON.parse(
      (await run(['participation', 'points-of-order', '--json', '--db', db])).out,
    ) as { byYear: { year: number; count: number }[] };
    for (const { year, count } of all.byYear) {
      const r = await run([
        'participation',
        'points-of-order',
        '--year',
        String(year),
        '--json',
        '--db',
        db,
      ]);
      expect((JSON.parse(r.out) as { total: number }).total).toBe(count);
    }
  });

  it('share, points-of-order and upr-adoption --csv: the --json figures, row for row, with sources', async () => {
    const { readCsv } = await import('../../sources/common/csv.js');
    const table = (out: string) => {
      expect(out.charCodeAt(0)).toBe(0xfeff);
      const { header, rows } = readCsv(out.slice(1)).value;
      return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r.cells[i] ?? ''])));
    };
    const both = async (...argv: string[]) => {
      const json = await run(['participation', ...argv, '--json', '--db', db]);
      const csv = await run(['participation', ...argv, '--csv', '--db', db]);
      expect(csv.code).toBe(0);
      return { figure: JSON.parse(json.out) as unknown, rows: table(csv.out) };
    };

    const share = await both('share', '--session', 'HRC52');
    const f = share.figure as {
      totalSlots: number;
      byOrganization: { label: string; slots: number; share: number }[];
    };
    expect(share.rows.find((r) => r.figure === 'total')!.slots).toBe(String(f.totalSlots));
    const orgs = share.rows.filter((r) => r.figure === 'organization');
    expect(orgs.map((r) => [r.label, Number(r.slots), Number(r.share)])).toEqual(
      f.byOrganization.map((o) => [o.label, o.slots, o.share]),
    );
    // session-report-excerpt.txt line 15 names Fellowship of Quiet Rivers
    expect(orgs.find((r) => r.label === 'Fellowship of Quiet Rivers')!.sources).toBe(
      'session-report-excerpt.txt:15',
    );

    const points = await both('points-of-order', '--state', 'CHN');
    const p = points.figure as {
      items: { id: number; citation: { file: string; line: number } }[];
    };
    expect(points.rows.map((r) => [Number(r.id), r.document, Number(r.line)])).toEqual(
      p.items.map((i) => [i.id, i.citation.file, i.citation.line]),
    );

    const upr = await both('upr-adoption', '--state', 'CHN');
    const u = upr.figure as { adoptions: { speakers: { speaker: string }[] }[] };
    expect(upr.rows.map((r) => r.speaker)).toEqual(
      u.adoptions.flatMap((a) => a.speakers.map((s) => s.speaker)),
    );
    // press-upr-adoption-hrc56.txt line 12: the NGOs at China's adoption
    expect(upr.rows.find((r) => r.speaker === 'Quiet Valley Trust')!.sources).toBe(
      'press-upr-adoption-hrc56.txt:12',
    );
  });
});
