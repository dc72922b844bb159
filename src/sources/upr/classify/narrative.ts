import type { NarrativeLabel } from '../../../domain/upr.js';

/**
 * Recommendations that endorse the reviewed state's own narrative instead of asking it to change:
 * a short, explicit phrase list (docs/upr-classification.md shows matches from the China
 * matrices). Each phrase is one rule; the first that matches is the label. The list is about
 * wording China's government promotes, which friendly states echo in their recommendations.
 */
// Each rule with the lower-case words one of which it cannot match without: a substring test
// first keeps 41,000 texts from running eleven regular expressions each.
const NARRATIVE_RULES: ReadonlyArray<readonly [string, RegExp, readonly string[]]> = [
  [
    'narrative.separatism',
    /\b(?:combat\w*|fight\w*|counter\w*|oppos\w*) (?:\w+ ){0,6}?separatis[mt]\w*|\bseparatis[mt]\w* (?:and|,) (?:\w+ ){0,2}(?:terroris|extremis)\w*|three evil forces/i,
    ['separatis', 'three evil'],
  ],
  [
    'narrative.xinjiang-terrorism',
    /\b(?:terroris[mt]|extremis[mt]|radicali[sz]ation|de-?radicali[sz]ation)\b[^.;]{0,80}\bXinjiang\b|\bXinjiang\b[^.;]{0,80}\b(?:terroris[mt]|extremis[mt]|de-?radicali[sz]ation)/i,
    ['xinjiang'],
  ],
  [
    'narrative.vocational-centres',
    /\bvocational (?:education and )?training (?:centres|centers)\b/i,
    ['vocational'],
  ],
  ['narrative.xizang', /\bXizang\b/i, ['xizang']],
  [
    'narrative.development-guarantee',
    /\bdevelopment (?:is|as|being) (?:the )?(?:best|key|master|fundamental|primary) (?:guarantee|key|way|means)|\bright to (?:subsistence and|development as) (?:the )?(?:primary|basic|fundamental)/i,
    ['development is', 'development as', 'development being', 'right to subsistence'],
  ],
  [
    'narrative.people-centred',
    /\bpeople[- ](?:centred|centered|oriented|first)\b|\bpeople-centred development\b/i,
    ['people'],
  ],
  [
    'narrative.national-conditions',
    /\b(?:suited|suitable|in line|in accordance|consistent|according) (?:\w+ ){0,2}(?:its|their) (?:own )?national (?:conditions|realities|circumstances)\b|\bwith Chinese characteristics\b|\bits own (?:development )?path\b/i,
    [
      'national condition',
      'national realit',
      'national circumstance',
      'chinese characteristics',
      'own path',
      'own development path',
    ],
  ],
  [
    'narrative.shared-future',
    /\bcommunity (?:with a|of) shared future\b|\bwin-win cooperation\b|\bBelt and Road\b/i,
    ['shared future', 'win-win', 'belt and road'],
  ],
  [
    'narrative.hong-kong-security',
    /\bnational security\b[^.;]{0,120}\bHong Kong\b|\bHong Kong\b[^.;]{0,120}\bnational security\b/i,
    ['hong kong'],
  ],
  [
    'narrative.achievements',
    /\b(?:its|the) (?:remarkable |great |important |significant )?achievements\b|\bachievements (?:made|attained|achieved)\b/i,
    ['achievements'],
  ],
  [
    'narrative.non-politicization',
    /\bpoliticiz\w+|\bpoliticis\w+|\bdouble standards\b|\binternal affairs\b|\bnon-interference\b|\bnon-selectivity\b/i,
    ['politici', 'double standards', 'internal affairs', 'non-interference', 'non-selectivity'],
  ],
];

export function classifyNarrative(text: string): NarrativeLabel | null {
  const lower = text.toLowerCase();
  for (const [ruleId, pattern, needs] of NARRATIVE_RULES) {
    if (!needs.some((w) => lower.includes(w))) continue;
    const m = pattern.exec(text);
    if (m) return { ruleId, matched: m[0] };
  }
  return null;
}

const REPEATED =
  /\bas (?:previously |already )?recommended (?:previously|before|earlier|in (?:the )?(?:first|previous|last|earlier) (?:cycle|review|UPR))|\breiterat\w+|\bprevious (?:UPR )?recommendations?\b|\brecommendations? (?:made|accepted|received) (?:during|in|at) (?:the|its) (?:first|previous|last|earlier) (?:cycle|review|UPR)|\brecommended in the (?:first|previous|last) (?:cycle|review)|\bpreviously (?:accepted|recommended|supported)\b|\b(?:first|previous) (?:cycle|review) recommendations?\b/i;

/** "as recommended previously", "reiterates", "previous recommendations", "recommended in the first cycle". */
export function saysRepeated(text: string): boolean {
  return REPEATED.test(text);
}
