import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countResponses } from '../../analysis/upr/stats.js';
import { parseWgAddendum } from './wg-addendum.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

describe('parseWgAddendum: refusals, numbers inside sentences, responses anywhere in an item', () => {
  const { value, problems } = parseWgAddendum(
    'A_HRC_41_7_Add.1.txt',
    readFileSync(path.join(FIXTURES, 'wg-addendum-sentences.txt'), 'utf8'),
  );
  const got = Object.fromEntries(value.map((v) => [v.paragraph, [v.response, v.line]]));

  it('reads every layout in the fixture, each paragraph with the file line that answers it', () => {
    // read by hand from the fixture: line 12 is "2. The following recommendations are not acceptable …"
    expect(got).toEqual({
      '100.1': ['rejected', 12],
      '100.2': ['rejected', 12],
      '100.3': ['rejected', 13],
      '100.4': ['rejected', 13],
      '100.5': ['rejected', 14],
      '100.6': ['supported', 15],
      '100.7': ['supported', 15],
      '100.8': ['supported', 16],
      '100.9': ['supported', 17],
      '100.10': ['supported', 17],
      '100.11': ['noted', 18],
      '100.12': ['noted', 18],
      '100.13': ['noted', 18],
      '100.14': ['rejected', 19],
      '100.15': ['partially', 20],
      '100.16': ['partially', 21],
      '100.17': ['supported', 22],
      '100.18': ['noted', 23],
      '100.19': ['supported', 24],
      '100.20': ['supported', 24],
      '100.21': ['noted', 24],
      '100.22': ['supported', 25],
    });
  });

  it('keeps the wording of a sentence that holds its own numbers', () => {
    expect(value.find((v) => v.paragraph === '100.10')?.responseRaw).toBe(
      'Recommendations 100.9 and 100.10 are accepted',
    );
    expect(value.find((v) => v.paragraph === '100.21')?.responseRaw).toBe('100.21 is noted');
    expect(value.find((v) => v.paragraph === '100.18')?.responseRaw).toBe('Noted');
  });

  it('warns about a sentence that gives two responses to the same numbers, and takes neither', () => {
    expect(problems.map((p) => [p.line, p.code, p.severity])).toEqual([
      [26, 'ambiguous-response', 'warning'],
    ]);
    expect(got['100.23']).toBeUndefined();
    expect(got['100.24']).toBeUndefined();
  });
});

describe('parseWgAddendum: 4th-cycle lists in running text (the layout of A/HRC/59/15/Add.1)', () => {
  const { value, problems } = parseWgAddendum(
    'A_HRC_99_15_Add.1.txt',
    readFileSync(path.join(FIXTURES, 'wg-addendum-4th-cycle-lists.txt'), 'utf8'),
  );
  const got = Object.fromEntries(value.map((v) => [v.paragraph, [v.response, v.line]]));
  const I = 'Accepted recommendations';
  const II =
    'Accepted recommendations that Ruritania considers already implemented or in the process of implementation';

  it('reads lists broken over lines, full stops for commas, ranges with bare numbers, each number at its line', () => {
    // read by hand from the fixture (file lines 19–22, 26–27 and 36)
    expect(got).toEqual({
      ...Object.fromEntries(['1', '2', '3'].map((n) => [`140.${n}`, ['supported', 19]])),
      ...Object.fromEntries(['4', '5', '6', '7', '8'].map((n) => [`140.${n}`, ['supported', 20]])),
      '140.9': ['supported', 21],
      '140.10': ['supported', 21],
      '140.11': ['supported', 22],
      '140.12': ['supported', 22],
      ...Object.fromEntries(
        ['13', '14', '15', '16', '18'].map((n) => [`140.${n}`, ['supported', 26]]),
      ),
      '140.19': ['supported', 27],
      '140.22': ['noted', 36],
      '140.23': ['noted', 36],
      '140.24': ['noted', 36],
    });
    expect(problems).toEqual([]);
  });

  it("keeps the state's own categories: the already-implemented ones apart within supported", () => {
    const raw = (p: string) => value.find((v) => v.paragraph === p)?.responseRaw;
    expect(raw('140.1')).toBe(I);
    expect(raw('140.13')).toBe(II);
    expect(raw('140.22')).toBe('Noted recommendations');
  });

  it('takes no position from the commentary under the lists ("140.13-16", "140.19, 21", "140.26", running text)', () => {
    for (const p of ['140.17', '140.20', '140.21', '140.25', '140.26'])
      expect(got[p], p).toBeUndefined();
  });
});

describe("parseWgAddendum: answers in the words of China's 4th-cycle response (A/HRC/56/6/Add.1 layout)", () => {
  // An invented addendum in that layout: 428 paragraphs, each restated with its recommending
  // State and answered "Accepted", "Accepted and being implemented", "Accepted and already
  // implemented", "Partially accepted", "Noted" or "Rejected" (with an explanation). Counted with
  // grep -cF "). Accepted." etc. on the fixture: 100 + 120 + 70 accepted, 8 partially, 32 noted, 98 rejected.
  const { value, problems } = parseWgAddendum(
    'A_HRC_99_6_Add.1.txt',
    readFileSync(path.join(FIXTURES, 'wg-addendum-4th-cycle-items.txt'), 'utf8'),
  );

  it('gives 428 = 290 accepted / 8 partially / 32 noted / 98 rejected, noted and rejected apart', () => {
    expect(problems).toEqual([]);
    expect(value).toHaveLength(428);
    const c = countResponses(value);
    expect([c.total, c.supported, c.partially, c.noted, c.rejected, c.pending]).toEqual([
      428, 290, 8, 32, 98, 0,
    ]);
    // not accepted = noted + rejected, as a share of the answered ones
    expect(c.notAccepted).toBe(130);
    expect((c.notedOrRejectedRate * 100).toFixed(1)).toBe('30.4');
  });

  it('keeps each wording as the raw response (already implemented, being implemented apart)', () => {
    const raw: Record<string, number> = {};
    for (const v of value) raw[v.responseRaw] = (raw[v.responseRaw] ?? 0) + 1;
    expect(raw).toEqual({
      Accepted: 100,
      'Accepted and being implemented': 120,
      'Accepted and already implemented': 70,
      'Partially accepted': 8,
      Noted: 32,
      Rejected: 98,
    });
  });
});
