/**
 * Recorded votes in prose: "…decided, by a recorded vote of 15 in favour (…) to 3 against (…), with
 * 1 abstention (…), to grant status to Org" — the counts, the states named on each side, and what
 * was voted on when the sentence says.
 */
import type { PressVote, VoteCounts } from '../../../domain/ngo-committee.js';
// one reading of counts for both press parsers: "six voix contre", "vingt et une", "十九"
import { COUNT_PATTERN_SOURCE, FR_COUNT_SOURCE, parseAnyCount } from '../../common/numbers.js';
import { collapse } from './characters.js';
import type { Line } from './lines.js';
import { PROBLEM_CODES, type ProblemLog } from './problems.js';
import { sentenceSpans, untilSentenceEnd } from './sentences.js';
import { splitOutsideParens } from './split-outside-parens.js';
import { CAP_WORD, resolveStates } from './state-names.js';

const NAME_LIST = String.raw`\((?:[^()]|\([^()]*\))*\)`;
const N = COUNT_PATTERN_SOURCE;
const FR_N = FR_COUNT_SOURCE;
// "15 in favour", "by 6 recorded votes in favour", "In favour: 29 (…)", "15 voix pour": each side's
// forms, count in group 1 and the named list (when printed) in group 2
const VOTE_CUE = new RegExp(
  String.raw`\b${N}\s+(?:recorded\s+)?(?:votes?\s+)?in\s+favou?r\b|\b(?:recorded|roll-call)\s+vote\s+of\b|\bby\s+a\s+vote\s+of\b|\bin\s+favou?r\s*:\s*\d|\bvoix\s+(?:pour|contre)\b`,
  'iu',
);
const YES = [
  new RegExp(
    String.raw`\b(${N})\s+(?:recorded\s+)?(?:votes?\s+)?in\s+favou?r\b(?:\s*(${NAME_LIST}))?`,
    'i',
  ),
  new RegExp(String.raw`\bin\s+favou?r\s*:\s*(${N})\b(?:\s*(${NAME_LIST}))?`, 'i'),
  new RegExp(String.raw`(?<!\p{L})(${FR_N})\s+voix\s+pour\b(?:\s*(${NAME_LIST}))?`, 'iu'),
];
const NO = [
  new RegExp(
    String.raw`\b(${N})\s+(?:recorded\s+)?(?:votes?\s+)?against\b(?:\s*(${NAME_LIST}))?`,
    'i',
  ),
  new RegExp(String.raw`\bagainst\s*:\s*(${N})\b(?:\s*(${NAME_LIST}))?`, 'i'),
  // "10 voix contre (…)", not the "9 voix contre 6" of FR_CONTRE
  new RegExp(
    String.raw`(?<!\p{L})(${FR_N})\s+voix\s+contre\b(?!\s+${FR_N}(?!\p{L}))(?:\s*(${NAME_LIST}))?`,
    'iu',
  ),
];
const ABSTAIN = [
  new RegExp(
    String.raw`\b(${N})\s+(?:abstentions?|abstaining|abstained)\b(?:\s*(${NAME_LIST}))?`,
    'i',
  ),
  new RegExp(String.raw`\babstentions?\s*:\s*(${N})\b(?:\s*(${NAME_LIST}))?`, 'i'),
  new RegExp(String.raw`(?<!\p{L})(${FR_N})\s+abstentions?\b(?:\s*(${NAME_LIST}))?`, 'iu'),
];
// "par 9 voix contre 6": in favour, then against
const FR_CONTRE = new RegExp(
  String.raw`\bpar\s+(${FR_N})\s+voix\s+contre\s+(${FR_N})(?!\p{L})`,
  'iu',
);
const ABSENT = new RegExp(
  String.raw`\b(${COUNT_PATTERN_SOURCE})\s+(?:(?:members?|delegations?|states?)\s+(?:were\s+)?absent|absent(?:\s+(?:members?|delegations?))?|absentees?)\b(?:\s*(${NAME_LIST}))?`,
  'i',
);
const ABSENT_COLON = /\babsent\s*:\s*((?:[^.;()]|\([^()]*\))+)/i;
const VOTE_INTRO =
  /\s*,?\s*(?:\b(?:by|in|with|following|after)\s+)?(?:a\s+)?(?:single\s+)?(?:recorded\s+|roll-call\s+)?(?:votes?\s+(?:of\s+)?)?$/i;
const NO_ACTION_MOTION = /\bno-action\s+motion\b|\bmotion\s+(?:of|for)\s+no[\s-]action\b/i;
const DECISION_VERB =
  /(?<!\p{L})(rejected|adopted|approved|granted|denied|defeated|decided|refused|recommended|carried|failed|rejetée?s?|adoptée?s?|approuvée?s?|octroyée?s?|accordée?s?|décidée?|refusée?s?|recommandée?s?)(?!\p{L})/giu;
const REJECTING_VERB = /^(?:rejected|denied|defeated|refused|failed|rejetée?s?|refusée?s?)$/;
const PARTICIPLE_TO_MOTION: Readonly<Record<string, string>> = {
  granted: 'grant',
  recommended: 'recommend',
  denied: 'deny',
  refused: 'refuse',
  rejected: 'reject',
  approved: 'approve',
};
const SUBJECT_BEFORE =
  /^(.{2,300}?)\s+(?:was|were)\s+(granted|recommended|denied|refused|rejected|approved)\s+(.+?)\s*$/;
const APPLICATION_OF = new RegExp(
  String.raw`\b(?:applications?|requests?)\s+(?:submitted\s+)?(?:by|of)\s+(?:the\s+)?(?:non-governmental\s+organi[sz]ation\s+|organi[sz]ation\s+|NGO\s+|group\s+)?(${CAP_WORD}[^;()]*)`,
  'u',
);
// Where an organisation's name ends in running text: ", following", " by a recorded vote"; but
// not ", Inc." or words inside names ("Committee to Protect Journalists").
const SUBJECT_STOP =
  /(?:,\s+(?!Inc\b|Ltd\b|e\.V\.)|\s+(?:by|following|after|was|were|which|with|on)\s|\s+for\s+(?:(?:special|general)\s+)?(?:consultative|status)\b)[\s\S]*$/;
// "rejected the applications of A (Country) and B (Country) by a single recorded vote of …": one
// vote decided several applications; each gets a record with the same counts
const APPLICATIONS_LIST =
  /\bapplications\s+(?:submitted\s+)?(?:by|of)\s+(?:the\s+)?(.+?\))\s+(?:by|following|with|in)\s+(?:a\s+)?(?:single\s+)?(?:recorded\s+|roll-call\s+)?votes?\b/i;
const LIST_SEPARATOR = /\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?/;
// "The motion to grant … failed by a vote of …": the motion is the verb's subject
const MOTION_SUBJECT = /\b((?:no-action\s+)?motion\s+(?:to|for|of)\s+.+?)\s*$/i;
const IN_FAVOUR_OF = /^\s+of\s+(\p{Ll}+ing\b[^,;.()]*?)(?=\s+(?:and|to|with)\s|\s*[,;.(]|$)/u;
const MOTION_AFTER = /^\s*,?\s*(?:(?:so as |in order )?to)\s+(.+)$/i;
const OBJECT_SPLIT =
  /^(.+?)\s+(?:of|for|to|submitted by)\s+(?:the\s+)?(?:non-governmental\s+organi[sz]ation|organi[sz]ation|NGO|group|entity)?\s*(\p{Lu}.*)$/u;
const LEADING_THE = /^the\s+/i;
const LEADING_AND = /^and\s+/i;

interface Tally {
  count: number;
  names: string | null;
  index: number;
  end: number;
}

function tally(res: RegExp | readonly RegExp[], text: string): Tally | null {
  for (const re of Array.isArray(res) ? res : [res]) {
    const t = tallyOne(re as RegExp, text);
    if (t) return t;
  }
  return null;
}

function tallyOne(re: RegExp, text: string): Tally | null {
  const m = re.exec(text);
  if (!m) return null;
  const count = parseAnyCount(m[1]!);
  if (count === undefined) return null;
  const list = m[2] ?? null;
  return {
    count,
    names: list ? list.slice(1, -1) : null,
    index: m.index,
    end: m.index + m[0].length,
  };
}

/** Splits "Azerbaijan, Burundi, Iran (Islamic Republic of) and Sudan" at top-level commas and "and". */
function splitNameList(list: string): string[] {
  return splitOutsideParens(list, 0, list.length, ',;')
    .map(([s, e]) => collapse(list.slice(s, e)).replace(LEADING_AND, ''))
    .filter((p) => p !== '');
}

/** Reads every vote in the line's sentences into `out`. */
export function readVotes(line: Line, out: PressVote[], log: ProblemLog): void {
  // Most lines mention no vote; a substring test is much cheaper than the cue's alternation.
  const m = line.m;
  if (!m.includes('favo') && !m.includes('vote') && !m.includes('Vote') && !m.includes('voix'))
    return;
  if (!VOTE_CUE.test(m)) return;
  for (const [s, e] of sentenceSpans(m)) {
    if (!VOTE_CUE.test(m.slice(s, e))) continue;
    const vote = readVote(line, s, e, log);
    if (vote) out.push(...splitApplications(line.m.slice(s, e), vote));
  }
}

/** The vote in the sentence line[from, to); null (with a warning) when its tally is unreadable. */
function readVote(line: Line, from: number, to: number, log: ProblemLog): PressVote | null {
  const m = line.m.slice(from, to);
  const printed = line.text.slice(from, to);
  const contre = FR_CONTRE.exec(m);
  const contreSide = (g: number): Tally | null => {
    const count = contre ? parseAnyCount(contre[g]!) : undefined;
    return contre && count !== undefined
      ? { count, names: null, index: contre.index, end: contre.index + contre[0].length }
      : null;
  };
  const yes = tally(YES, m) ?? contreSide(1);
  const no = tally(NO, m) ?? contreSide(2);
  const abstain = tally(ABSTAIN, m);
  const absent = tally(ABSENT, m);
  if (!yes || (!no && !abstain)) {
    if (line.cut && to === line.m.length) log.truncated(line.number, 'vote not read', printed);
    else
      log.warn(
        line.number,
        PROBLEM_CODES.unreadVote,
        'sentence looks like a vote but its tally could not be read',
        printed,
      );
    return null;
  }
  const found = [yes, no, abstain, absent].filter((t): t is Tally => t !== null);
  const countsStart = Math.min(...found.map((t) => t.index));
  const countsEnd = Math.max(...found.map((t) => t.end));
  const before = m.slice(0, countsStart).replace(VOTE_INTRO, '');
  const after = m.slice(countsEnd);

  let motion: string | null = null;
  let subject: string | null = null;
  let outcome: 'adopted' | 'rejected' | null = null;

  if (NO_ACTION_MOTION.test(m)) motion = 'no-action motion';

  const toClause = MOTION_AFTER.exec(after);
  if (toClause) {
    const phrase = untilSentenceEnd(toClause[1]!).trim();
    const split = OBJECT_SPLIT.exec(phrase);
    motion ??= collapse(split ? split[1]! : phrase);
    if (split) subject = collapse(split[2]!);
  }

  // "6 votes in favour of granting consultative status and 10 against"
  const inFavourOf = IN_FAVOUR_OF.exec(m.slice(yes.end));
  if (inFavourOf) motion ??= collapse(inFavourOf[1]!);

  let verb: RegExpExecArray | null = null;
  DECISION_VERB.lastIndex = 0;
  for (let v = DECISION_VERB.exec(before); v; v = DECISION_VERB.exec(before)) verb = v;
  if (verb) {
    const word = verb[1]!.toLowerCase();
    outcome = REJECTING_VERB.test(word) ? 'rejected' : 'adopted';
    const motionSubject = MOTION_SUBJECT.exec(before.slice(0, verb.index));
    if (motionSubject) {
      const phrase = collapse(motionSubject[1]!);
      const split = OBJECT_SPLIT.exec(
        phrase.replace(/^(?:no-action\s+)?motion\s+(?:to|for|of)\s+/i, ''),
      );
      motion ??= phrase;
      if (split) subject ??= collapse(split[2]!).replace(LEADING_THE, '');
    }
    const passive = SUBJECT_BEFORE.exec(before.trim());
    if (passive) {
      subject ??= collapse(passive[1]!);
      motion ??= collapse(`${PARTICIPLE_TO_MOTION[passive[2]!] ?? passive[2]!} ${passive[3]!}`);
    } else if (word !== 'decided') {
      const object = collapse(before.slice(verb.index + verb[0].length)).replace(LEADING_THE, '');
      if (object !== '') motion ??= object;
    }
  }

  if (subject === null) {
    const application = APPLICATION_OF.exec(line.m);
    if (application)
      subject = collapse(untilSentenceEnd(application[1]!.replace(SUBJECT_STOP, '')));
  }

  const counts: VoteCounts = {
    yes: yes.count,
    no: no ? no.count : null,
    abstain: abstain ? abstain.count : null,
    absent: absent ? absent.count : null,
  };
  // "absent: Burundi, Sudan" instead of "2 absent (Burundi, Sudan)".
  let absentNamed = absent;
  const colon = absent?.names ? null : ABSENT_COLON.exec(m);
  if (colon) {
    const names = colon[1]!;
    const count = counts.absent ?? splitNameList(names).length;
    counts.absent = count;
    absentNamed = { count, names, index: colon.index, end: colon.index + colon[0].length };
  }
  return {
    subject: subject === null ? null : toPrinted(line, from, subject),
    motion: motion === null ? 'unknown' : toPrinted(line, from, motion),
    outcome,
    yes: readNames(line, yes, 'in favour', log),
    no: readNames(line, no, 'against', log),
    abstain: readNames(line, abstain, 'abstaining', log),
    absent: readNames(line, absentNamed, 'absent', log),
    counts,
    locator: { line: line.number },
    passage: collapse(line.raw.slice(from, to)),
  };
}

/** Maps match-form text found in a sentence back to its printed form (apostrophes as printed). */
function toPrinted(line: Line, from: number, matched: string): string {
  const folded = collapse(line.m.slice(from));
  const printed = collapse(line.text.slice(from));
  const at = folded.indexOf(matched);
  return at >= 0 ? printed.slice(at, at + matched.length) : matched;
}

/** The codes of the states a tally names; a name not known, or a count that differs, is reported. */
function readNames(line: Line, t: Tally | null, side: string, log: ProblemLog): string[] {
  if (!t || t.names === null) return [];
  const codes: string[] = [];
  let named = 0;
  for (const name of splitNameList(t.names)) {
    const states = resolveStates(name, false);
    if (!states) {
      named += 1;
      log.warn(
        line.number,
        PROBLEM_CODES.unknownState,
        `"${name}" (voting ${side}) is not a known state name`,
        name,
      );
      continue;
    }
    named += states.length;
    for (const s of states) codes.push(s.code);
  }
  if (named !== t.count) {
    log.warn(
      line.number,
      PROBLEM_CODES.voteCountMismatch,
      `${t.count} ${side} but ${named} states named`,
      t.names,
    );
  }
  return codes;
}

/** One record per application when one vote decided several ("the applications of A (X) and B (Y)"). */
function splitApplications(sentence: string, vote: PressVote): PressVote[] {
  const list = APPLICATIONS_LIST.exec(sentence);
  if (!list) return [vote];
  const names = list[1]!
    .split(LIST_SEPARATOR)
    .map((n) => collapse(n.replace(/\s*\((?:[^()]|\([^()]*\))*\)?\s*$/, '')))
    .filter((n) => n !== '');
  if (names.length < 2) return [vote];
  return names.map((subject) => ({ ...vote, subject, motion: 'application' }));
}
