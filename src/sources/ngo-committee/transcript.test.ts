import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA_SKIP_REASON, sharedPath } from '../../../test/shared-data.js';
import { skipName } from '../../../test/skip.js';
import { detectTranscript, parseMeetingTranscript } from './transcript.js';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/transcripts/${name}`, import.meta.url), 'utf8');
const brief = (qs: { state: string; organization: string | null }[]) =>
  qs.map((q) => `${q.state} → ${q.organization}`);

describe('UN Web TV transcript JSON', () => {
  const text = fixture('webtv-5th-meeting.json');
  const { value: t, problems } = parseMeetingTranscript(text, { file: 'x.json' });

  it('is detected as the JSON form', () => {
    expect(detectTranscript(text)).toBe('webtv-json');
    expect(t.form).toBe('webtv-json');
    expect(t.meta.date).toBe('2026-01-23');
    expect(t.slug).toBe('meeting/k1abc2def3');
  });

  it('gives every turn its speaker: mapping, else the Chair’s words before it', () => {
    expect(t.turns.map((x) => x.speaker.state ?? x.speaker.kind)).toEqual([
      'chair',
      'USA',
      'chair',
      'CUB',
      'chair',
      'CHN',
      'secretariat',
      'chair',
      'IND',
      'unknown',
      'chair',
    ]);
    expect(t.turns[3]!.speaker.by).toBe('chair-words');
    expect(t.turns[1]!.speaker.by).toBe('speaker-mapping');
  });

  it('attributes every question to the right State and application', () => {
    expect(brief(t.questions)).toEqual([
      'USA → Global Energy Interconnection Development and Cooperation Organization',
      'USA → Global Energy Interconnection Development and Cooperation Organization',
      'CUB → Global Energy Interconnection Development and Cooperation Organization',
      'CHN → Hope Alliance for Tibet',
      'IND → Hope Alliance for Tibet',
    ]);
    expect(t.questions.every((q) => q.unofficial && q.origin === 'machine-transcript')).toBe(true);
  });

  it('gives each question its moment and a link to it', () => {
    expect(t.questions[0]!.time).toBe('00:12:38');
    expect(t.questions[3]!.time).toBe('01:02:07');
    expect(t.questions[3]!.link).toBe('https://webtv.un.org/en/asset/1_abc2def3?t=3727');
    // the line of the file where the sentence's start is printed
    const lines = text.split('\n');
    expect(lines[t.questions[3]!.line - 1]).toContain('3727000');
  });

  it('lists a question it cannot give to a State, with why', () => {
    expect(t.unattributed).toHaveLength(1);
    expect(t.unattributed[0]!.why).toMatch(/XYZ.*not an ISO alpha-3/);
    expect(problems.some((p) => p.code === 'unattributed-question')).toBe(true);
  });

  it('rejects broken JSON with a reason, never throws', () => {
    const r = parseMeetingTranscript('{"transcript": {"statements": [ {"start": ', {
      file: 'b.json',
    });
    expect(r.problems[0]).toMatchObject({ severity: 'fatal', code: 'bad-transcript-json' });
    const s = parseMeetingTranscript('{"transcript": {"statements": [{"start": -1}]}}');
    expect(s.problems[0]!.severity).toBe('fatal');
  });
});

describe('plain-text copy (speaker known only from the Chair’s words)', () => {
  const text = fixture('diplodesk-style-20th-meeting.txt');
  const { value: t } = parseMeetingTranscript(text);

  it('is detected as the text form', () => {
    expect(detectTranscript(text)).toBe('text');
  });

  it('attributes every question to the right State and application', () => {
    expect(brief(t.questions)).toEqual([
      'GBR → Global Voices for Minority Rights',
      'CHN → Global Voices for Minority Rights',
      'CHN → Global Voices for Minority Rights',
      'PAK → Global Voices for Minority Rights',
      'RUS → Friends of the Steppe Foundation',
    ]);
    expect(t.questions.map((q) => q.time)).toEqual([null, null, null, null, null]);
    const lines = text.split('\n');
    expect(lines[t.questions[3]!.line - 1]).toMatch(/^Why does the organization's report/);
  });

  it('finds the turns of States, the Secretariat and the Chair', () => {
    const states = t.turns.filter((x) => x.speaker.kind === 'state').map((x) => x.speaker.state);
    expect(states).toEqual(['GBR', 'CHN', 'PAK', 'RUS', 'USA']);
    expect(t.turns.some((x) => x.speaker.kind === 'secretariat')).toBe(true);
    expect(t.applications.map((a) => a.organization)).toEqual([
      'Global Voices for Minority Rights',
      'Friends of the Steppe Foundation',
    ]);
  });

  it('lists the question of a speaker the Chair named by no state name', () => {
    expect(t.unattributed).toHaveLength(1);
    expect(t.unattributed[0]!.why).toMatch(/"Atlantis", which is not a state name/);
  });
});

describe('UN Web TV meeting summary', () => {
  const text = fixture('webtv-summary-style-2019.txt');
  const { value: t } = parseMeetingTranscript(text);

  it('reads who spoke and who asked the named organisation', () => {
    expect(detectTranscript(text)).toBe('webtv-summary');
    expect(t.turns.map((x) => x.speaker.state ?? x.speaker.kind)).toEqual([
      'CUB',
      'USA',
      'TTO',
      'IRN',
      'unknown',
      'IND',
      'secretariat',
    ]);
    expect(brief(t.questions)).toEqual([
      'IND → Centre for Human Rights Dialogue',
      'USA → Centre for Human Rights Dialogue',
      'TTO → Centre for Human Rights Dialogue',
    ]);
    expect(t.questions.every((q) => q.origin === 'webtv-summary' && q.unofficial)).toBe(true);
  });
});

describe('not a transcript', () => {
  it('leaves press releases to their own parser', () => {
    const press = readFileSync(
      new URL('./fixtures/regular-session-2016.txt', import.meta.url),
      'utf8',
    );
    expect(detectTranscript(press)).toBeNull();
  });
});

const REAL = sharedPath('un-texts', 'other') ?? '';
const realDiplodesk = `${REAL}/diplodesk-ngo-committee-2026-resumed-18th-meeting-transcript.txt`;
const realSummary = `${REAL}/webtv-ngo-committee-2019-resumed-26th-meeting.txt`;
const realAbsent = !REAL || !existsSync(realDiplodesk);
describe.skipIf(realAbsent)(
  skipName('real texts (shared/data/un-texts/other)', realAbsent && SHARED_DATA_SKIP_REASON),
  () => {
    it('the 2026 diplodesk copy: Chair then the United Kingdom, no question to an applicant', () => {
      const { value: t } = parseMeetingTranscript(readFileSync(realDiplodesk, 'utf8'));
      expect(t.form).toBe('text');
      expect(t.turns.map((x) => x.speaker.state ?? x.speaker.kind)).toEqual(['chair', 'GBR']);
      expect(t.applications.map((a) => a.organization)).toEqual([
        'Beijing Association for Static traffics',
      ]);
      expect(t.questions).toEqual([]);
    });

    it('the 2019 summary: 13 States spoke, 3 asked questions', () => {
      const { value: t } = parseMeetingTranscript(readFileSync(realSummary, 'utf8'));
      expect(t.form).toBe('webtv-summary');
      expect(t.turns.filter((x) => x.speaker.kind === 'state')).toHaveLength(13);
      expect(brief(t.questions)).toEqual([
        'USA → Global Energy Interconnection Development and Cooperation Organization',
        'MEX → Global Energy Interconnection Development and Cooperation Organization',
        'CUB → Global Energy Interconnection Development and Cooperation Organization',
      ]);
    });
  },
);
