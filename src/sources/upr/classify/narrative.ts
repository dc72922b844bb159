import type { NarrativeLabel } from '../../../domain/upr.js';

/**
 * Recommendations that endorse the reviewed state's own narrative instead of asking it to change:
 * a short, explicit phrase list (docs/upr-classification.md shows matches from the China
 * matrices). Each phrase is one rule; the first that matches is the label. The list is about
 * wording China's government promotes, which friendly states echo in their recommendations.
 */
interface NarrativeRule {
  id: string;
  pattern: RegExp;
  /** lower-case words one of which the rule cannot match without: a substring test first keeps
   * 41,000 texts from running eleven regular expressions each */
  needs: readonly string[];
  /** a match counts only when this holds for it (the endorsing form of a word critics use too) */
  keep?: (text: string, m: RegExpExecArray) => boolean;
}

// "the so-called 'vocational … centres'": a critic naming the thing at arm's length
const SO_CALLED = /\bso-called\s*["“‘']?\s*$/i;
const OPENING_QUOTE = /["“‘']\s*$/;
const XINJIANG = /\b(?:Xinjiang|Uyghurs?|Uighurs?)\b/i;
// (de)politicization is the narrative when it is about human rights and the UN system, not a
// domestic body ("depoliticize the police", "the politicization of the Media Monitoring Board")
const RIGHTS_SYSTEM =
  /\bCouncil\b|\bmechanisms?\b|\bUnited Nations\b|\buniversal periodic review\b|\bUPR\b|\binternational\b/i;
const HUMAN_RIGHTS_AFTER = /^[^.;]{0,60}\bhuman rights\b/i;
const INTERFERENCE_BEFORE =
  /\b(?:non-?)?(?:interference|intervention|interfer\w*|interven\w*)\b[^.;]{0,40}$/i;
const STATE_AFFAIRS = /\baffairs\b|\bsovereign\w*|\bprinciples?\b/i;

/** The sentence around a match, for a rule that needs its context. */
function sentenceAround(text: string, m: RegExpExecArray, reach = 120): string {
  const from = Math.max(0, m.index - reach);
  const to = Math.min(text.length, m.index + m[0].length + reach);
  const before = text.slice(from, m.index).split(/[.;]/).pop() ?? '';
  const after = text.slice(m.index + m[0].length, to).split(/[.;]/)[0] ?? '';
  return `${before}${m[0]}${after}`;
}

const NARRATIVE_RULES: readonly NarrativeRule[] = [
  {
    id: 'narrative.separatism',
    pattern:
      /\b(?:combat\w*|fight\w*|counter\w*|oppos\w*) (?:\w+ ){0,6}?separatis[mt]\w*|\bseparatis[mt]\w* (?:and|,) (?:\w+ ){0,2}(?:terroris|extremis)\w*|three evil forces/gi,
    needs: ['separatis', 'three evil'],
  },
  {
    id: 'narrative.xinjiang-terrorism',
    pattern:
      /\b(?:terroris[mt]|extremis[mt]|radicali[sz]ation|de-?radicali[sz]ation)\b[^.;]{0,80}\bXinjiang\b|\bXinjiang\b[^.;]{0,80}\b(?:terroris[mt]|extremis[mt]|de-?radicali[sz]ation)/gi,
    needs: ['xinjiang'],
  },
  {
    // the official name of the camps: only in a Xinjiang context, and not in distancing quotes
    id: 'narrative.vocational-centres',
    pattern: /\bvocational (?:education and )?training (?:centres|centers)\b/gi,
    needs: ['vocational'],
    keep: (text, m) => XINJIANG.test(text) && !OPENING_QUOTE.test(text.slice(0, m.index)),
  },
  { id: 'narrative.xizang', pattern: /\bXizang\b/gi, needs: ['xizang'] },
  {
    id: 'narrative.development-guarantee',
    pattern:
      /\bdevelopment (?:is|as|being) (?:the )?(?:best|key|master|fundamental|primary) (?:guarantee|key|way|means)|\bright to (?:subsistence and|development as) (?:the )?(?:primary|basic|fundamental)/gi,
    needs: ['development is', 'development as', 'development being', 'right to subsistence'],
  },
  {
    id: 'narrative.people-centred',
    pattern: /\bpeople[- ](?:centred|centered|oriented|first)\b|\bpeople-centred development\b/gi,
    needs: ['people'],
  },
  {
    id: 'narrative.national-conditions',
    pattern:
      /\b(?:suited|suitable|in line|in accordance|consistent|according) (?:\w+ ){0,2}(?:its|their) (?:own )?national (?:conditions|realities|circumstances)\b|\bwith Chinese characteristics\b|\bits own (?:development )?path\b/gi,
    needs: [
      'national condition',
      'national realit',
      'national circumstance',
      'chinese characteristics',
      'own path',
      'own development path',
    ],
  },
  {
    id: 'narrative.shared-future',
    pattern:
      /\bcommunity (?:with a|of) shared future\b|\bwin-win cooperation\b|\bBelt and Road\b/gi,
    needs: ['shared future', 'win-win', 'belt and road'],
  },
  {
    id: 'narrative.hong-kong-security',
    pattern:
      /\bnational security\b[^.;]{0,120}\bHong Kong\b|\bHong Kong\b[^.;]{0,120}\bnational security\b/gi,
    needs: ['hong kong'],
  },
  {
    id: 'narrative.achievements',
    pattern:
      /\b(?:its|the) (?:remarkable |great |important |significant )?achievements\b|\bachievements (?:made|attained|achieved)\b/gi,
    needs: ['achievements'],
  },
  {
    // Endorsing forms only: "non-politicization", "combat politicization … of human rights",
    // "non-interference in internal affairs". "Minimize the politicization of the Media
    // Monitoring Board", "politicized charges", "non-interference in their respective
    // prerogatives" (of the judiciary) and "the office of internal affairs" are not the narrative.
    id: 'narrative.non-politicization',
    pattern:
      /\bnon-?\s?politici[sz]\w*|\b(?:de-?)?politici[sz]\w+|\bdouble standards\b|\b(?:non-?)?(?:interference|intervention) in (?:the )?(?:[\w’']+ )?internal affairs\b|\binternal affairs\b|\bnon-interference\b|\bnon-selectivity\b/gi,
    needs: [
      'politici',
      'double standards',
      'internal affairs',
      'non-interference',
      'non-selectivity',
    ],
    keep: (text, m) => {
      const word = m[0].toLowerCase();
      if (/^non/.test(word) && word.includes('politici')) return true;
      if (word.includes('politici'))
        return (
          HUMAN_RIGHTS_AFTER.test(text.slice(m.index + m[0].length)) ||
          RIGHTS_SYSTEM.test(sentenceAround(text, m))
        );
      if (word === 'internal affairs') return INTERFERENCE_BEFORE.test(text.slice(0, m.index));
      if (word === 'non-interference') return STATE_AFFAIRS.test(sentenceAround(text, m));
      return true;
    },
  },
];

/**
 * Any word of any rule's `needs`, in one pattern over the lower-cased text: 96 % of texts hold
 * none, and one scan says so where each rule's own tests took 26 substring searches.
 */
const ANY_NEED = new RegExp(
  NARRATIVE_RULES.flatMap((r) => r.needs)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))
    .join('|'),
);

export function classifyNarrative(text: string): NarrativeLabel | null {
  const lower = text.toLowerCase();
  return ANY_NEED.test(lower) ? narrativeByEachRule(text, lower) : null;
}

/** The rules in order, each tried when the text holds one of its words (`lower`: the text lower-cased). */
export function narrativeByEachRule(text: string, lower: string): NarrativeLabel | null {
  for (const rule of NARRATIVE_RULES) {
    if (!rule.needs.some((w) => lower.includes(w))) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m !== null; m = rule.pattern.exec(text)) {
      if (SO_CALLED.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      if (rule.keep && !rule.keep(text, m)) continue;
      return { ruleId: rule.id, matched: m[0] };
    }
  }
  return null;
}

/** Every word some rule needs (for tests of the pattern that stands for them). */
export const NARRATIVE_NEEDS: readonly string[] = NARRATIVE_RULES.flatMap((r) => r.needs);

const REPEATED =
  /\bas (?:previously |already )?recommended (?:previously|before|earlier|in (?:the )?(?:first|previous|last|earlier) (?:cycle|review|UPR))|\breiterat\w+|\bprevious (?:UPR )?recommendations?\b|\brecommendations? (?:made|accepted|received) (?:during|in|at) (?:the|its) (?:first|previous|last|earlier) (?:cycle|review|UPR)|\brecommended in the (?:first|previous|last) (?:cycle|review)|\bpreviously (?:accepted|recommended|supported)\b|\b(?:first|previous) (?:cycle|review) recommendations?\b/i;

/** "as recommended previously", "reiterates", "previous recommendations", "recommended in the first cycle". */
export function saysRepeated(text: string): boolean {
  return REPEATED.test(text);
}
