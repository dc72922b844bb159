import type { PressQuestion } from '../../../domain/ngo-committee.js';
import { labelQuestion } from '../topics.js';
import { collapse } from './characters.js';
import type { Line } from './lines.js';
import { PROBLEM_CODES, type ProblemLog } from './problems.js';
import { sentenceSpans } from './sentences.js';
import { resolveStates, STATE_NAME } from './state-names.js';

const SPEAKER = String.raw`(?:representatives?|delegates?|delegations?|speakers?)`;
const CLAUSE_LEAD = String.raw`(?:\b(?:[Aa]s|[Ww]hile|[Aa]nd|[Ww]ith|[Bb]ut|[Ww]hereas)\s+)?(?:\b[Tt]he\s+)?`;
// "as the representative of China asked", "while the delegate of Cuba requested"
const CLAUSE_OF = new RegExp(
  String.raw`${CLAUSE_LEAD}\b${SPEAKER}\s+(?:of|from)\s+(?:the\s+)?(${STATE_NAME})`,
  'dgu',
);
// "as China's representative asked", "as China 's representative" (stray space, as printed in
// 2021), "the United States' delegate"
const CLAUSE_POSSESSIVE = new RegExp(
  String.raw`${CLAUSE_LEAD}(?<![\p{L}\p{M}])(${STATE_NAME})(\s?'s?)\s+${SPEAKER}\b`,
  'dgu',
);
const CLAUSE_PATTERNS: ReadonlyArray<readonly [RegExp, boolean]> = [
  [CLAUSE_OF, false],
  [CLAUSE_POSSESSIVE, true],
];
// Text that speaks of a state's speaker, or starts the way a clause does, though no clause was read.
const SPEAKER_CUE = new RegExp(String.raw`\b${SPEAKER}\b|^\s*(?:as|while)\s`, 'i');
const LEADING_PUNCTUATION = /^[\s,;:]+/;
// What ends a question but belongs to the next clause: "…, and", "… while".
const TRAILING_JOINER = /(?:[\s,;.]|\b(?:and|while|whereas|but)\b)+$/i;

interface Clause {
  /** Indices in the text searched. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  printedEnd: number;
  possessive: boolean;
}

/** True when text mentions a speaker, so that a clause not read there is worth reporting. */
export function mentionsSpeaker(text: string): boolean {
  return SPEAKER_CUE.test(text);
}

/** The state clauses of `tail`, in order, without overlaps (the earlier one wins). */
function findClauses(tail: string): Clause[] {
  const clauses: Clause[] = [];
  for (const [re, possessive] of CLAUSE_PATTERNS) {
    // Possessives need an apostrophe; skip the costlier scan when there is none.
    if (possessive && !tail.includes("'")) continue;
    re.lastIndex = 0;
    for (let m = re.exec(tail); m; m = re.exec(tail)) {
      const [nameStart, nameEnd] = m.indices![1]!;
      // A possessive is kept as printed, "’s" included ("China ’s"); the schema asks for that.
      const printedEnd = possessive ? m.indices![2]![1] : nameEnd;
      clauses.push({
        start: m.index,
        end: m.index + m[0].length,
        nameStart,
        nameEnd,
        printedEnd,
        possessive,
      });
    }
  }
  clauses.sort((a, b) => a.start - b.start);
  const kept: Clause[] = [];
  for (const c of clauses)
    if (kept.length === 0 || c.start >= kept[kept.length - 1]!.end) kept.push(c);
  return kept;
}

/**
 * Reads the state clauses in line[from, to): each clause runs from the state's name to the next
 * clause or the end. Returns the line index of the first clause, or -1 when there is none.
 */
export function readQuestions(
  line: Line,
  from: number,
  to: number,
  out: PressQuestion[],
  log: ProblemLog,
): number {
  const tail = line.m.slice(from, to);
  const kept = findClauses(tail);
  if (kept.length === 0) return -1;

  kept.forEach((clause, i) => {
    const isLast = i === kept.length - 1;
    const textEnd = from + (isLast ? tail.length : kept[i + 1]!.start);
    const textStart = from + clause.end;
    let question = line.text.slice(textStart, textEnd);
    if (isLast && line.cut) {
      // "…in the past two years.  South Af" — the excerpt cut the next sentence short.
      const spans = sentenceSpans(line.m.slice(textStart, textEnd));
      if (spans.length > 1) {
        const fragmentStart = spans[spans.length - 1]![0];
        const fragment = question.slice(fragmentStart);
        question = question.slice(0, fragmentStart);
        log.truncated(line.number, 'a following sentence was not read', fragment);
      } else {
        log.truncated(line.number, 'question text is incomplete', question);
      }
    }
    question = collapse(question).replace(LEADING_PUNCTUATION, '').replace(TRAILING_JOINER, '');
    const printedName = collapse(
      line.text.slice(from + clause.nameStart, from + clause.printedEnd),
    );
    const states = resolveStates(tail.slice(clause.nameStart, clause.nameEnd), clause.possessive);
    if (!states) {
      log.warn(
        line.number,
        PROBLEM_CODES.unknownState,
        `"${printedName}" is not a known state name; question not recorded`,
        printedName,
      );
      return;
    }
    if (question === '') {
      log.warn(
        line.number,
        PROBLEM_CODES.unreadQuestion,
        `no question text after "${printedName}"`,
        line.text.slice(from, to),
      );
      return;
    }
    for (const s of states) {
      out.push({
        state: s.code,
        stateAsPrinted:
          states.length === 1 && s.printed === tail.slice(clause.nameStart, clause.nameEnd)
            ? printedName
            : s.printed,
        text: question,
        topics: labelQuestion(question),
        locator: { line: line.number },
      });
    }
  });
  return from + kept[0]!.start;
}
