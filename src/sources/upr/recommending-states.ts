import { resolvePrintedState } from './states.js';

export interface RecommendingStates {
  /** ISO alpha-3 of every name that resolved, in printed order, each once. */
  codes: string[];
  /** every name taken as a recommending state, as printed, in order, each once (unresolved ones included). */
  asPrinted: string[];
  /** names taken as recommending states that name no state we know. */
  unresolved: string[];
}

// A parenthetical with one level of nesting, so "(Iran (Islamic Republic of))" is one group.
const PARENTHETICAL = /\(((?:[^()]|\([^()]*\))*)\)/g;
// What may follow a recommending state: the end, the next state, or the end of a clause.
const AFTER_STATE = /^\s*(?:$|[;.,:(]|and\b|\p{Lu})/u;
const NAME_LIKE = /^\p{Lu}[\p{L}’'.\- ]*(?:\([\p{L} ’'.-]+\))?[\p{L}.)]$/u;
const ACRONYM = /^[\p{Lu}\d\-/ ]+$/u;

/**
 * The recommending states of a UPR recommendation as the UN prints them: each in parentheses
 * after its clause, "Ratify ICCPR (Albania); Ratify … (Chile); … (France) ;", or several in a row,
 * "… (Estonia) (Latvia);". A parenthetical counts when it names a state and ends its clause; a
 * name-like last parenthetical that names no known state is kept as unresolved, so nothing the
 * document says about who recommended is lost.
 */
export function recommendingStates(text: string): RecommendingStates {
  const codes: string[] = [];
  const asPrinted: string[] = [];
  const unresolved: string[] = [];
  const matches = [...text.matchAll(PARENTHETICAL)];
  matches.forEach((m, i) => {
    const end = (m.index ?? 0) + m[0].length;
    const rest = text.slice(end);
    if (!AFTER_STATE.test(rest)) return;
    const inner = m[1]!.replace(/\s+/g, ' ').trim();
    if (inner === '') return;
    const parts = resolveParts(inner);
    if (parts !== null) {
      for (const [printed, code] of parts) {
        if (!asPrinted.includes(printed)) asPrinted.push(printed);
        if (!codes.includes(code)) codes.push(code);
      }
      return;
    }
    const isLast = i === matches.length - 1 && /^[\s;.,]*$/.test(rest);
    if (isLast && NAME_LIKE.test(inner) && !ACRONYM.test(inner) && inner.length <= 60) {
      asPrinted.push(inner);
      unresolved.push(inner);
    }
  });
  return { codes, asPrinted, unresolved };
}

/** "(Estonia)" → one state; "(Estonia, Latvia and Lithuania)" → three; null when any part is not a state. */
function resolveParts(inner: string): Array<[string, string]> | null {
  const whole = resolvePrintedState(inner);
  if (whole !== undefined) return [[inner, whole]];
  const names = inner.split(/\s*,\s*|\s+and\s+/).filter((s) => s !== '');
  if (names.length < 2) return null;
  const out: Array<[string, string]> = [];
  for (const name of names) {
    const code = resolvePrintedState(name);
    if (code === undefined) return null;
    out.push([name, code]);
  }
  return out;
}
