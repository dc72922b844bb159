import type { ActionLabel } from '../../../domain/upr.js';

/**
 * Action category 1–5 on UPR Info's published scale, from the recommendation's wording:
 *   1 addressed to states other than the SuR, or asks the SuR to seek/request/share (help, experience);
 *   2 continuity (continue, maintain, pursue, persevere);
 *   3 consider change (consider, explore, review, study, reflect);
 *   4 general action (take measures, ensure, strengthen, promote, intensify …);
 *   5 specific action (ratify, adopt a law, abolish, release, investigate …).
 * The deciding word is the main verb: the first known verb among the opening words, after
 * adverbs ("fully", "immediately") and lead-ins ("The Government should", "In line with …,").
 * A few verbs go either way with their object ("adopt measures" 4, "adopt a law" 5).
 * Rules were written from sessions 1–12 of the UPR Info export only; agreement with its human
 * labels is measured on 13–20 by scripts/upr-action-agreement.ts (docs/upr-classification.md).
 */

type Category = 1 | 2 | 3 | 4 | 5;

const VERB_GROUPS: ReadonlyArray<readonly [Category, string]> = [
  [1, 'seek request share solicit'],
  [2, 'continue pursue maintain remain persevere persist keep sustain uphold preserve stay'],
  [
    3,
    'consider reconsider review revise study explore examine envisage evaluate assess reflect analyse analyze think contemplate look',
  ],
  [
    4,
    'take ensure strengthen intensify increase make provide undertake improve step give promote guarantee enhance address reinforce accelerate work respect redouble cooperate follow expedite speed engage pay facilitate allocate consolidate comply encourage support prioritize prioritise protect do combat expand identify build fulfil fulfill prevent accomplish move use place involve devote fight disseminate institute focus deepen hold reach find refrain adjust act devise accord begin strive monitor restore tackle foster raise-awareness boost broaden advance step-up endeavour endeavor scale progress upgrade mainstream empower reduce counter put bridge sensitize sensitise invest enter educate contribute resume communicate ease assist help emphasize emphasise attach redress heighten mobilize mobilise coordinate',
  ],
  [
    5,
    'ratify establish implement sign develop accede extend amend abolish enact repeal issue investigate introduce become bring include end incorporate withdraw allow conduct create prohibit complete carry set remove eliminate decriminalize decriminalise raise submit adhere respond proceed invite finalize finalise lift recognize recognise harmonize harmonise reform apply elaborate accept grant initiate commit pass release impose integrate modify launch conclude cease formulate criminalize criminalise stop declare approve enable agree enforce acknowledge define prepare commute report design revoke abrogate eradicate align draw adapt start halt join organize organise draft prosecute open meet recommend renew train publish adopt punish investigate close dismantle abandon outlaw legislate punish transpose domesticate sanction suspend return compensate disclose endorse present rescind replace ban deny clear formalize formalise lower reopen re-adopt reintroduce reinstate nominate appoint designate authorize authorise restructure',
  ],
];
const VERB = new Map<string, Category>();
for (const [category, words] of VERB_GROUPS)
  for (const w of words.split(' ')) VERB.set(w, category);

const ADVERBS = new Set(
  'fully effectively immediately further also urgently continuously actively swiftly promptly duly seriously strongly systematically progressively gradually vigorously expeditiously thoroughly formally explicitly specifically strictly rapidly quickly speedily timely properly resolutely firmly favourably favorably positively genuinely adequately truly sincerely consistently steadily still officially without delay soon possibly please'.split(
    ' ',
  ),
);
// "The Government should", "China to", "It is recommended that", "Recommended that the state":
const RECOMMENDED_THAT = /^(?:it is |it was )?recommended (?:that )?/i;
// Case matters: a capitalised subject ("Indonesia", "The Government of X") before a modal.
const SUBJECT_LEAD_IN =
  /^(?:[Tt]he (?:[Ss]tate|[Gg]overnment|[Aa]uthorities)(?: of [\w’' -]+?)?|[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|and|the)){0,6}) (?:should|must|is (?:encouraged|urged|invited|requested|called upon) to|could|would|shall|may)\b/;
const OTHERS_ADDRESSED =
  /^(?:the )?(?:international community|donors?|development partners|other states|all states|member states|states|the united nations|ohchr|the office of the high commissioner)\b|\b(?:calls? (?:up)?on|urges?|appeals? to|invites?) (?:the )?(?:international community|donors?|development partners|other states|all states|member states)\b/i;
const HELP_SOUGHT =
  /^(?:seek|request|solicit|call)\b|^(?:continue to |further )?(?:seek|request)\b|^(?:further )?share\b/i;
const GENERAL_OBJECT =
  /^(?:(?:all|the|further|more|additional|concrete|effective|appropriate|necessary|adequate|specific|measures|steps|urgent|practical|immediate|further|new|positive|firm|serious|relevant|proactive|comprehensive|every|possible|sufficient)\s+){0,3}(?:measures|steps|efforts|actions?|policies|initiatives|programmes|programs|strategies)\b/;
const SPECIFIC_OBJECT =
  /^(?:[\w’'-]+\s+){0,4}?(?:laws?|legislation|bills?|acts?|codes?|decrees?|amendments?|conventions?|protocols?|covenants?|statute|moratorium|national (?:action )?plans?|action plans?|plans? of action|national (?:strategy|mechanism|institution|preventive|human rights)|recommendations|independent|standing invitation|de facto|definition|ombudsman|commission|mechanism|institution|registry|register|age)\b/;
const EITHER_WAY = new Set([
  'adopt',
  'implement',
  'develop',
  'provide',
  'put',
  'end',
  'create',
  'undertake',
  'include',
  'eliminate',
  'introduce',
  'establish',
  'take',
  'make',
]);
const MAX_LEAD_WORDS = 14;
const WORD = /[a-z][a-z'’-]*/g;

export function classifyAction(text: string): ActionLabel {
  const trimmed = text.trim().replace(/^[^A-Za-z\u4e00-\u9fff]+/, '');
  if (OTHERS_ADDRESSED.test(trimmed)) {
    return { category: 1, ruleId: 'action.1.others-addressed', matched: firstWords(trimmed, 5) };
  }
  let clause = trimmed.replace(RECOMMENDED_THAT, '').replace(SUBJECT_LEAD_IN, '').trimStart();
  // "In line with …, take", "With a view to …, adopt": the order comes after the comma.
  if (
    /^(?:in|with|as|given|bearing|while|within|through|by|following|taking|on|for|to ensure|to this end)\b/i.test(
      clause,
    )
  ) {
    const comma = clause.indexOf(',');
    if (comma > 0 && comma < 160) clause = clause.slice(comma + 1).trimStart();
  }
  const help = HELP_SOUGHT.exec(clause);
  if (help) return { category: 1, ruleId: 'action.1.seek-share', matched: help[0].trim() };

  const lower = clause.slice(0, 200).toLowerCase();
  WORD.lastIndex = 0;
  let seen = 0;
  for (let m = WORD.exec(lower); m !== null && seen < MAX_LEAD_WORDS; m = WORD.exec(lower)) {
    seen++;
    const word = m[0].replace(/’/g, "'");
    if (ADVERBS.has(word) || word === 'and' || word === 'to' || word === 'that') continue;
    const verb = lemma(word);
    if (verb === undefined) continue;
    const category = VERB.get(verb)!;
    const after = lower.slice(m.index + m[0].length).trimStart();
    if (EITHER_WAY.has(verb)) {
      if (GENERAL_OBJECT.test(after)) {
        return {
          category: 4,
          ruleId: 'action.4.general-object',
          matched: `${word} ${firstWords(after, 3)}`,
        };
      }
      const specific = SPECIFIC_OBJECT.exec(after);
      if (specific) {
        return {
          category: 5,
          ruleId: 'action.5.specific-object',
          matched: `${word} ${specific[0]}`,
        };
      }
    }
    return { category, ruleId: `action.${category}.verb`, matched: word };
  }
  const zh = chineseAction(trimmed);
  if (zh) return zh;
  return { category: 4, ruleId: 'action.4.default', matched: firstWords(trimmed, 3) };
}

const ZH_RULES: ReadonlyArray<readonly [RegExp, Category]> = [
  [/^(?:寻求|请求|分享)/, 1],
  [/^(?:继续|保持|坚持)/, 2],
  [/^(?:考虑|研究|审查|探讨)/, 3],
  [/^(?:批准|加入|签署|废除|废止|修订|修改|颁布|释放|调查|设立|建立)/, 5],
  [/^(?:采取|确保|加强|促进|推动|改善|增加)/, 4],
];

function chineseAction(text: string): ActionLabel | null {
  for (const [pattern, category] of ZH_RULES) {
    const m = pattern.exec(text);
    if (m) return { category, ruleId: `action.${category}.zh-verb`, matched: m[0] };
  }
  return null;
}

// What a recommendation may open with instead of its verb: "Ratification of …", "Adoption of …".
const NOUN_VERB: Readonly<Record<string, string>> = {
  ratification: 'ratify',
  accession: 'accede',
  adoption: 'adopt',
  establishment: 'establish',
  development: 'develop',
  consideration: 'consider',
  implementation: 'implement',
  abolition: 'abolish',
  amendment: 'amend',
  repeal: 'repeal',
  withdrawal: 'withdraw',
  strengthening: 'strengthen',
  continuation: 'continue',
  review: 'review',
  enactment: 'enact',
  introduction: 'introduce',
  elimination: 'eliminate',
  investigation: 'investigate',
  release: 'release',
  prohibition: 'prohibit',
};

/** The verb a word is a form of ("ensuring", "adopted", "ratify-accede-adhere", "re-adopt"), if known. */
function lemma(word: string): string | undefined {
  if (VERB.has(word)) return word;
  const noun = NOUN_VERB[word];
  if (noun !== undefined) return noun;
  if (word.includes('-')) {
    const first = word.split('-')[0]!;
    if (VERB.has(first)) return first;
    const rest = word.replace(/^re-/, '');
    if (VERB.has(rest)) return rest;
  }
  for (const [suffix, add] of INFLECTIONS) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length) + add;
      if (VERB.has(stem)) return stem;
    }
  }
  return undefined;
}
const INFLECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['ing', ''],
  ['ing', 'e'],
  ['ied', 'y'],
  ['ed', ''],
  ['ed', 'e'],
  ['d', ''],
  ['s', ''],
];

function firstWords(text: string, n: number): string {
  // split's limit gives the first n pieces without cutting up the rest of the text
  return text.split(/\s+/, n).join(' ');
}
