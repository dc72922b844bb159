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
 */
import type { TargetLabel } from '../../domain/hrc-votes.js';
import { resolveState } from '../../domain/reference/states.js';

/** Longest state name we try, in words ("United Kingdom of Great Britain and Northern Ireland" is 8). */
const MAX_NAME_WORDS = 9;
// A UPR outcome names the state reviewed; it is a report adopted without a vote, not a text on a
// country situation, so it gets no target.
const UPR_OUTCOME = /^outcome of the universal periodic review\b/i;
const CUE_BEFORE = /^(?:in|to|of|on|with|for|concerning|regarding)$/i;
const ARTICLE = /^the$/i;
const TITLE_SUFFIX = /\s*:?\s*(?:resolution|decision|amendment|presidential\s+statement)\s*\/\s*$/i;
const COUNTRY_ITEMS: ReadonlySet<string> = new Set(['4', '10']);
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

export function targetsOf(title: string, agendaItem: string | null): TargetLabel[] {
  const stem = titleStem(title);
  if (UPR_OUTCOME.test(stem)) return [];
  const words = stem.split(/\s+/).filter((w) => w !== '');
  const labels: TargetLabel[] = [];
  const seen = new Set<string>();
  const countryItem = agendaItem !== null && COUNTRY_ITEMS.has(agendaItem);
  for (const m of stateMentions(stem)) {
    if (seen.has(m.state)) continue;
    let before = m.word - 1;
    if (before >= 0 && ARTICLE.test(words[before]!)) before -= 1;
    const cued = before >= 0 && CUE_BEFORE.test(words[before]!);
    if (cued) {
      const cue = words.slice(before, m.word).join(' ');
      labels.push({ state: m.state, ruleId: 'title-state', matched: `${cue} ${m.matched}` });
      seen.add(m.state);
    } else if (countryItem) {
      labels.push({ state: m.state, ruleId: `agenda-item-${agendaItem}`, matched: m.matched });
      seen.add(m.state);
    }
  }
  return labels;
}
