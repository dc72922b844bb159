/**
 * The state a country-specific text is about, as a label with its reason (DESIGN §4). Two rules:
 *
 *  - `title-state`: the title names a state right after "in", "to", "of", "on", "with" or "for"
 *    ("Situation of human rights in the Islamic Republic of Iran", "Rohingya Muslims and other
 *    minorities in Myanmar", "Technical assistance and capacity-building to Afghanistan");
 *  - `agenda-item-4` / `agenda-item-10`: the text sits under the Council's country items
 *    ("Human rights situations that require the Council's attention", "Technical assistance and
 *    capacity-building") and its title names a state anywhere.
 *
 * Item 2 (the High Commissioner's annual report) holds country texts (Sri Lanka, Eritrea) and
 * thematic ones (reprisals, "Promoting mutually beneficial cooperation"), so under item 2 only the
 * title rule applies; thematic titles name no state and get no target.
 *
 * Three more rules, applied first, for texts that name a territory rather than a state:
 *
 *  - `occupying-power`: a text on the conduct of a state in territory it occupies or attacks
 *    targets that state, the one whose conduct is scrutinised. Texts on Israel's occupation (the
 *    Occupied Palestinian Territory, East Jerusalem, the occupied Syrian Golan, settlements, Gaza,
 *    the flotilla, the Palestinian people) target ISR; "under Iraqi occupation", "caused by
 *    Israeli military operations" target the state the adjective names;
 *  - `occupied-territory`: the territory as a second label where it has a state code: PSE for
 *    Palestine, the OPT, East Jerusalem, Gaza; SYR for the Golan. A named state ("in Kuwait",
 *    "in Lebanon") comes from `title-state` as before;
 *  - `sub-national`: a region names the state it belongs to (Darfur → SDN, Crimea and Sevastopol
 *    → UKR, Tibet and Xinjiang → CHN, Chechnya → RUS). Kashmir gets no label: India and Pakistan
 *    both claim it and the title does not say whose conduct is in question.
 *
 * Item 7 ("Human rights situation in Palestine and other occupied Arab territories") is a
 * country item like 4 and 10.
 *
 * Two more, for texts whose title names no place (found by reading every untargeted recorded
 * title of the OHCHR export; the list is in docs/hrc-votes.md):
 *
 *  - `occupation-item`: the text sits under the item on the occupied Arab territories (the
 *    Council's item 7, the Commission's item on the "occupied Arab territories" or "territories
 *    occupied as a result of hostilities in the Middle East"), so it is about Israel's conduct
 *    whatever its title says (A/HRC/RES/15/6, "Follow-up to the report of the Committee of
 *    independent experts …"). Recognised by the item's title, not its number: the Commission's
 *    numbers meant other items in other years;
 *  - `agenda-subject`: when title and item give nothing, the states the catalogue's subject tag
 *    names ("IRAN (ISLAMIC REPUBLIC OF)", "ISRAEL - SETTLEMENT POLICY - …"), by the same rules as
 *    a title, a state named anywhere counting: the tag lists what the text is about.
 */
import type { TargetLabel } from '../../domain/hrc-votes.js';
import { resolveState } from '../../domain/reference/states.js';

/** Longest state name we try, in words ("United Kingdom of Great Britain and Northern Ireland" is 8). */
const MAX_NAME_WORDS = 9;
// A UPR outcome names the state reviewed; it is a report adopted without a vote, not a text on a
// country situation, so it gets no target.
const UPR_OUTCOME = /^outcome of the universal periodic review\b/i;
// Claimed by two states and the title does not say whose conduct is in question: no label, and the
// subject tag ("INDIA - PAKISTAN") is not read either.
const NO_LABEL_REGION = /\bKashmir\b/i;
const CUE_BEFORE = /^(?:in|to|of|on|with|for|from|concerning|regarding)$/i;
const ARTICLE = /^the$/i;
// "in southern Lebanon", "from northern Uganda": the state is still the one the text is about
const COMPASS = /^(?:southern|northern|eastern|western|south|north|east|west)$/i;
const OCCUPATION_ITEM =
  /\b(?:occupied[-\s]+Arab\s+territories|territories\s+occupied\s+as\s+a\s+result\s+of\s+hostilities\s+in\s+the\s+Middle\s+East)\b/i;
const TITLE_SUFFIX = /\s*:?\s*(?:resolution|decision|amendment|presidential\s+statement)\s*\/\s*$/i;
const COUNTRY_ITEMS: ReadonlySet<string> = new Set(['4', '7', '10']);

interface PatternRule {
  state: string;
  ruleId: string;
  pattern: RegExp;
}

const ISRAELI_OCCUPATION =
  /\b(?:territories\s+occupied\s+as\s+a\s+result\s+of\s+hostilities\s+in\s+the\s+Middle\s+East|occupied\s+Syrian\s+Arab\s+territory|occupied\s+Palestinian\s+territor(?:y|ies)|occupied\s+Syrian\s+Golan|occupied\s+Syrian\s+territory|occupied\s+Arab\s+territories|occupied\s+territory,\s+including\s+East\s+Jerusalem|East\s+Jerusalem|Israeli\s+settlements|Palestinian\s+people|Palestine|Gaza|humanitarian\s+(?:flotilla|boat\s+convoy)|Israeli|Israel)\b/i;

/** "<adjective> occupation / military / forces…": the state whose conduct the text is about. */
const OCCUPYING_ADJECTIVES: Readonly<Record<string, string>> = {
  israeli: 'ISR',
  iraqi: 'IRQ',
  russian: 'RUS',
  moroccan: 'MAR',
  indonesian: 'IDN',
  turkish: 'TUR',
};
const OCCUPYING_ADJECTIVE =
  /\b(?:under|by|of)\s+(?:the\s+)?(Israeli|Iraqi|Russian|Moroccan|Indonesian|Turkish)\s+(?:occupation|military|forces|aggression|attacks?|incursions?|operations)\b/i;

const OCCUPIED_TERRITORIES: readonly PatternRule[] = [
  {
    state: 'PSE',
    ruleId: 'occupied-territory',
    pattern:
      /\b(?:occupied\s+Palestinian\s+territor(?:y|ies)|occupied\s+territory,\s+including\s+East\s+Jerusalem|East\s+Jerusalem|Palestinian\s+people|Palestine|Gaza)\b/i,
  },
  {
    state: 'SYR',
    ruleId: 'occupied-territory',
    pattern:
      /\b(?:occupied\s+Syrian\s+Golan|occupied\s+Syrian\s+(?:Arab\s+)?territory|Syrian\s+Golan)\b/i,
  },
];

const SUB_NATIONAL: readonly PatternRule[] = [
  { state: 'SDN', ruleId: 'sub-national', pattern: /\bDarfur\b/i },
  { state: 'UKR', ruleId: 'sub-national', pattern: /\b(?:Crimea|Sevastopol)\b/i },
  { state: 'CHN', ruleId: 'sub-national', pattern: /\b(?:Tibet|Xinjiang)\b/i },
  { state: 'RUS', ruleId: 'sub-national', pattern: /\b(?:Chechnya|Chechen\s+Republic)\b/i },
];
const CAPITALISED = /^[("“‘']?\p{Lu}/u;
const EDGE_PUNCTUATION = /^[,;:“”"‘]+|[,;:“”"’‘]+$/g;

export interface StateMention {
  state: string;
  matched: string;
  /** index of the mention's first word */
  word: number;
}

/** Every state named in the text, longest name first at each place, left to right. */
export function stateMentions(text: string): StateMention[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const out: StateMention[] = [];
  let i = 0;
  while (i < words.length) {
    let found: StateMention | null = null;
    let length = 0;
    if (CAPITALISED.test(words[i]!)) {
      for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n -= 1) {
        const phrase = words
          .slice(i, i + n)
          .join(' ')
          .replace(EDGE_PUNCTUATION, '');
        const state = resolveState(phrase);
        if (state) {
          found = { state, matched: phrase, word: i };
          length = n;
          break;
        }
      }
    }
    if (found) {
      out.push(found);
      i += length;
    } else i += 1;
  }
  return out;
}

/** The words of the title before the catalogue's ": resolution /" ending. */
export function titleStem(title: string): string {
  return title.replace(TITLE_SUFFIX, '').trim();
}

export interface TargetContext {
  /** the agenda item's title as catalogued ("Human rights situation in Palestine and …") */
  agendaTitle?: string | null;
  /** the catalogue's subject tag ("FACT-FINDING MISSIONS - INTERNATIONAL HUMANITARIAN LAW - ISRAEL") */
  subject?: string | null;
}

export function targetsOf(
  title: string,
  agendaItem: string | null,
  context: TargetContext = {},
): TargetLabel[] {
  const stem = titleStem(title);
  if (UPR_OUTCOME.test(stem) || NO_LABEL_REGION.test(stem)) return [];
  const countryItem = agendaItem !== null && COUNTRY_ITEMS.has(agendaItem);
  const labels = labelsIn(stem, countryItem ? `agenda-item-${agendaItem}` : null);
  const item = context.agendaTitle ? OCCUPATION_ITEM.exec(context.agendaTitle) : null;
  if (item && !labels.some((l) => l.state === 'ISR'))
    labels.push({
      state: 'ISR',
      ruleId: 'occupation-item',
      matched: context.agendaTitle!.replace(/\s+/g, ' ').trim(),
    });
  if (labels.length === 0 && context.subject) {
    // The tag is in capitals; resolveState folds case, stateMentions wants capitalised words.
    const subject = context.subject.replace(/\p{L}+/gu, (w) => w[0]! + w.slice(1).toLowerCase());
    for (const l of labelsIn(subject, 'agenda-subject'))
      labels.push({ ...l, ruleId: 'agenda-subject' });
  }
  return labels;
}

/**
 * The labels a phrase gives: occupation, territory and region rules first, then each state named
 * after a cue word (`title-state`), or anywhere under `anywhereRule` (a country item, a subject tag).
 */
function labelsIn(stem: string, anywhereRule: string | null): TargetLabel[] {
  const words = stem.split(/\s+/).filter((w) => w !== '');
  const labels: TargetLabel[] = [];
  const seen = new Set<string>();
  const add = (state: string, ruleId: string, matched: string) => {
    if (seen.has(state)) return;
    labels.push({ state, ruleId, matched: matched.replace(/\s+/g, ' ') });
    seen.add(state);
  };
  const adjective = OCCUPYING_ADJECTIVE.exec(stem);
  if (adjective) {
    add(OCCUPYING_ADJECTIVES[adjective[1]!.toLowerCase()]!, 'occupying-power', adjective[0]);
  }
  const israel = ISRAELI_OCCUPATION.exec(stem);
  if (israel) add('ISR', 'occupying-power', israel[0]);
  for (const rule of [...OCCUPIED_TERRITORIES, ...SUB_NATIONAL]) {
    const m = rule.pattern.exec(stem);
    if (m) add(rule.state, rule.ruleId, m[0]);
  }
  for (const m of stateMentions(stem)) {
    if (seen.has(m.state)) continue;
    let before = m.word - 1;
    if (before >= 0 && COMPASS.test(words[before]!)) before -= 1;
    if (before >= 0 && ARTICLE.test(words[before]!)) before -= 1;
    const cued = before >= 0 && CUE_BEFORE.test(words[before]!);
    if (cued) {
      add(m.state, 'title-state', `${words.slice(before, m.word).join(' ')} ${m.matched}`);
    } else if (anywhereRule) {
      add(m.state, anywhereRule, m.matched);
    }
  }
  return labels;
}
