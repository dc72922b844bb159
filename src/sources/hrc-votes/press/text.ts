/**
 * The release as paragraphs (one a line) and sentences, with the file line each came from.
 * Characters are folded one for one (no-break spaces, odd hyphens), so an index into the folded
 * text is an index into the printed one.
 */

export type PressLanguage = 'en' | 'fr' | 'zh';

export interface Paragraph {
  text: string;
  line: number;
}

export interface Sentence {
  text: string;
  line: number;
  /** index of the sentence within its paragraph */
  index: number;
}

const HAN = /\p{Script=Han}/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;

export function foldSpaces(s: string): string {
  return s
    .replace(/[\u00a0\u2007\u202f\u2000-\u200a\u200b\u3000\t\f\v]/g, ' ')
    .replace(/[\u2010\u2011\u2012]/g, '-');
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function paragraphs(body: string, firstLine: number): Paragraph[] {
  return body
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ text: foldSpaces(raw), line: firstLine + i }))
    .filter((p) => p.text.trim() !== '');
}

/** Chinese when Han characters abound, French on its vote words, else English. */
export function detectLanguage(body: string): PressLanguage {
  const sample = body.slice(0, 20_000);
  const han = sample.match(HAN_GLOBAL)?.length ?? 0;
  if (han > 20 && han > sample.length / 10) return 'zh';
  if (/\bvoix\s+(?:pour|contre)\b|\bConseil des droits de l/i.test(sample)) return 'fr';
  return 'en';
}

const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|No|Nos|St|U\.S|U\.K|Rev|Add|Corr|i\.e|e\.g|etc|vs))$/i;

/**
 * A paragraph's sentences: an English or French sentence ends at ". ", "! ", "? " before a capital,
 * a digit or a quote, never inside parentheses and never after "Rev." or "L." of a symbol; a
 * Chinese one at 。！？.
 */
export function sentences(p: Paragraph): Sentence[] {
  const out: Sentence[] = [];
  const t = p.text;
  let start = 0;
  let depth = 0;
  const push = (end: number): void => {
    const s = t.slice(start, end).trim();
    if (s !== '') out.push({ text: s, line: p.line, index: out.length });
  };
  for (let i = 0; i < t.length; i += 1) {
    const ch = t[i]!;
    if (ch === '(' || ch === '（') depth += 1;
    else if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
    else if (ch === '。' || ch === '！' || ch === '？') {
      push(i + 1);
      start = i + 1;
    } else if ((ch === '.' || ch === '!' || ch === '?') && depth === 0) {
      const next = t[i + 1];
      if (next !== ' ') continue;
      let j = i + 1;
      while (t[j] === ' ') j += 1;
      if (j >= t.length || !/[\p{Lu}\d"“«‘'(]/u.test(t[j]!)) continue;
      if (
        ch === '.' &&
        (ABBREVIATION.test(t.slice(Math.max(0, i - 6), i)) || /\bL$/.test(t.slice(0, i)))
      )
        continue;
      push(i + 1);
      start = j;
      i = j - 1;
    }
  }
  push(t.length);
  return out;
}

export function hasHan(s: string): boolean {
  return HAN.test(s);
}
