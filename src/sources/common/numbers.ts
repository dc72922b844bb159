/**
 * Numbers as UN texts print them: "15", "six", "twenty-one", "twenty one", "one hundred and two",
 * "1,000", and the same with a non-breaking space or hyphen in between.
 */

const SMALL: readonly string[] = [
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
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ZERO_WORDS = new Set(['no', 'none', 'nil']);

// Longest first, so that "seventeen" is not read as "seven" inside a larger pattern.
const byLengthDesc = (a: string, b: string): number => b.length - a.length || a.localeCompare(b);
const SMALL_ALT = [...SMALL].sort(byLengthDesc).join('|');
const TENS_ALT = Object.keys(TENS).sort(byLengthDesc).join('|');
const UNIT_ALT = SMALL.slice(1, 10).sort(byLengthDesc).join('|');

/**
 * Regex source (no groups that capture, no flags) for a number below one hundred written in words or
 * digits, for embedding in larger patterns; use with the `i` flag and word boundaries.
 */
export const NUMBER_PATTERN_SOURCE = `(?:\\d{1,4}|(?:${TENS_ALT})(?:[\\s\\u00a0-](?:${UNIT_ALT}))?|${SMALL_ALT})`;

/** As NUMBER_PATTERN_SOURCE, also matching the zero words of vote tallies ("none against", "no abstentions"). */
export const COUNT_PATTERN_SOURCE = `(?:${NUMBER_PATTERN_SOURCE}|none|nil|no)`;

// Spaces and hyphens of every width a document may use between the words of a number.
const SEPARATORS = /[\s\u00a0\u2007\u202f\u2010\u2011\u2012\u2013-]+/g;
const DIGITS = /^\d+$/;
const GROUPED_DIGITS = /^\d{1,3}(?:[,\s\u00a0\u2007\u202f]\d{3})+$/;

/** The integer a number in words or digits stands for, or undefined when the text is not one. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return undefined;
  if (DIGITS.test(t)) return Number(t);
  if (GROUPED_DIGITS.test(t)) return Number(t.replace(/[^\d]/g, ''));
  return parseWords(t.replace(SEPARATORS, ' ').trim().split(' '));
}

/** parseNumber, and also the zero words of tallies: "no", "none", "nil" → 0. */
export function parseCount(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  return ZERO_WORDS.has(t) ? 0 : parseNumber(t);
}

/**
 * Words to a number below one million. The grammar is strict on purpose: "one two" or "twenty
 * fifteen" are not numbers, and a parser that guessed would put wrong tallies into the record.
 */
function parseWords(words: readonly string[]): number | undefined {
  let total = 0;
  let group = 0; // the part below one thousand being read
  let last: 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'and' = 'none';
  let seenThousand = false;
  for (const word of words) {
    const small = SMALL.indexOf(word);
    if (word === 'and') {
      if (last !== 'hundred' && !(seenThousand && last === 'none')) return undefined;
      last = 'and';
    } else if (small >= 0) {
      // A unit may follow a tens word ("twenty one"), "hundred", "and" or start a group.
      if (last === 'unit' || last === 'teen') return undefined;
      if (last === 'tens' && (small === 0 || small >= 10)) return undefined;
      group += small;
      last = small >= 10 ? 'teen' : 'unit';
    } else if (word in TENS) {
      if (last === 'unit' || last === 'teen' || last === 'tens') return undefined;
      group += TENS[word]!;
      last = 'tens';
    } else if (word === 'hundred') {
      if (last !== 'unit' || group === 0 || group >= 10) return undefined;
      group *= 100;
      last = 'hundred';
    } else if (word === 'thousand') {
      if (seenThousand || last === 'none' || last === 'and' || group === 0) return undefined;
      total = group * 1000;
      group = 0;
      seenThousand = true;
      last = 'none';
    } else {
      return undefined;
    }
  }
  if (last === 'and' || (last === 'none' && !seenThousand)) return undefined;
  return total + group;
}

// ---- French and Chinese counts, as the Council's and the NGO Committee's releases print them ----
// Digits; French words ("six", "vingt et un", "aucune"); Chinese numerals ("十九"). Council and
// Committee votes stay below one hundred, so that is the range these read.

const FR_UNITS: Readonly<Record<string, number>> = {
  zéro: 0,
  aucun: 0,
  aucune: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
};
const FR_TENS: Readonly<Record<string, number>> = {
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
};
const ZH_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Regex source (no capture groups) for a French count below seventy, words or digits. */
export const FR_COUNT_SOURCE = String.raw`(?:\d{1,3}|(?:vingt|trente|quarante|cinquante|soixante)(?:[\s-](?:et[\s-])?(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf))?|dix[\s-](?:sept|huit|neuf)|zéro|aucune?|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize)`;
/** Regex source (no capture groups) for a count in Chinese numerals or digits. */
export const ZH_COUNT_SOURCE = String.raw`(?:\d{1,3}|[零〇一二两三四五六七八九十]{1,3})`;

/** "vingt et un" → 21, "six" → 6, "aucune" → 0; undefined when the text is not one. */
export function parseFrenchCount(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d{1,3}$/.test(t)) return Number(t);
  const words = t.split(/[\s-]+/).filter((w) => w !== 'et');
  if (words.length === 1) return FR_UNITS[words[0]!] ?? FR_TENS[words[0]!];
  if (words.length === 2) {
    if (words[0] === 'dix') {
      const u = FR_UNITS[words[1]!];
      return u !== undefined && u >= 7 && u <= 9 ? 10 + u : undefined;
    }
    const tens = FR_TENS[words[0]!];
    const unit = FR_UNITS[words[1]!];
    if (tens !== undefined && unit !== undefined && unit >= 1 && unit <= 9) return tens + unit;
  }
  return undefined;
}

/** "十九" → 19, "二十一" → 21, "七" → 7; undefined when the text is not one. */
export function parseChineseCount(text: string): number | undefined {
  const t = text.trim();
  if (/^\d{1,3}$/.test(t)) return Number(t);
  if (t === '十') return 10;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(t);
  if (m) return (m[1] ? ZH_DIGITS[m[1]]! : 1) * 10 + (m[2] ? ZH_DIGITS[m[2]]! : 0);
  if (t.length === 1) return ZH_DIGITS[t];
  return undefined;
}

/** A count in English, French or Chinese words, or digits. */
export function parseAnyCount(text: string): number | undefined {
  return parseCount(text) ?? parseFrenchCount(text) ?? parseChineseCount(text);
}
