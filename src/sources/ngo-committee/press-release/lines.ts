import { foldApostrophes, foldSpaces } from './characters.js';

/** One line of the release body, in the three forms the readers need. */
export interface Line {
  /** As in the file. */
  raw: string;
  /** Spaces and hyphens folded one-for-one (indices equal raw's); used for output text. */
  text: string;
  /** text with apostrophes folded too; used for matching. */
  m: string;
  number: number;
  /** The last line of a text that stops mid-sentence: an excerpt cut there. */
  cut: boolean;
}

const LINE_BREAK = /\r\n|\r|\n/;
// A line that ends like this was not cut by the excerpt; anything else on the last line was.
const ENDS_COMPLETE = /[.;:!?)\]"'”’»…]\s*$/;

export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** The lines of a body whose first line is file line `firstNumber`. */
export function foldLines(rawLines: readonly string[], firstNumber: number): Line[] {
  let lastNonBlank = rawLines.length - 1;
  while (lastNonBlank >= 0 && rawLines[lastNonBlank]!.trim() === '') lastNonBlank -= 1;
  return rawLines.map((raw, i) => {
    const text = foldSpaces(raw);
    return {
      raw,
      text,
      m: foldApostrophes(text),
      number: firstNumber + i,
      cut: i === lastNonBlank && !ENDS_COMPLETE.test(raw),
    };
  });
}
