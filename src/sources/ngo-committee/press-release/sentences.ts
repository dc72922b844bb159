const ABBREVIATIONS = new Set([
  'inc',
  'ltd',
  'co',
  'corp',
  'st',
  'dr',
  'mr',
  'mrs',
  'ms',
  'no',
  'nos',
  'jr',
  'sr',
  'mt',
  'e.v',
  'u.s',
  'u.k',
  'etc',
  'vs',
  'ave',
]);

const FINAL_PERIOD = /\.$/;

export function isAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start -= 1;
  const word = text.slice(start, dot).toLowerCase();
  // A single capital ("G. A. T.") is an initial, not the end of a sentence.
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

/** Drops a final period that ends a sentence, keeping one that ends an abbreviation ("Inc."). */
export function dropFinalPeriod(s: string): string {
  return s.replace(FINAL_PERIOD, (dot, offset: number, whole: string) =>
    isAbbreviation(whole, offset) ? dot : '',
  );
}

/**
 * Sentence spans of a line: a sentence ends at ". " (or ! ?) before a capital or an opening quote,
 * never inside parentheses (vote lists) and never after an abbreviation ("Inc.", "Ltd.").
 */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if ((ch === '.' || ch === '!' || ch === '?') && depth === 0) {
      let j = i + 1;
      while (j < text.length && text[j] === ' ') j += 1;
      if (
        j > i + 1 &&
        j < text.length &&
        /[\p{Lu}"“]/u.test(text[j]!) &&
        !isAbbreviation(text, i)
      ) {
        spans.push([start, i + 1]);
        start = j;
        i = j - 1;
      }
    }
  }
  spans.push([start, text.length]);
  return spans;
}

/** Where the last sentence of the text starts. */
export function lastSentenceStart(text: string): number {
  const spans = sentenceSpans(text);
  return spans[spans.length - 1]![0];
}

/** Text up to its first sentence end (a period before white space or the end, not "Inc."). */
export function untilSentenceEnd(text: string): string {
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch !== '.' && ch !== ';') continue;
    const next = text[i + 1];
    if (next !== undefined && !/\s/.test(next)) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    return text.slice(0, i);
  }
  return text;
}
