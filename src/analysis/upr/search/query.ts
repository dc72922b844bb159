import { glossaryCover, glossaryLookup } from './glossary.js';
import { fold, indexTerms, isHan, segmentHan, tokenize } from './tokenize.js';

/**
 * The search language:
 *   torture prison          both words (AND is implied; `AND` may be written)
 *   torture OR prison       either word
 *   NOT death, -death       without the word
 *   "death penalty"         the words next to each other, in this order
 *   (torture OR ill) -death parentheses group
 *   defend*                 any word starting with "defend" (before stemming; 2 letters at least)
 *   人权 维权人士           Chinese: each word (as Intl.Segmenter cuts it) anywhere in the text
 * Operators are upper-case so "and"/"or"/"not" in a query stay ordinary words. Words are
 * stemmed the way the texts are. The parser never throws: a stray parenthesis or a dangling
 * operator is ignored and reported in `problems`. Only an empty query means "everything"; one
 * whose every part was dropped means nothing (`none`), so a typo never returns the whole corpus.
 */
export type QueryNode =
  /** a sequence of terms that must stand together; a single word is a sequence of one */
  | { kind: 'seq'; terms: string[]; required: string[]; raw: string }
  | { kind: 'prefix'; prefix: string; raw: string }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode }
  | { kind: 'all' }
  | { kind: 'none' };

/** A Chinese term of the query searched in English too, through the glossary (glossary.ts). */
export interface QueryExpansion {
  term: string;
  /** the English it was searched as, in the search language */
  query: string;
}

export interface ParsedQuery {
  root: QueryNode;
  problems: string[];
  expansions: QueryExpansion[];
  /** Chinese words of the query that the glossary has no English for */
  untranslated: string[];
}

/** What the parse collects besides the tree. */
interface ParseNotes {
  problems: string[];
  expansions: QueryExpansion[];
  untranslated: string[];
}

/** `zh` as written, or the English the glossary gives for it (recorded in `notes`). */
function withEnglish(zh: string, original: QueryNode | null, en: string, notes: ParseNotes) {
  const english = parseQuery(en).root;
  if (!notes.expansions.some((x) => x.term === zh)) notes.expansions.push({ term: zh, query: en });
  return original ? { kind: 'or' as const, children: [original, english] } : english;
}

/** A run of Chinese: each glossary term in it also searched in English; the rest as written. */
function hanRun(run: string, notes: ParseNotes): QueryNode[] {
  const parts: QueryNode[] = [];
  for (const piece of glossaryCover(run)) {
    if (piece.en !== undefined) {
      parts.push(withEnglish(piece.zh, seq(piece.zh), piece.en, notes));
      continue;
    }
    if (!notes.untranslated.includes(piece.zh)) notes.untranslated.push(piece.zh);
    for (const w of segmentHan(piece.zh)) {
      const node = seq(w);
      if (node) parts.push(node);
    }
  }
  return parts;
}

type Lexeme =
  | { t: 'word'; v: string }
  | { t: 'phrase'; v: string; raw: string }
  | { t: 'and' | 'or' | 'not' | 'minus' | 'open' | 'close' };

function lex(input: string, problems: string[]): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(') {
      out.push({ t: 'open' });
      i++;
    } else if (ch === ')') {
      out.push({ t: 'close' });
      i++;
    } else if (ch === '"' || ch === '“' || ch === '”' || ch === '「') {
      const close = input.slice(i + 1).search(/["”“」]/);
      const end = close < 0 ? input.length : i + 1 + close;
      if (close < 0) problems.push('a quote (") was not closed; it is closed at the end');
      out.push({ t: 'phrase', v: input.slice(i + 1, end), raw: input.slice(i, end + 1) });
      i = end + 1;
    } else if (ch === '-' && i + 1 < input.length && !/\s/.test(input[i + 1]!)) {
      out.push({ t: 'minus' });
      i++;
    } else {
      const m = /^[^\s()"“”「」]+/.exec(input.slice(i))!;
      const v = m[0];
      if (v === 'AND' || v === '&&') out.push({ t: 'and' });
      else if (v === 'OR' || v === '||' || v === '|') out.push({ t: 'or' });
      else if (v === 'NOT') out.push({ t: 'not' });
      else out.push({ t: 'word', v });
      i += v.length;
    }
  }
  return out;
}

/** A sequence node from text: its word terms in order, plus what the index must hold for it. */
function seq(text: string): QueryNode | null {
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  return {
    kind: 'seq',
    terms: tokens.map((t) => t.term),
    required: [...indexTerms(text).terms],
    raw: text,
  };
}

/**
 * An unquoted word: Latin → one term; Han → its segmented words, each a sequence, all required.
 * A word with nothing to search for is null, its reason in `problems`.
 */
function word(raw: string, notes: ParseNotes): QueryNode | null {
  const { problems } = notes;
  if (/^[\p{L}\p{N}'’-]+\*$/u.test(raw) && !isHan(raw)) {
    const prefix = fold(raw.slice(0, -1));
    if (prefix.length >= 2) return { kind: 'prefix', prefix, raw };
    problems.push(`"${raw}" was ignored: a prefix needs at least 2 letters`);
    return null;
  }
  const parts: QueryNode[] = [];
  for (const m of raw.matchAll(/\p{Script=Han}+|[^\p{Script=Han}]+/gu)) {
    const run = m[0];
    if (isHan(run)) {
      parts.push(...hanRun(run, notes));
    } else {
      const node = seq(run);
      if (node) parts.push(node);
    }
  }
  if (parts.length === 0) {
    problems.push(`"${raw}" was ignored: it has nothing to search for (no letters or digits)`);
    return null;
  }
  return parts.length === 1 ? parts[0]! : { kind: 'and', children: parts };
}

export function parseQuery(input: string): ParsedQuery {
  const problems: string[] = [];
  const notes: ParseNotes = { problems, expansions: [], untranslated: [] };
  const lexemes = lex(input, problems);
  let pos = 0;
  let depth = 0;

  const peek = () => lexemes[pos];

  function parseOr(): QueryNode | null {
    const children: QueryNode[] = [];
    const first = parseAnd();
    if (first) children.push(first);
    while (peek()?.t === 'or') {
      pos++;
      const next = parseAnd();
      if (next) children.push(next);
      else problems.push('OR without a word after it was ignored');
    }
    if (children.length === 0) return null;
    return children.length === 1 ? children[0]! : { kind: 'or', children };
  }

  function parseAnd(): QueryNode | null {
    const children: QueryNode[] = [];
    for (;;) {
      const l = peek();
      if (!l || l.t === 'or') break;
      if (l.t === 'close') {
        if (depth > 0) break;
        problems.push('a ")" without its "(" was ignored');
        pos++;
        continue;
      }
      if (l.t === 'and') {
        pos++;
        continue;
      }
      const node = parseUnary();
      if (node) children.push(node);
    }
    if (children.length === 0) return null;
    return children.length === 1 ? children[0]! : { kind: 'and', children };
  }

  function parseUnary(): QueryNode | null {
    const l = peek()!;
    if (l.t === 'not' || l.t === 'minus') {
      pos++;
      if (!peek() || peek()!.t === 'or' || peek()!.t === 'close') {
        problems.push(`${l.t === 'not' ? 'NOT' : '-'} without a word after it was ignored`);
        return null;
      }
      const child = parseUnary();
      return child ? { kind: 'not', child } : null;
    }
    pos++;
    if (l.t === 'open') {
      depth++;
      const inner = parseOr();
      depth--;
      if (peek()?.t === 'close') pos++;
      else problems.push('a "(" was not closed; it is closed at the end');
      return inner;
    }
    if (l.t === 'phrase') {
      const node = seq(l.v);
      if (!node) problems.push(`the empty phrase ${l.raw} was ignored`);
      // a quoted Chinese term the glossary has as a whole is searched in English too
      const zh = l.v.trim();
      const en = isHan(zh) ? glossaryLookup(zh) : undefined;
      if (node && en !== undefined) return withEnglish(zh, node, en, notes);
      if (node && isHan(zh) && !notes.untranslated.includes(zh)) notes.untranslated.push(zh);
      return node;
    }
    if (l.t === 'word') return word(l.v, notes);
    return null;
  }

  const root = parseOr();
  const { expansions, untranslated } = notes;
  if (root) return { root, problems, expansions, untranslated };
  if (input.trim() === '') return { root: { kind: 'all' }, problems, expansions, untranslated };
  if (problems.length === 0) problems.push('the query has nothing to search for');
  return { root: { kind: 'none' }, problems, expansions, untranslated };
}

/** The terms and Han words a result is highlighted on: those not under a NOT. */
export function positiveNodes(
  node: QueryNode,
  negated = false,
  out: QueryNode[] = [],
): QueryNode[] {
  switch (node.kind) {
    case 'seq':
    case 'prefix':
      if (!negated) out.push(node);
      break;
    case 'and':
    case 'or':
      for (const c of node.children) positiveNodes(c, negated, out);
      break;
    case 'not':
      positiveNodes(node.child, !negated, out);
      break;
    case 'all':
    case 'none':
      break;
  }
  return out;
}
