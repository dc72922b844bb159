/**
 * Lists of states as releases print them: "Argentina, Brazil and Chile", "…, Tunisia y Uruguay"
 * (a Spanish "y" in an English text), "the Democratic Republic of the Congo", "Iran (Islamic
 * Republic of)", "中国、古巴和埃及". Names resolve on the vote's date (a seat's name changes).
 */
import { resolveState, resolveStateOn } from '../../../domain/reference/states.js';
import { collapse } from './text.js';

const LEADING = /^(?:(?:and|et|y|as well as|the)\s+|[和及]\s*)/i;
const TRAILING = /[\s.,;:]+$/;
// Words that may sit inside a state's name; any other lower-case word means running prose.
const NAME_WORDS = /^(?:of|the|and|d'|de|du|des|la|le|et|y|da|do)$/i;

/** Splits at commas, semicolons, "、" and the last "and"/"et"/"y"/"和", outside parentheses. */
export function splitStateList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i += 1) {
    const ch = list[i]!;
    if (ch === '(' || ch === '（') depth += 1;
    else if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
    else if ((ch === ',' || ch === ';' || ch === '、' || ch === '，') && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  const out: string[] = [];
  for (const raw of parts) {
    const p = collapse(raw);
    if (p === '') continue;
    // "China and Eritrea", "Tunisia y Uruguay": split where both halves are names, keeping
    // "Trinidad and Tobago", "Bosnia and Herzegovina" whole.
    if (!resolveState(p.replace(LEADING, '').replace(TRAILING, ''))) {
      const m = /^(.+?)\s+(?:and|et|y|和)\s+(.+)$/i.exec(p);
      if (m) {
        out.push(m[1]!, m[2]!);
        continue;
      }
    }
    out.push(p);
  }
  return out
    .map((p) => p.replace(LEADING, '').replace(TRAILING, '').trim())
    .filter((p) => p !== '');
}

/** True when the text reads as a state's name: capitalised words, with "of", "the", "and" between. */
export function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 9) return false;
  if (!/^[\p{Lu}(]/u.test(words[0]!)) return false;
  return words.every(
    (w) => /^[\p{Lu}("“]/u.test(w) || NAME_WORDS.test(w) || /^\p{Ll}+\)$/u.test(w),
  );
}

/**
 * The names at the end of a run of prose ("The resolution was promoted by X, and Argentina,
 * Australia … voted for it"): items from the end back to the first that is not a name.
 */
export function trailingNames(run: string): string[] {
  // walk the comma-separated items from the end; the first that is prose ends the list, and an
  // "and" inside prose ("promoted by Argentina and the Lima Group") is not a list's "and"
  const items = splitAtCommas(run);
  const kept: string[] = [];
  for (let i = items.length - 1; i >= 0; i -= 1) {
    const item = collapse(items[i]!).replace(LEADING, '').replace(TRAILING, '');
    if (item === '') continue;
    const parts = splitStateList(item);
    if (parts.length === 0 || !parts.every(looksLikeName)) break;
    kept.unshift(...parts);
  }
  return kept;
}

function splitAtCommas(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if ((ch === ',' || ch === '、') && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

export function resolveOn(name: string, date: string | null): string | undefined {
  return date ? resolveStateOn(name, date) : resolveState(name);
}
