import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { VotingText } from '../../domain/hrc-votes.js';
import { SHARED_DATA_SKIP_REASON, sharedPath } from '../../../test/shared-data.js';
import { parseOhchrResolutions } from './ohchr-resolutions.js';
import { readDraftNote } from './draft-note.js';

const sample = readFileSync(new URL('./fixtures/resolutions-sample.csv', import.meta.url), 'utf8');

describe('parseOhchrResolutions (fixture)', () => {
  const { value, problems } = parseOhchrResolutions('resolutions-sample.csv', sample);
  const bySymbol = (s: string): VotingText => value.find((t) => t.symbol === s)!;

  it('reads every row, valid against the schema, with file lines', () => {
    expect(problems).toEqual([]);
    expect(value).toHaveLength(7);
    for (const t of value) VotingText.parse(t);
    expect(value.map((t) => t.locator.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  it('reads a recorded resolution: session, counts, sponsors, theme, draft', () => {
    const r = bySymbol('A/HRC/RES/32/31');
    expect(r).toMatchObject({
      sourceKey: 'ohchr:27240',
      body: 'HRC',
      session: 'HRC32',
      kind: 'resolution',
      outcome: 'adopted',
      recorded: true,
      officialCounts: { yes: 31, no: 7, abstain: 9 },
      draftSymbol: 'A/HRC/32/L.29',
      amendsSymbol: null,
      agendaItem: '3',
      targets: [],
    });
    expect(r.sponsorStates).toEqual(['CHL', 'IRL', 'JPN', 'SLE', 'TUN']);
    expect(r.themes.map((t) => t.theme)).toEqual(['civil-society-space']);
  });

  it('links an amendment to the draft it amends and reads its rejection from the note', () => {
    expect(bySymbol('A/HRC/32/L.54')).toMatchObject({
      kind: 'amendment',
      outcome: 'rejected',
      amendsSymbol: 'A/HRC/32/L.29',
      draftSymbol: null,
      sponsorStates: ['RUS'],
    });
    // short form "to draft resolution L.41" is completed with the session
    expect(bySymbol('A/HRC/37/L.60')).toMatchObject({
      outcome: 'withdrawn',
      amendsSymbol: 'A/HRC/37/L.41',
      officialCounts: null,
      sponsors: ['Pakistan (on behalf of the Organization of Islamic Cooperation, except Albania)'],
      sponsorStates: ['PAK'],
    });
  });

  it('reads special sessions, rejected drafts, CHR sessions and targets', () => {
    const s39 = bySymbol('A/HRC/RES/S-39/1');
    expect(s39.session).toBe('HRC-S39');
    expect(s39.officialCounts).toEqual({ yes: 25, no: 7, abstain: 14 });
    expect(s39.targets).toEqual([
      { state: 'IRN', ruleId: 'title-state', matched: 'in the Islamic Republic of Iran' },
    ]);
    expect(bySymbol('A/HRC/59/L.1/Rev.1')).toMatchObject({ kind: 'draft', outcome: 'rejected' });
    expect(bySymbol('A/HRC/59/L.1/Rev.1').targets.map((t) => t.state)).toEqual(['ERI']);
    expect(bySymbol('E/CN.4/RES/2005/1')).toMatchObject({
      body: 'CHR',
      session: 'CHR61',
      outcome: 'adopted',
      recorded: false,
      officialCounts: null,
    });
    // a UPR outcome names the state reviewed but is not a country-situation text
    expect(bySymbol('A/HRC/DEC/24/109')).toMatchObject({ kind: 'decision', targets: [] });
  });

  it('rejects a file without the columns, and never throws on rubbish', () => {
    const r = parseOhchrResolutions('x.csv', 'a,b\n1,2\n');
    expect(r.value).toEqual([]);
    expect(r.problems[0]).toMatchObject({
      severity: 'fatal',
      code: 'missing-columns',
      file: 'x.csv',
    });
    expect(parseOhchrResolutions('e.csv', '').problems[0]!.severity).toBe('fatal');
  });
});

describe('readDraftNote', () => {
  it('reads the three printed forms of an amendment note', () => {
    expect(
      readDraftNote(
        'Amendment to A/HRC/39/L.20 A/HRC/39/L.27 Russian Federation Rejected by a recorded vote (9 to 24, with 14 abstentions)',
        'A/HRC/39/L.27',
      ),
    ).toMatchObject({
      isAmendment: true,
      draft: 'A/HRC/39/L.27',
      amends: 'A/HRC/39/L.20',
      outcome: 'rejected',
    });
    expect(
      readDraftNote('Draft resolution A/HRC/9//L.9 as amended', 'A/HRC/RES/9/1'),
    ).toMatchObject({
      isAmendment: false,
      isDraft: true,
      draft: 'A/HRC/9/L.9',
    });
    expect(
      readDraftNote(
        'Amendment A/HRC/26/L.37 to draft resolution A/HRC/26/L.20/Rev.1 No action by vote',
        'A/HRC/26/L.37',
      ),
    ).toMatchObject({ amends: 'A/HRC/26/L.20/Rev.1', outcome: 'not-considered' });
  });
});

const resolutionsPath = sharedPath('hrc-voting', 'resolutions.csv.gz');

describe.skipIf(!resolutionsPath)(
  `resolutions.csv.gz (real data; ${SHARED_DATA_SKIP_REASON})`,
  () => {
    const text = resolutionsPath ? gunzipSync(readFileSync(resolutionsPath)).toString('utf8') : '';
    const { value, problems } = parseOhchrResolutions('resolutions.csv', text);

    it('reads all 6,346 texts (CHR 3,082, HRC 3,264) without problems', () => {
      expect(problems).toEqual([]);
      expect(value).toHaveLength(6346);
      expect(value.filter((t) => t.body === 'CHR')).toHaveLength(3082);
      expect(value.filter((t) => t.body === 'HRC')).toHaveLength(3264);
      expect(value.filter((t) => t.recorded)).toHaveLength(1714); // 1,713 RECORDED + 1 closed meeting
      expect(value.every((t) => t.session !== null)).toBe(true);
    });

    it('A/HRC/RES/S-39/1 carries the official 25/7/14', () => {
      const t = value.find((x) => x.symbol === 'A/HRC/RES/S-39/1')!;
      expect(t.officialCounts).toEqual({ yes: 25, no: 7, abstain: 14 });
    });

    it('links the hostile amendments to the civil society and reprisals drafts', () => {
      const amends = (from: number, to: number, session: number): Set<string | null> =>
        new Set(
          value
            .filter((t) => t.kind === 'amendment')
            .filter((t) => {
              const m = new RegExp(`^A/HRC/${session}/L\\.(\\d+)$`).exec(t.symbol ?? '');
              return m !== null && Number(m[1]) >= from && Number(m[1]) <= to;
            })
            .map((t) => t.amendsSymbol),
        );
      expect(amends(52, 65, 32)).toEqual(new Set(['A/HRC/32/L.29']));
      expect(amends(43, 61, 36)).toEqual(new Set(['A/HRC/36/L.26/Rev.1']));
      const civil = value.find((t) => t.symbol === 'A/HRC/RES/32/31')!;
      expect(civil.draftSymbol).toBe('A/HRC/32/L.29');
      const reprisals = value.find((t) => t.symbol === 'A/HRC/RES/36/21')!;
      expect(reprisals.themes.map((t) => t.theme)).toContain('reprisals');
      expect(reprisals.draftSymbol).toBe('A/HRC/36/L.26/Rev.1');
    });

    it('links every amendment to a draft symbol', () => {
      const amendments = value.filter((t) => t.kind === 'amendment');
      expect(amendments).toHaveLength(730);
      expect(amendments.filter((t) => t.amendsSymbol !== null)).toHaveLength(730);
    });
  },
);
