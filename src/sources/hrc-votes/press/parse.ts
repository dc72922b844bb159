import type { PressVote, PrintedCounts } from '../../../domain/hrc-votes.js';
import type { SourceDocumentMeta } from '../../../domain/provenance.js';
import { htmlToText, looksLikeHtml } from '../../common/html-text.js';
import type { ParseResult } from '../../common/parse-result.js';
import { parseUnTextHeader } from '../../common/un-text-header.js';
import { Problems } from '../problems.js';
import { readMeta } from './meta.js';
import { resolveOn, splitStateList, trailingNames } from './state-list.js';
import { kindOf, namedText, outcomeOf, readSubject, symbolIn, symbolsIn } from './subject.js';
import {
  blockSides,
  hasTallyCue,
  laterAbstentions,
  namedRuns,
  proseCounts,
  PROSE_CUE,
  readTally,
  RESULT_INTRO,
  type Side,
} from './tally.js';
import {
  collapse,
  detectLanguage,
  paragraphs,
  sentences,
  type Paragraph,
  type PressLanguage,
} from './text.js';

export const PRESS_PROBLEMS = {
  notText: 'not-text',
  unreadVote: 'unread-vote',
  unknownState: 'unknown-state',
  countMismatch: 'vote-count-mismatch',
  truncatedList: 'truncated-vote-list',
} as const;

export interface HrcVotePress {
  meta: SourceDocumentMeta;
  votes: PressVote[];
}

type SideName = 'yes' | 'no' | 'abstain';

// the last words of a text cut inside a vote: "adopted by a vote of 2", "adoptée par 20 voi"
const CUT_VOTE =
  /\b(?:adopt\p{L}*|reject\p{L}*|rejet\p{L}*)\s+(?:by|par)\s+(?:a\s+vote\s+of\s+)?\d*\s*\S{0,5}$|\bvote\s+of\s+\d*\s*\S{0,5}$/iu;

/** Pure and total; see ../press-release.ts for what it reads. */
export function parseHrcVotePress(text: string, fileName: string): ParseResult<HrcVotePress> {
  const problems = new Problems(fileName);
  const empty: SourceDocumentMeta = {
    symbol: null,
    url: null,
    title: null,
    date: null,
    year: null,
    language: 'en',
  };
  if (text.includes('\u0000')) {
    problems.fatal(
      1,
      PRESS_PROBLEMS.notText,
      'input is not text (NUL bytes); save the release as UTF-8 text',
    );
    return { value: { meta: empty, votes: [] }, problems: problems.list };
  }
  // HTML: read its text, and map every line back to the HTML's own lines.
  let lineMap: number[] | null = null;
  let source = text;
  if (looksLikeHtml(text)) {
    const html = htmlToText(text);
    source = html.text;
    lineMap = html.lineMap;
  }
  const header = parseUnTextHeader(source);
  problems.adopt(header.problems);
  const paras = joinOpenLists(paragraphs(header.body, header.bodyStartLine));
  const language = detectLanguage(header.body);
  const meta = readMeta(header, paras, language);
  const reader = new PressReader(problems, language, meta);
  paras.forEach((p, i) => reader.readParagraph(p, paras[i + 1] ?? null));
  reader.checkCut(paras[paras.length - 1] ?? null);
  reader.finish();
  const votes = reader.votes;
  if (lineMap) {
    const map = lineMap;
    const at = (line: number): number => map[line - 1] ?? line;
    for (const v of votes) v.locator = { ...v.locator, line: at(v.locator.line) };
    for (const p of problems.list) p.line = at(p.line);
  }
  return { value: { meta, votes }, problems: problems.list };
}

/**
 * A list in parentheses broken over lines ("In favour: 29 (Argentina, …, Indonesia,\n Japan, …)")
 * is one paragraph, kept at its first line; a parenthesis not closed within eight lines is left
 * as it is.
 */
function joinOpenLists(paras: readonly Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  const open = (t: string) => (t.match(/\(/g)?.length ?? 0) > (t.match(/\)/g)?.length ?? 0);
  for (let i = 0; i < paras.length; i += 1) {
    const p = paras[i]!;
    if (!open(p.text)) {
      out.push(p);
      continue;
    }
    let text = p.text;
    let j = i + 1;
    while (j < paras.length && j - i <= 8 && open(text))
      text = `${text} ${paras[j++]!.text.trim()}`;
    if (open(text)) out.push(p);
    else {
      out.push({ text, line: p.line });
      i = j - 1;
    }
  }
  return out;
}

// "by a single recorded vote": the texts it decided are named before the counts, by symbol
const PLURAL_TEXTS =
  /\b(?:draft\s+)?(?:resolutions|decisions|texts|amendments)\b|\bprojets\s+de\s+(?:résolution|décision)\b|\b(?:résolutions|décisions)\b/i;
// "voted 19-17 against holding a debate on …", "voted 33-2 to create an investigation": what on
const AGAINST_WHAT =
  /\bvoted\s+\d{1,3}\s*[-–]\s*\d{1,3}\s+(?:against|to)\s+([^,;]{8,200}?)\.?$|\bvoted\s+\d{1,3}\s*[-–]\s*\d{1,3}\s+(?:against|to)\s+([^,;]{8,200}?)(?=[,;])/i;
// "the Council voted on holding the urgent debate": what a result block that follows is about
const VOTED_ON = /\bvoted\s+on\s+([^.;:]{8,200})/i;

class PressReader {
  readonly votes: PressVote[] = [];
  /** the last text the release named, for "The resolution was adopted by …" */
  private lastNamed: string | null = null;
  private lastSymbol: string | null = null;
  /** a "result of the vote was as follows" block being read, and the vote it belongs to */
  private block: {
    vote: PressVote | null;
    line: number;
    seen: Set<SideName>;
    /** "the Council voted on holding the urgent debate": the subject when no sentence gave one */
    about: string | null;
  } | null = null;

  constructor(
    private readonly problems: Problems,
    private readonly language: PressLanguage,
    private readonly meta: SourceDocumentMeta,
  ) {}

  readParagraph(p: Paragraph, next: Paragraph | null): void {
    if (this.block && this.readBlockLine(p)) return;
    const before = this.votes.length;
    let cueWithoutRead = false;
    const all = sentences(p);
    for (const s of all) {
      if (hasTallyCue(s.text)) {
        // what follows in the paragraph (and the next one) may give the abstentions
        const rest = [...all.slice(s.index + 1).map((x) => x.text), next?.text ?? ''].join(' ');
        if (!this.readSentence(s.text, p.line, rest)) cueWithoutRead = true;
      }
      const named = namedText(s.text);
      if (named) this.lastNamed = named;
      const symbol = symbolIn(s.text);
      if (symbol) this.lastSymbol = symbol;
    }
    if (this.votes.length === before && !cueWithoutRead && PROSE_CUE.test(p.text))
      this.readProse(p, next);
    const intro = RESULT_INTRO.exec(p.text);
    if (intro) {
      this.block = {
        vote: this.votes[this.votes.length - 1] ?? null,
        line: p.line,
        seen: new Set(),
        about: VOTED_ON.exec(p.text)?.[1]?.trim() ?? null,
      };
      const rest = p.text.slice(intro.index + intro[0].length);
      if (blockSides(rest).length > 0) this.readBlockLine({ text: rest, line: p.line });
      else if (next === null) {
        this.problems.warn(
          p.line,
          PRESS_PROBLEMS.truncatedList,
          'the release announces the result of the vote but the text ends before it',
          p.text.slice(intro.index),
        );
        this.block = null;
      }
    }
  }

  /** The excerpt may stop inside a vote sentence ("Par une résolution adoptée par 20 voi"). */
  checkCut(last: Paragraph | null): void {
    if (!last) return;
    const all = sentences(last);
    const s = all[all.length - 1];
    if (!s || /[.;!?。)”"]$/.test(s.text) || hasTallyCue(s.text)) return;
    if (CUT_VOTE.test(s.text))
      this.problems.warn(
        s.line,
        PRESS_PROBLEMS.unreadVote,
        'the excerpt ends inside the vote sentence',
        s.text,
      );
  }

  finish(): void {
    if (this.block && this.block.seen.size === 0)
      this.problems.warn(
        this.block.line,
        PRESS_PROBLEMS.truncatedList,
        'the result of the vote is announced but no list of states follows',
      );
    this.block = null;
  }

  /** One sentence with a tally cue; false (after a warning) when its counts cannot be read. */
  private readSentence(sentence: string, line: number, rest: string): boolean {
    const t = readTally(sentence, this.language);
    const closed = /[.;!?。)]$/.test(sentence);
    // "by a vote of 22 in favour and 11 against": the abstentions may follow in the next
    // sentence; when nothing says, they are unknown (null), not zero. A sentence that is not
    // closed may be cut before them, so it stays unread.
    let abstainUnknown = false;
    const stated = [t.yes, t.no, t.abstain].filter((x): x is Side => x !== null);
    if (t.yes?.count != null && t.no?.count != null && t.abstain === null && closed) {
      t.abstain = laterAbstentions(rest);
      abstainUnknown = t.abstain === null;
    }
    const missing = (['yes', 'no', 'abstain'] as const).filter(
      (k) => !(k === 'abstain' && abstainUnknown) && (t[k] === null || t[k]!.count === null),
    );
    if (missing.length > 0) {
      const cut =
        /\b(?:by|of|par|voi|vo)\s*\S{0,4}$/i.test(sentence) && !/[.;!?。)]$/.test(sentence);
      this.problems.warn(
        line,
        PRESS_PROBLEMS.unreadVote,
        cut
          ? 'the excerpt ends inside the vote sentence'
          : `a vote sentence without the count of ${missing.map((m) => (m === 'yes' ? 'votes in favour' : m === 'no' ? 'votes against' : 'abstentions')).join(' and ')}`,
        sentence,
      );
      return false;
    }
    const abstain: Side = t.abstain ?? { count: null, names: null, start: 0, end: 0 };
    // the subject is around the counts this sentence states (not those of a later one)
    const start = Math.min(...stated.map((x) => x.start));
    const end = Math.max(...stated.map((x) => x.end));
    const counts = { yes: t.yes!, no: t.no!, abstain };
    // several texts decided by one vote: a record each, with the same counts
    const symbols = symbolsIn(sentence.slice(0, start));
    if (symbols.length > 1 && PLURAL_TEXTS.test(sentence.slice(0, start))) {
      const noun = this.language === 'fr' ? 'projet de résolution' : 'draft resolution';
      for (const symbol of symbols) this.push(sentence, line, `${noun} ${symbol}`, counts, symbol);
      return true;
    }
    const what = AGAINST_WHAT.exec(sentence);
    const against = what?.[1] ?? what?.[2];
    const reading = against
      ? { subject: collapse(against), bare: false }
      : readSubject(sentence, start, end);
    this.push(sentence, line, reading.bare ? this.contextSubject() : reading.subject, counts);
    return true;
  }

  /** Government prose over a paragraph: counts ("18 countries voted yes") and named runs. */
  private readProse(p: Paragraph, next: Paragraph | null): void {
    const counts = proseCounts(p.text);
    // "… while 11 had voted against." then "Meanwhile a total of fourteen (14) member states
    // abstained from voting." in a paragraph of its own
    if (counts.yes && counts.no && !counts.abstain && next)
      counts.abstain = laterAbstentions(next.text);
    const runs = namedRuns(p.text);
    const sides: Partial<Record<SideName, Side>> = {};
    for (const k of ['yes', 'no', 'abstain'] as const) {
      const c = counts[k];
      const run = runs.find((r) => r.side === k);
      const names = run ? trailingNames(run.text) : [];
      if (c) sides[k] = c;
      else if (names.length > 0)
        sides[k] = { count: names.length, names: names.join(', '), start: 0, end: 0 };
    }
    const missing = (['yes', 'no', 'abstain'] as const).filter((k) => !sides[k]);
    if (missing.length === 3) return;
    if (missing.length > 0 && this.namesForLastVote(sides)) return;
    const last = this.votes[this.votes.length - 1];
    const shortList = (['yes', 'no', 'abstain'] as const).find(
      (k) => last && sides[k] && last.counts[k] !== null && sides[k]!.count! < last.counts[k]!,
    );
    if (missing.length > 0 && last && shortList) {
      this.problems.warn(
        p.line,
        PRESS_PROBLEMS.unreadVote,
        `names ${sides[shortList]!.count} states (${shortList}) after a vote of ${last.counts[shortList]}: some of them only, not taken as that vote's ballots`,
        p.text,
      );
      return;
    }
    if (missing.length > 0) {
      this.problems.warn(
        p.line,
        PRESS_PROBLEMS.unreadVote,
        `a vote told in prose without the ${missing.join(' and ')} side`,
        p.text,
      );
      return;
    }
    this.push(p.text, p.line, this.contextSubject(), sides as Record<SideName, Side>);
  }

  /**
   * Names told after the counted vote ("The nations voting against a debate were …",
   * "… abstained."): given to the release's last vote when it named no one on that side and the
   * list is as long as its count; a list of another length is not taken to be that vote's.
   */
  private namesForLastVote(sides: Partial<Record<SideName, Side>>): boolean {
    const vote = this.votes[this.votes.length - 1];
    if (!vote) return false;
    // a count alone that repeats the vote's ("a total of fourteen (14) … abstained") is that vote's
    const fits = (['yes', 'no', 'abstain'] as const).filter((k) => {
      const s = sides[k];
      return s && s.count === vote.counts[k] && (s.names === null || vote[k].length === 0);
    });
    const given = (['yes', 'no', 'abstain'] as const).filter((k) => sides[k]);
    if (fits.length === 0 || fits.length !== given.length) return false;
    for (const k of fits)
      if (sides[k]!.names !== null) vote[k] = this.names(sides[k]!, k, vote.locator.line);
    return true;
  }

  private push(
    sentence: string,
    line: number,
    subject: string | null,
    t: Record<SideName, Side>,
    symbol?: string,
  ): void {
    const counts: PrintedCounts = { yes: t.yes.count!, no: t.no.count!, abstain: t.abstain.count };
    const outcome = outcomeOf(sentence, counts.yes, counts.no);
    const subjectText = subject ?? this.contextSubject() ?? collapse(sentence).slice(0, 200);
    const vote: PressVote = {
      subject: subjectText,
      outcome,
      counts,
      yes: this.names(t.yes, 'yes', line),
      no: this.names(t.no, 'no', line),
      abstain: this.names(t.abstain, 'abstain', line),
      symbol: symbol ?? symbolIn(sentence) ?? (subject === null ? this.lastSymbol : null),
      kind: kindOf(subjectText, sentence, outcome),
      language: this.language,
      locator: { line },
    };
    this.votes.push(vote);
  }

  private contextSubject(): string | null {
    return this.lastNamed ?? this.meta.title;
  }

  /** The states a side names; an unknown name and a count the list does not match are warned. */
  private names(s: Side, side: SideName, line: number): string[] {
    if (s.names === null) return [];
    return this.resolveList(splitStateList(s.names), s.partial ? null : s.count, side, line);
  }

  private resolveList(
    names: readonly string[],
    count: number | null,
    side: SideName,
    line: number,
  ): string[] {
    const codes: string[] = [];
    for (const name of names) {
      const code = resolveOn(name, this.meta.date);
      if (code) codes.push(code);
      else
        this.problems.warn(
          line,
          PRESS_PROBLEMS.unknownState,
          `"${name}" (voting ${side}) is not a known state name`,
          name,
        );
    }
    if (count !== null && names.length !== count)
      this.problems.warn(
        line,
        PRESS_PROBLEMS.countMismatch,
        `${count} voting ${side} but ${names.length} states named`,
        names.join(', '),
      );
    return codes;
  }

  /** A line of a result block; false when the line is not one (the block ends). */
  private readBlockLine(p: Paragraph): boolean {
    const block = this.block!;
    const found = blockSides(p.text);
    if (found.length === 0) {
      if (block.seen.size === 0 && p.text.trim().length < 3) return true;
      this.block = null;
      return false;
    }
    let vote = block.vote;
    // a block whose first count is not the last vote's is the result of a vote of its own
    // ("The Council voted on holding the urgent debate. The results were the following: …")
    if (vote && block.seen.size === 0 && vote.counts[found[0]!.side] !== found[0]!.count) {
      vote = null;
      block.vote = null;
    }
    for (const f of found) {
      if (vote && vote.outcome !== 'unknown' && vote.counts[f.side] !== f.count) {
        this.problems.warn(
          p.line,
          PRESS_PROBLEMS.countMismatch,
          `the list gives ${f.count} voting ${f.side}, the sentence ${vote.counts[f.side]}`,
          p.text,
        );
      }
      if (!vote) {
        vote = {
          subject: block.about ?? this.contextSubject() ?? 'vote',
          outcome: 'unknown',
          counts: { yes: 0, no: 0, abstain: 0 },
          yes: [],
          no: [],
          abstain: [],
          symbol: this.lastSymbol,
          // "voted on holding the urgent debate": a procedural vote
          kind: /^holding\b/i.test(block.about ?? '') ? 'motion' : 'resolution',
          language: this.language,
          locator: { line: p.line },
        };
        this.votes.push(vote);
        block.vote = vote;
      }
      // "Pour : 4 ;" names no one: the count alone
      const names = splitStateList(f.names);
      if (names.length > 0) vote[f.side] = this.resolveList(names, f.count, f.side, p.line);
      if (vote.outcome === 'unknown') vote.counts[f.side] = f.count;
      block.seen.add(f.side);
    }
    if (vote && vote.outcome === 'unknown' && block.seen.size === 3)
      vote.outcome = vote.counts.yes > vote.counts.no ? 'adopted' : 'rejected';
    if (block.seen.size === 3) this.block = null;
    return true;
  }
}
