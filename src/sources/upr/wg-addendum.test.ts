import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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
