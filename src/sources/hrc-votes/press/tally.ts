/**
 * The counts a sentence states, in the forms the Council's releases use:
 *   "adopted by a vote of 28 in favour, 1 against and 17 abstentions" (any order, words or digits)
 *   "by 37 votes in favour, 4 votes against and 6 abstentions"
 *   "by a vote of 23 to 6 —including 18 abstentions—"
 *   "27 voix pour, six voix contre et 14 abstentions", "par 27 voix contre 6, avec 14 abstentions"
 *   "19票赞成、7票反对和21票弃权"
 * and, over a paragraph, the prose of government releases: "18 countries today voted yes …,
 * 15 abstained, while 14 were opposed", "Argentina, … voted for it. Cameroon, … voted against".
 */
import {
  COUNT_PATTERN_SOURCE,
  FR_COUNT_SOURCE,
  parseAnyCount,
  ZH_COUNT_SOURCE,
} from '../../common/numbers.js';
import type { PressLanguage } from './text.js';

export interface Side {
  count: number | null;
  /** the names printed for this side, as one string, when the text lists them */
  names: string | null;
  start: number;
  end: number;
  /** the names are some of the side only ("28 countries including France, …"): no count check */
  partial?: boolean;
}

export interface Tally {
  yes: Side | null;
  no: Side | null;
  abstain: Side | null;
}

const N = COUNT_PATTERN_SOURCE;
const NAME_LIST = String.raw`\((?:[^()]|\([^()]*\))*\)`;
// "recorded votes" too: "by 3 recorded votes in favour (…) to 5 recorded votes against (…)"
const VOTES = String.raw`(?:recorded\s+)?(?:votes?\s+)?`;
// "11 nations abstaining", "14 countries abstaining"
const WHO = String.raw`(?:(?:countries|states|members|member\s+states|nations|delegations)\s+)?`;
const EN_YES = new RegExp(
  String.raw`\b(${N})\s+${VOTES}in\s+favou?r\b(?!\s+of\s+(?:the|a|an)\b)(?:\s*(${NAME_LIST}))?`,
  'i',
);
const EN_NO = new RegExp(String.raw`\b(${N})\s+${VOTES}against\b(?:\s*(${NAME_LIST}))?`, 'i');
const EN_ABSTAIN = new RegExp(
  String.raw`\b(${N})\s+(?:abstentions?|${WHO}abstaining)\b(?:\s*(${NAME_LIST}))?`,
  'i',
);
// "voted 19-17 against holding a debate": the first count is against, the motion failed
const EN_AGAINST_FIRST = /\bvoted\s+(\d{1,3})\s*[-–]\s*(\d{1,3})\s+against\b/i;
const EN_TO = new RegExp(
  String.raw`\bvote\s+of\s+(${N})\s+to\s+(${N})\b|\bvoted\s+(\d{1,3})\s*[-–]\s*(\d{1,3})\b`,
  'i',
);
const FR_YES = new RegExp(
  String.raw`(?<![\p{L}])(${FR_COUNT_SOURCE})\s+voix\s+pour\b(?:\s*(${NAME_LIST}))?`,
  'iu',
);
const FR_NO = new RegExp(
  String.raw`(?<![\p{L}])(${FR_COUNT_SOURCE})\s+voix\s+contre\b(?!\s+${FR_COUNT_SOURCE}\b)(?:\s*(${NAME_LIST}))?`,
  'iu',
);
const FR_ABSTAIN = new RegExp(
  String.raw`(?<![\p{L}])(${FR_COUNT_SOURCE})\s+abstentions?\b(?:\s*(${NAME_LIST}))?`,
  'iu',
);
const FR_CONTRE = new RegExp(
  String.raw`\bpar\s+(${FR_COUNT_SOURCE})\s+voix\s+contre\s+(${FR_COUNT_SOURCE})\b`,
  'iu',
);
const ZH_YES = new RegExp(String.raw`(${ZH_COUNT_SOURCE})\s*票\s*赞成`);
const ZH_NO = new RegExp(String.raw`(${ZH_COUNT_SOURCE})\s*票\s*反对`);
const ZH_ABSTAIN = new RegExp(String.raw`(${ZH_COUNT_SOURCE})\s*票\s*弃权`);

/** A sentence that states, or tries to state, a vote's counts. */
const EN_CUE = new RegExp(
  String.raw`\b${N}\s+${VOTES}in\s+favou?r\b|\bvote\s+of\s+${N}\b|\bvoted\s+\d+\s*[-–]\s*\d+\b|\b${N}\s+${VOTES}against\b`,
  'i',
);
const FR_CUE = /\bvoix\s+(?:pour|contre)\b/i;
const ZH_CUE = /票\s*(?:赞成|反对|弃权)/;

export function hasTallyCue(sentence: string): boolean {
  return EN_CUE.test(sentence) || FR_CUE.test(sentence) || ZH_CUE.test(sentence);
}

function side(re: RegExp, text: string, group = 1): Side | null {
  const m = re.exec(text);
  if (!m) return null;
  const count = parseAnyCount(m[group]!);
  if (count === undefined) return null;
  const list = m[2] && m[2].startsWith('(') ? m[2].slice(1, -1) : null;
  return { count, names: list, start: m.index, end: m.index + m[0].length };
}

/**
 * The abstentions told after a sentence that gave only the votes for and against: "… while 11 had
 * voted against. Meanwhile a total of fourteen (14) member states abstained from voting."
 */
export function laterAbstentions(text: string): Side | null {
  // a text that talks of votes for or against is another vote's, not these abstentions
  if (hasTallyCue(text) || /in\s+favou?r|\bagainst\b|\bvoted\b|voix\s+(?:pour|contre)/i.test(text))
    return null;
  return side(EN_ABSTAIN, text) ?? side(PROSE_ABSTAIN, text) ?? side(FR_ABSTAIN, text);
}

/** The counts a sentence states; sides it does not state are null. */
export function readTally(sentence: string, language: PressLanguage): Tally {
  if (language === 'zh' || ZH_CUE.test(sentence))
    return {
      yes: side(ZH_YES, sentence),
      no: side(ZH_NO, sentence),
      abstain: side(ZH_ABSTAIN, sentence),
    };
  if (language === 'fr' || FR_CUE.test(sentence)) {
    const contre = FR_CONTRE.exec(sentence);
    if (contre && !FR_YES.test(sentence)) {
      const start = contre.index;
      const end = start + contre[0].length;
      const yes = parseAnyCount(contre[1]!);
      const no = parseAnyCount(contre[2]!);
      return {
        yes: yes === undefined ? null : { count: yes, names: null, start, end },
        no: no === undefined ? null : { count: no, names: null, start, end },
        abstain: side(FR_ABSTAIN, sentence),
      };
    }
    return {
      yes: side(FR_YES, sentence),
      no: side(FR_NO, sentence),
      abstain: side(FR_ABSTAIN, sentence),
    };
  }
  const first = EN_AGAINST_FIRST.exec(sentence);
  if (first) {
    const start = first.index;
    const end = start + first[0].length;
    return {
      yes: { count: Number(first[2]), names: null, start, end },
      no: { count: Number(first[1]), names: null, start, end },
      abstain: side(EN_ABSTAIN, sentence),
    };
  }
  const to = EN_TO.exec(sentence);
  if (to && !EN_YES.test(sentence)) {
    const start = to.index;
    const end = start + to[0].length;
    const yes = parseAnyCount(to[1] ?? to[3]!);
    const no = parseAnyCount(to[2] ?? to[4]!);
    return {
      yes: yes === undefined ? null : { count: yes, names: null, start, end },
      no: no === undefined ? null : { count: no, names: null, start, end },
      abstain: side(EN_ABSTAIN, sentence),
    };
  }
  return {
    yes: side(EN_YES, sentence),
    no: side(EN_NO, sentence),
    abstain: side(EN_ABSTAIN, sentence),
  };
}

// ---- prose of government releases, read over a whole paragraph ----

// "22 member states", "fourteen (14) member states", "Five countries – A, B and C –"
const GROUP = String.raw`(?:\s*\(\d{1,3}\))?\s+(?:(?:countries|states|members|member\s+states|nations|delegations)\s+)?(?:today\s+|also\s+|had\s+)?`;
const PROSE_YES = new RegExp(
  String.raw`\b(${N})${GROUP}(?:(?:including|such\s+as)\s+([^.;]{3,600}?)\s+)?voted\s+(?:yes|for|in\s+favou?r|in\s+support)\b`,
  'i',
);
const PROSE_NO = new RegExp(
  String.raw`\b(${N})${GROUP}(?:[–—]\s*([^–—.;]{3,600}?)\s*[–—]\s*)?(?:voted\s+(?:no|against)|were\s+opposed|opposed)\b`,
  'i',
);
const PROSE_ABSTAIN = new RegExp(String.raw`\b(${N})${GROUP}(?:abstained|abstaining)\b`, 'i');
const NAMED_VERB = /\s+(voted\s+(?:for|in\s+favou?r|yes|against|no)|abstained)\b/gi;
// "The nations voting against a debate were Bolivia, …, Uzbekistan and Venezuela."
const VOTING_WERE =
  /\b(?:nations|countries|states|members|delegations)\s+voting\s+(against|no|in\s+favou?r|for|yes)\b[^.;]{0,80}?\s+were\s+([^.;]{3,800})/i;
export const PROSE_CUE =
  /\bvoted\s+(?:for|in\s+favou?r|yes|against|in\s+support)\b|\babstained\b|\bwere\s+opposed\b|\bvoting\s+(?:against|no|in\s+favou?r|for|yes)\b[^.;]{0,80}?\s+were\b/i;

export interface NamedRun {
  side: 'yes' | 'no' | 'abstain';
  /** the text before the verb, back to the previous verb or sentence start */
  text: string;
}

/** "A, B and C voted against …, and D abstained": the runs of text before each verb. */
export function namedRuns(paragraph: string): NamedRun[] {
  const runs: NamedRun[] = [];
  const were = VOTING_WERE.exec(paragraph);
  if (were) {
    const verb = were[1]!.toLowerCase();
    runs.push({ side: /against|no/.test(verb) ? 'no' : 'yes', text: were[2]! });
  }
  let from = 0;
  NAMED_VERB.lastIndex = 0;
  for (let m = NAMED_VERB.exec(paragraph); m; m = NAMED_VERB.exec(paragraph)) {
    const verb = m[1]!.toLowerCase();
    const sideName = verb.startsWith('abstain')
      ? 'abstain'
      : /against|no$/.test(verb)
        ? 'no'
        : 'yes';
    // the run starts after the previous sentence end or the previous verb's clause
    let text = paragraph.slice(from, m.index);
    const lastStop = Math.max(text.lastIndexOf('. '), text.lastIndexOf('; '));
    if (lastStop >= 0) text = text.slice(lastStop + 2);
    runs.push({ side: sideName, text });
    // skip the verb's object up to the next comma ("voted against the resolution, and …")
    const rest = paragraph.slice(m.index + m[0].length);
    const comma = rest.search(/[,.;]/);
    from = m.index + m[0].length + (comma < 0 ? rest.length : comma + 1);
    NAMED_VERB.lastIndex = from;
  }
  return runs;
}

export function proseCounts(paragraph: string): Tally {
  // the names printed with a count: all of them between dashes, some of them after "including"
  const named = (re: RegExp, partial: boolean): Side | null => {
    const s = side(re, paragraph);
    const names = re.exec(paragraph)?.[2];
    return s && names ? { ...s, names, partial } : s;
  };
  return {
    yes: named(PROSE_YES, true),
    no: named(PROSE_NO, false),
    abstain: side(PROSE_ABSTAIN, paragraph),
  };
}

// ---- "In favour (31): A, B; Against (7): …; Abstentions (9): …" ----

const BLOCK_SIDE =
  /(?:^|[;.\s])(In\s+favou?r|Against|Abstentions?|Abstaining|Pour|Contre|赞成|反对|弃权)\s*[(（]\s*(\d{1,3})\s*[)）]\s*[:：]\s*([^;:]*?)(?=\s*(?:;|\.?\s*$|(?:In\s+favou?r|Against|Abstentions?|Abstaining|Pour|Contre)\s*[(（]))/gi;
// the count after the label: "In favour: 29 (Argentina, …)", "Pour : 4 ;"
const BLOCK_SIDE_COUNT_FIRST =
  /(?:^|[;.\s])(In\s+favou?r|Against|Abstentions?|Abstaining|Pour|Contre)\s*:\s*(\d{1,3})\b\s*(?:\(((?:[^()]|\([^()]*\))*)\))?/gi;
export const RESULT_INTRO =
  /\bresults?\s+of\s+the\s+vote\s+(?:was|were)\s+as\s+follows\b|\bresults?\s+(?:was|were|is|are)\s+the\s+following\b|\brésultat\s+du\s+vote\b|表决结果如下/i;

export interface BlockSide {
  side: 'yes' | 'no' | 'abstain';
  count: number;
  names: string;
}

/** The sides a line of a result block states ("In favour (31): Argentina, …;"). */
export function blockSides(line: string): BlockSide[] {
  const out: BlockSide[] = [];
  const sideOf = (label: string): BlockSide['side'] =>
    /favou?r|pour|赞成/i.test(label)
      ? 'yes'
      : /against|contre|反对/i.test(label)
        ? 'no'
        : 'abstain';
  BLOCK_SIDE.lastIndex = 0;
  for (let m = BLOCK_SIDE.exec(line); m; m = BLOCK_SIDE.exec(line))
    out.push({ side: sideOf(m[1]!), count: Number(m[2]), names: m[3]!.trim() });
  if (out.length > 0) return out;
  BLOCK_SIDE_COUNT_FIRST.lastIndex = 0;
  for (let m = BLOCK_SIDE_COUNT_FIRST.exec(line); m; m = BLOCK_SIDE_COUNT_FIRST.exec(line))
    out.push({ side: sideOf(m[1]!), count: Number(m[2]), names: (m[3] ?? '').trim() });
  return out;
}
