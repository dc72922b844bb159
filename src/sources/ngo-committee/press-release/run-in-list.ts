/**
 * Lists run into the lead-in's paragraph, "…the following NGOs:  A; B; and C. The Committee…", as
 * printed before lists were set out one organisation a line.
 */
import { sentenceSpans } from './sentences.js';
import { splitOutsideParens } from './split-outside-parens.js';

const AND_BEFORE_NAME = /\s+and\s+(?=\p{Lu})/u;

export interface RunInList {
  /** Ranges of the entries in the line; a blank one is left for the caller to skip. */
  entries: Array<[number, number]>;
  /** False when the list runs to `to` without its sentence ending: the excerpt may cut it. */
  ended: boolean;
}

/** The entries of the run-in list in m[from, to) (match form), `announced` as its lead-in says. */
export function splitRunInList(
  m: string,
  from: number,
  to: number,
  announced: number | null,
): RunInList {
  // The list ends with its sentence; what follows is prose.
  let end = to;
  let ended = false;
  for (const [s, e] of sentenceSpans(m.slice(from, to))) {
    if (s > 0) {
      end = from + s;
      ended = true;
      break;
    }
    end = from + e;
  }
  const entries = splitOutsideParens(m, from, end, ';');
  // "to following two organizations: A, Inc. and B." — two entries joined by "and" only.
  if (entries.length === 1 && announced === 2) {
    const and = AND_BEFORE_NAME.exec(m.slice(from, end));
    if (and)
      entries.splice(0, 1, [from, from + and.index], [from + and.index + and[0].length, end]);
  }
  return { entries, ended };
}
