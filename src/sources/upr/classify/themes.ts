import type { UprThemeLabel } from '../../../domain/upr.js';

/**
 * Themes in the UPR Info issue vocabulary (the 54 issues of its export), by keyword rules: each
 * issue fires on any of its words, and the label keeps the words that fired. Written from the
 * vocabulary and sessions 1–12; precision and recall against the export's own tags on sessions
 * 13–20 are in docs/upr-classification.md. The source's own tags stay in sourceIssues.
 */
export const THEME_RULES: ReadonlyArray<readonly [string, RegExp]> = [
  ['Asylum-seekers - refugees', /\b(?:asylum|refugees?|non-refoulement|stateless(?:ness)?)\b/i],
  ['CP rights - general', /\b(?:civil and political rights|ICCPR)\b/i],
  ['Civil society', /\b(?:civil society|non-governmental organi[sz]ations?|NGOs?)\b/i],
  ['Corruption', /\b(?:corrupt(?:ion)?|bribery)\b/i],
  ['Counter-terrorism', /\b(?:terroris[mt]s?|counter-terrorism|anti-terrorism)\b/i],
  [
    'Death penalty',
    /\b(?:death penalty|capital punishment|death sentences?|executions?|moratorium)\b/i,
  ],
  [
    'Detention',
    /\b(?:detention|detainees?|prisons?|prisoners?|custody|pre-trial|incarcerat\w*|deprived of (?:their )?liberty|jails?)\b/i,
  ],
  ['Development', /\b(?:development|millennium development goals|MDGs?|developmental)\b/i],
  ['Disabilities', /\b(?:disabilit(?:y|ies)|disabled|CRPD)\b/i],
  [
    'ESC rights - general',
    /\b(?:economic, social and cultural rights|ICESCR|social security|social protection|standard of living)\b/i,
  ],
  ['Elections', /\b(?:elections?|electoral|voters?|voting)\b/i],
  ['Enforced disappearances', /\b(?:enforced disappearances?|disappeared|disappearances?|CED)\b/i],
  ['Environment', /\b(?:environment(?:al)?|climate change|pollution)\b/i],
  [
    'Extrajudicial executions',
    /\b(?:extrajudicial|extra-judicial|summary executions?|arbitrary executions?|killings?)\b/i,
  ],
  [
    'Freedom of association and peaceful assembly',
    /\b(?:freedom of (?:association|assembly|peaceful assembly)|associations?|peaceful assembl\w*|demonstrat\w+|trade unions?)\b/i,
  ],
  ['Freedom of movement', /\b(?:freedom of movement|travel bans?|exit visas?|right to leave)\b/i],
  [
    'Freedom of opinion and expression',
    /\b(?:freedom of (?:opinion|expression|speech)|expression|defamation|censorship|internet)\b/i,
  ],
  ['Freedom of religion and belief', /\b(?:religio\w+|belief|faith|worship|blasphemy|apostasy)\b/i],
  ['Freedom of the press', /\b(?:press|journalists?|media|reporters?)\b/i],
  ['General', /\b(?:human rights situation|all human rights|human rights in general)\b/i],
  ['HIV - Aids', /\b(?:HIV|AIDS)\b/],
  ['Human rights defenders', /\b(?:human rights defenders?|defenders|human rights activists?)\b/i],
  [
    'Human rights education and training',
    /\b(?:human rights (?:education|training)|training|awareness[- ]raising|educat\w+ (?:programmes?|campaigns?)|sensiti[sz]\w+)\b/i,
  ],
  [
    'Human rights violations by state agents',
    /\b(?:law enforcement|police|security forces|state agents|officials? responsible|excessive (?:use of )?force|military|armed forces)\b/i,
  ],
  ['Impunity', /\b(?:impunity|accountab\w+|bring (?:\w+ ){0,4}to justice|perpetrators?)\b/i],
  ['Indigenous peoples', /\b(?:indigenous|aboriginal|first nations|ILO Convention No\.? ?169)\b/i],
  ['Internally displaced persons', /\b(?:internally displaced|IDPs?|displaced persons)\b/i],
  [
    'International humanitarian law',
    /\b(?:humanitarian law|Geneva Conventions?|Rome Statute|International Criminal Court|ICC|armed conflict|war crimes|occupation|civilians?)\b/i,
  ],
  [
    'International instruments',
    /\b(?:ratif\w+|accede|accession|optional protocols?|convention|covenant|Rome Statute|reservations?|become (?:a )?party|signature|sign (?:and ratify )?the|ICCPR|ICESCR|CEDAW|OP-CAT|OPCAT|CRPD|ILO)\b/i,
  ],
  [
    'Justice',
    /\b(?:justice|judicia\w+|judges?|courts?|fair trial|legal aid|judiciary|due process|lawyers?|prosecut\w+|juvenile justice)\b/i,
  ],
  [
    'Labour',
    /\b(?:labou?r|workers?|employment|work(?:ing)? conditions|wages?|domestic workers?|ILO)\b/i,
  ],
  ['Migrants', /\b(?:migrants?|migration|migrant workers?|foreign workers?)\b/i],
  ['Minorities', /\b(?:minorit\w+|ethnic\w*|Roma|tribes?|caste|Tibetans?|Uyghurs?|Uighurs?)\b/i],
  [
    'NHRI',
    /\b(?:national human rights (?:institution|commission)s?|NHRI|Paris Principles|ombudsm[ae]n|human rights commission)\b/i,
  ],
  [
    'National plan of action',
    /\b(?:national (?:action )?plans?|plans? of action|action plans?|national strategy)\b/i,
  ],
  ['Other', /\b(?:national report|follow-up)\b/i],
  ['Poverty', /\b(?:poverty|poor|vulnerable groups|social inclusion)\b/i],
  [
    'Public security',
    /\b(?:public security|public order|state of emergency|security sector|crime|criminality)\b/i,
  ],
  [
    'Racial discrimination',
    /\b(?:racis[mt]|racial|xenophobi\w+|discriminat\w+|CERD|hate speech|Durban)\b/i,
  ],
  ['Right to education', /\b(?:education|schools?|schooling|literacy|enrol(?:l)?ment)\b/i],
  ['Right to food', /\b(?:food|hunger|nutrition|malnutrition)\b/i],
  ['Right to health', /\b(?:health|healthcare|medical|maternal mortality|infant mortality)\b/i],
  ['Right to housing', /\b(?:housing|evictions?|homeless\w*|shelter)\b/i],
  ['Right to land', /\b(?:land|land rights|land-grabbing|property rights)\b/i],
  ['Right to water', /\b(?:water|sanitation)\b/i],
  [
    'Rights of the Child',
    /\b(?:child(?:ren)?|juveniles?|minors|girls|boys|birth registration|CRC|adolescents?|youth)\b/i,
  ],
  [
    'Sexual Orientation and Gender Identity',
    /\b(?:sexual orientation|gender identity|LGBTI?|lesbian|gay|homosexual\w*|transgender|same-sex)\b/i,
  ],
  [
    'Special procedures',
    /\b(?:special procedures?|special rapporteurs?|standing invitation|working group on|mandate holders?|independent expert)\b/i,
  ],
  [
    'Technical assistance and cooperation',
    /\b(?:technical assistance|technical cooperation|capacity[- ]building|OHCHR|international community|cooperat\w+ with)\b/i,
  ],
  [
    'Torture and other CID treatment',
    /\b(?:tortur\w*|ill-treatment|ill treatment|cruel, inhuman|degrading treatment|corporal punishment|OP-?CAT|Convention against Torture)\b/i,
  ],
  ['Trafficking', /\b(?:traffick\w+|sexual exploitation|forced labou?r|slavery|smuggling)\b/i],
  [
    'Treaty bodies',
    /\b(?:treaty bodies|treaty body|overdue reports?|periodic reports?|submit (?:its |the )?(?:\w+ )?reports?|concluding observations|Committee (?:on|against) )\b/i,
  ],
  ['UPR process', /\b(?:universal periodic review|UPR|mid-term report)\b/i],
  [
    "Women's rights",
    /\b(?:women|woman|gender|girls|CEDAW|female|domestic violence|maternal|femicide|feminicide)\b/i,
  ],
];

export const THEME_VOCABULARY: readonly string[] = THEME_RULES.map(([theme]) => theme);
const RULE_IDS: readonly string[] = THEME_VOCABULARY.map((theme) => `theme.${slug(theme)}`);

// One pass over the text finds every keyword of every issue; each distinct keyword is then
// tested once against each issue's own rule (memoised), which is what makes 41,000 texts take
// milliseconds rather than 54 scans each. A keyword inside a longer one ("workers" in "migrant
// workers") still labels both issues, because the longer span is tested against every rule.
// Every rule opens with `\b(?:`; the word boundary is tested once for all of them, not once per
// rule at each position (the same matches; the scan takes about half the time). The rules'
// alternatives are grouped by their first letter ("asylum|associations?|…", "refugees?|…"): at a
// word's start only the group of its letter can match, and within a group the alternatives keep
// their order, so the first that matches is the one the rules in order give (the same spans; the
// scan takes half the time again).
const WORD_START = '\\b';
const ANY_KEYWORD = new RegExp(groupedByFirstLetter() ?? flatKeywords(), 'gi');

/** The rules as one pattern, each rule's group in rule order (what the grouped form must equal). */
export function flatKeywords(
  rules: ReadonlyArray<readonly [string, RegExp]> = THEME_RULES,
): string {
  return `${WORD_START}(?:${rules
    .map(([theme, r]) => {
      if (!r.source.startsWith(`${WORD_START}(?:`))
        throw new Error(`theme rule ${theme}: no \\b(?:`);
      return `(?:${r.source.slice(WORD_START.length)})`;
    })
    .join('|')})`;
}

/**
 * The rules as one pattern whose alternatives are grouped by first letter; null when a rule is
 * not `\b(?:a|b|…)\b` with each alternative opening with a letter that no quantifier follows
 * (then the flat pattern is used).
 */
export function groupedByFirstLetter(
  rules: ReadonlyArray<readonly [string, RegExp]> = THEME_RULES,
): string | null {
  const groups = new Map<string, string[]>();
  for (const [, r] of rules) {
    const s = r.source;
    if (!s.startsWith('\\b(?:') || !s.endsWith(')\\b')) return null;
    const alternatives = topLevelAlternatives(s.slice(5, -3));
    if (alternatives === null) return null;
    for (const a of alternatives) {
      if (!/^[A-Za-z](?![?*+{])/.test(a)) return null;
      const first = a[0]!.toLowerCase();
      let group = groups.get(first);
      if (group === undefined) groups.set(first, (group = []));
      group.push(`${a.slice(1)}\\b`);
    }
  }
  return `${WORD_START}(?:${[...groups].map(([first, rest]) => `${first}(?:${rest.join('|')})`).join('|')})`;
}

/** A pattern's alternatives at its top level; null when its groups do not balance. */
function topLevelAlternatives(source: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return null;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0 || inClass) return null;
  out.push(source.slice(from));
  return out;
}

const MEMO_LIMIT = 20000;
const themesOfSpan = new Map<string, number[]>();

function spanThemes(span: string): number[] {
  const hit = themesOfSpan.get(span);
  if (hit !== undefined) return hit;
  const out: number[] = [];
  THEME_RULES.forEach(([, pattern], i) => {
    if (pattern.test(span)) out.push(i);
  });
  if (themesOfSpan.size >= MEMO_LIMIT) themesOfSpan.clear();
  themesOfSpan.set(span, out);
  return out;
}

export function classifyThemes(text: string): UprThemeLabel[] {
  // the first span of each theme, by theme index; most texts hold a handful
  let found: Array<string | undefined> | null = null;
  let count = 0;
  ANY_KEYWORD.lastIndex = 0;
  for (let m = ANY_KEYWORD.exec(text); m !== null; m = ANY_KEYWORD.exec(text)) {
    const span = m[0];
    if (span === '') {
      ANY_KEYWORD.lastIndex++;
      continue;
    }
    for (const i of spanThemes(span)) {
      found ??= new Array<string | undefined>(THEME_RULES.length);
      if (found[i] === undefined) {
        found[i] = span;
        count++;
      }
    }
  }
  const out: UprThemeLabel[] = [];
  if (found === null) return out;
  for (let i = 0; i < found.length && out.length < count; i++) {
    const matched = found[i];
    if (matched !== undefined)
      out.push({ theme: THEME_VOCABULARY[i]!, ruleId: RULE_IDS[i]!, matched });
  }
  return out;
}

function slug(theme: string): string {
  return theme
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
