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
