import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNT_PATTERN_SOURCE,
  FR_COUNT_SOURCE,
  NUMBER_PATTERN_SOURCE,
  parseAnyCount,
  parseChineseCount,
  parseCount,
  parseFrenchCount,
  parseNumber,
  ZH_COUNT_SOURCE,
} from './numbers.js';

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Reference spelling of 0–99, written independently of the parser's grammar. */
function spell(n: number, sep: string): string {
  if (n < 20) return WORDS[n]!;
  const unit = n % 10;
  return unit === 0 ? TENS[Math.floor(n / 10)]! : `${TENS[Math.floor(n / 10)]}${sep}${WORDS[unit]}`;
}

describe('parseNumber', () => {
  it('reads the words UN tallies use', () => {
    expect(parseNumber('six')).toBe(6);
    expect(parseNumber('fifteen')).toBe(15);
    expect(parseNumber('twenty-one')).toBe(21);
    expect(parseNumber('Twenty One')).toBe(21);
    expect(parseNumber('forty')).toBe(40);
  });

  it('reads digits, with or without thousands separators', () => {
    expect(parseNumber('15')).toBe(15);
    expect(parseNumber('0')).toBe(0);
    expect(parseNumber('1,000')).toBe(1000);
    expect(parseNumber('3 500')).toBe(3500);
    expect(parseNumber('3\u00a0500')).toBe(3500);
  });

  it('accepts a no-break space or a non-breaking hyphen between the words', () => {
    expect(parseNumber('twenty\u2011one')).toBe(21);
    expect(parseNumber('twenty\u00a0one')).toBe(21);
    expect(parseNumber(' six ')).toBe(6);
  });

  it('reads hundreds and thousands', () => {
    expect(parseNumber('one hundred')).toBe(100);
    expect(parseNumber('one hundred and two')).toBe(102);
    expect(parseNumber('three hundred sixty-two')).toBe(362);
    expect(parseNumber('two thousand five hundred')).toBe(2500);
  });

  it('refuses what is not a number rather than guessing', () => {
    for (const text of [
      '',
      'none',
      'one two',
      'twenty fifteen',
      'eleven hundred and',
      'six against',
      '1,00',
      'and',
    ]) {
      expect(parseNumber(text), text).toBeUndefined();
    }
  });

  it('agrees with an independent spelling for every number below one hundred', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('-', ' ', '\u2011'),
        (n, sep) => {
          expect(parseNumber(spell(n, sep))).toBe(n);
          expect(parseNumber(String(n))).toBe(n);
        },
      ),
    );
  });
});

describe('parseCount', () => {
  it('adds the zero words of tallies', () => {
    expect(parseCount('none')).toBe(0);
    expect(parseCount('No')).toBe(0);
    expect(parseCount('nil')).toBe(0);
    expect(parseCount('three')).toBe(3);
  });
});

describe('pattern sources', () => {
  it('match whole number words, longest first', () => {
    const re = new RegExp(`^${NUMBER_PATTERN_SOURCE}$`, 'i');
    for (const text of ['seventeen', 'twenty-one', 'twenty one', '15', 'six'])
      expect(re.test(text), text).toBe(true);
    expect(new RegExp(`^${NUMBER_PATTERN_SOURCE}`, 'i').exec('seventeen against')?.[0]).toBe(
      'seventeen',
    );
    expect(new RegExp(`^${COUNT_PATTERN_SOURCE}$`, 'i').test('none')).toBe(true);
  });
});

// French spellings of the Académie (with "et" for 21, 31 … 61), written out here by hand
const FR_SPELT: readonly [string, number][] = [
  ['aucune', 0],
  ['une', 1],
  ['six', 6],
  ['seize', 16],
  ['dix-sept', 17],
  ['dix neuf', 19],
  ['vingt', 20],
  ['vingt et un', 21],
  ['vingt-et-une', 21],
  ['vingt-deux', 22],
  ['trente-neuf', 39],
  ['quarante et un', 41],
  ['soixante-sept', 67],
];

describe('French counts (NGO Committee and Council releases)', () => {
  it('reads the words both parsers meet', () => {
    for (const [text, n] of FR_SPELT) {
      expect(parseFrenchCount(text), text).toBe(n);
      expect(parseAnyCount(text), text).toBe(n);
      expect(new RegExp(`^${FR_COUNT_SOURCE}$`, 'iu').test(text), text).toBe(true);
    }
    expect(parseFrenchCount('14')).toBe(14);
  });

  it('refuses what is not a French number', () => {
    for (const text of ['vingt dix', 'dix-deux', 'soixante-dix', 'trois quatre', 'cent', ''])
      expect(parseFrenchCount(text), text).toBeUndefined();
  });
});

describe('Chinese counts', () => {
  it('reads numerals below one hundred', () => {
    expect(parseChineseCount('十九')).toBe(19);
    expect(parseChineseCount('二十一')).toBe(21);
    expect(parseChineseCount('十')).toBe(10);
    expect(parseChineseCount('七')).toBe(7);
    expect(parseChineseCount('38')).toBe(38);
    expect(parseChineseCount('十十')).toBeUndefined();
    expect(new RegExp(`^${ZH_COUNT_SOURCE}$`).test('四十七')).toBe(true);
  });
});
