import { resolveState } from '../../../domain/reference/states.js';

// A capitalised word of a name: "Korea", "Côte", "St.", "Guinea-Bissau".
export const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}.\-]*`;
// A capitalised word of a state name, then more words joined by "of", "and", "the", "d'" or a
// parenthesised qualifier: "Republic of Korea", "Côte d'Ivoire", "Iran (Islamic Republic of)".
// Repetition is bounded so that a long run of capitalised words cannot make matching quadratic.
export const STATE_NAME = String.raw`${CAP_WORD}(?:(?:(?:\s+(?:of|and|the)){0,3}\s+|\s+d')${CAP_WORD}|\s*\([^()]{1,60}\)){0,8}`;

const TRAILING_PUNCTUATION = /[\s.,;:-]+$/;
// Separators between several states, kept by the split so that parts can be joined back as printed.
const NAME_SEPARATORS = /(\s*,\s*(?:and\s+)?|\s+and\s+)/;
const WHITE_SPACE = /\s+/;

export interface ResolvedName {
  printed: string;
  code: string;
}

/**
 * The state(s) a printed name stands for: one state ("Türkiye"), or several joined by commas and
 * "and" ("China and Pakistan") while keeping "Trinidad and Tobago" whole. With dropLeading, words
 * before the name that the pattern swept in ("Then China") are dropped one by one.
 */
export function resolveStates(printed: string, dropLeading: boolean): ResolvedName[] | null {
  const name = printed.replace(TRAILING_PUNCTUATION, '');
  if (name === '') return null;
  const whole = resolveState(name);
  if (whole) return [{ printed: name, code: whole }];
  const pieces = name.split(NAME_SEPARATORS);
  const parts: string[] = [];
  const seps: string[] = [];
  pieces.forEach((p, i) => (i % 2 === 0 ? parts.push(p) : seps.push(p)));
  if (parts.length > 1) {
    const out: ResolvedName[] = [];
    let i = 0;
    while (i < parts.length) {
      let found = false;
      for (let j = parts.length - 1; j >= i; j -= 1) {
        let joined = parts[i]!;
        for (let k = i + 1; k <= j; k += 1) joined += seps[k - 1]! + parts[k]!;
        const code = resolveState(joined);
        if (code) {
          out.push({ printed: joined.trim(), code });
          i = j + 1;
          found = true;
          break;
        }
      }
      if (!found) break;
    }
    if (i === parts.length) return out;
  }
  if (dropLeading) {
    const words = name.split(WHITE_SPACE);
    for (let drop = 1; drop < Math.min(words.length, 4); drop += 1) {
      const rest = words.slice(drop).join(' ');
      const code = resolveState(rest);
      if (code) return [{ printed: rest, code }];
    }
  }
  return null;
}
