/**
 * Speaker lists in Council meeting summaries, in the wordings the UN has used:
 *   "The following non-governmental organizations took the floor: A, B and C."
 *   "Also speaking were the following non-governmental organizations: A; B; C."
 *   "Also speaking were A, B and C."   (States, NGOs, national institutions mixed)
 *   "The civil society organizations that spoke in the general debate included A, B and C."
 *   "Speaking in the general debate were …", "Speakers included …"
 * and counts without names: "… took the floor, as did 75 non-governmental organizations".
 * Each list item becomes a statement: an NGO, a State (resolved by the reference data) or another
 * body (the European Union, a national human rights institution); joint statements keep who they
 * spoke for ("on behalf of 12 organizations", "(joint statement with X and Y)").
 */
import { parseCount, NUMBER_PATTERN_SOURCE } from '../common/numbers.js';
import { splitList } from './list-items.js';
import { stateOfItem } from './states.js';

export type ListScope = 'ngo' | 'mixed';

export interface ListIntro {
  form: string;
  scope: ListScope;
  complete: boolean;
  re: RegExp;
}

const NGOS = String.raw`(?:non-?governmental\s+organi[sz]ations|NGOs|civil\s+society\s+(?:organi[sz]ations|representatives))`;

export const LIST_INTROS: readonly ListIntro[] = [
  // the session report (A/HRC/xx/2): "(d) Observers for non-governmental organizations: A, B, C."
  {
    form: 'report-ngo-observers',
    scope: 'ngo',
    complete: true,
    re: /^(?:\([a-z]{1,3}\)\s*)?(?:Observers?|Representatives?)\s+(?:for|of)\s+non-governmental\s+organi[sz]ations\s*:\s*/i,
  },
  {
    form: 'report-states-and-observers',
    scope: 'mixed',
    complete: true,
    re: /^(?:\([a-z]{1,3}\)\s*)?(?:Representatives?\s+of\s+(?:States\s+Members\s+of\s+the\s+Human\s+Rights\s+Council|observer\s+States)|Observers?\s+for\s+(?:intergovernmental\s+organizations|national\s+human\s+rights\s+institutions|United\s+Nations\s+entities[^:]*|other\s+observers?))\s*:\s*/i,
  },
  {
    form: 'following-ngos-took-the-floor',
    scope: 'ngo',
    complete: true,
    re: new RegExp(
      String.raw`\bthe\s+following\s+${NGOS}\s+(?:also\s+)?(?:took\s+the\s+floor|spoke|made\s+statements|participated)[^:]{0,120}:\s*`,
      'i',
    ),
  },
  {
    form: 'also-speaking-were-ngos',
    scope: 'ngo',
    complete: true,
    re: new RegExp(
      String.raw`\bAlso\s+speaking\s+(?:were|was)\s*:?\s*(?:the\s+following\s+)?(?:representatives\s+of\s+)?(?:the\s+following\s+)?${NGOS}\s*[:,]?\s*`,
      'i',
    ),
  },
  {
    form: 'ngos-that-spoke-included',
    scope: 'ngo',
    complete: false,
    re: new RegExp(
      String.raw`\b(?:The\s+)?${NGOS}\s+(?:that|which|who)\s+(?:also\s+)?(?:spoke|took\s+the\s+floor|took\s+part|participated)(?:\s+(?:in|during)\s+[^:]{0,120}?)?\s+included\s*:?\s*`,
      'i',
    ),
  },
  {
    form: 'ngos-that-spoke-were',
    scope: 'ngo',
    complete: true,
    re: new RegExp(
      String.raw`\b(?:The\s+)?${NGOS}\s+(?:that|which|who)\s+(?:also\s+)?(?:spoke|took\s+the\s+floor|took\s+part|participated)(?:\s+(?:in|during)\s+[^:]{0,120}?)?\s+(?:were|was)\s*:?\s*`,
      'i',
    ),
  },
  {
    form: 'ngos-spoke-colon',
    scope: 'ngo',
    complete: true,
    re: new RegExp(
      String.raw`\b(?:The\s+)?(?:following\s+)?${NGOS}\s+(?:also\s+)?(?:spoke|took\s+the\s+floor|made\s+statements)[^:]{0,120}:\s*`,
      'i',
    ),
  },
  {
    form: 'also-speaking-were',
    scope: 'mixed',
    complete: true,
    re: /\bAlso\s+speaking\s+(?:were|was)\s*:?\s*/i,
  },
  {
    // "Speaking in the discussion on the outcome of the review of China were the following
    // non-governmental organizations: A; B; C" (the UPR adoptions' wording)
    form: 'speaking-in-the-debate-were-ngos',
    scope: 'ngo',
    complete: true,
    re: new RegExp(
      String.raw`\bSpeaking\s+(?:in|during)\s+(?:the\s+)?(?:general\s+debate|discussion|interactive\s+dialogue|debate|general\s+comments)(?:\s+(?:on|under)\s+[^:]{0,120}?)?\s+(?:were|was)\s*:?\s*(?:the\s+following\s+)?(?:representatives\s+of\s+)?${NGOS}\s*[:,]\s*`,
      'i',
    ),
  },
  {
    form: 'speaking-in-the-debate-were',
    scope: 'mixed',
    complete: true,
    re: /\bSpeaking\s+(?:in|during)\s+(?:the\s+)?(?:general\s+debate|discussion|interactive\s+dialogue|debate|general\s+comments)(?:\s+(?:on|under)\s+[^:]{0,120}?)?\s+(?:were|was)\s*:?\s*/i,
  },
  {
    form: 'speakers-included',
    scope: 'mixed',
    complete: false,
    re: /\bSpeakers\s+(?:in\s+[^:]{0,120}?\s+)?included\s*:?\s*/i,
  },
];

const TALLY = new RegExp(String.raw`\b(${NUMBER_PATTERN_SOURCE})\s+(?:other\s+)?${NGOS}`, 'i');
const TALLY_SPOKE =
  /\b(?:took\s+the\s+floor|spoke|speaking|speakers|as\s+did|made\s+statements|also\s+(?:took|spoke)|participated)\b/i;
const OTHER_BODY =
  /\b(?:European\s+Union|Organi[sz]ation\s+of\s+Islamic\s+Cooperation|African\s+Union|League\s+of\s+Arab\s+States|Cooperation\s+Council|UNICEF|UNHCR|UNFPA|UNDP|UNESCO|World\s+Health\s+Organization|International\s+Labour\s+Organization|national\s+human\s+rights|ombudsman|human\s+rights\s+commission\s+of|Commissioner\s+for\s+Human\s+Rights\s+of|Sovereign\s+Order\s+of\s+Malta|International\s+Committee\s+of\s+the\s+Red\s+Cross|Inter-Parliamentary\s+Union|International\s+Organization\s+of\s+la\s+Francophonie|Council\s+of\s+Europe)\b/i;
const JOINT_PAREN =
  /^(.*?)\s*\((?:also\s+)?(?:in\s+a\s+)?joint\s+statement(?:\s+(?:on\s+behalf\s+of|with)\s+(.+?))?\)$/i;
const ON_BEHALF_PAREN = /^(.*?)\s*\((?:also\s+)?(?:on\s+behalf\s+of|speaking\s+for)\s+(.+?)\)$/i;
const ON_BEHALF =
  /^(.*?),?\s+(?:also\s+)?(?:in\s+a\s+joint\s+statement\s+)?(?:on\s+behalf\s+of|speaking\s+for)\s+(.+)$/i;
const JOINT_COUNT = new RegExp(
  String.raw`^(?:some\s+|a\s+group\s+of\s+)?(${NUMBER_PATTERN_SOURCE})\s+(?:other\s+)?(?:non-?governmental\s+organi[sz]ations|organi[sz]ations|NGOs|civil\s+society\s+organi[sz]ations)\b`,
  'i',
);
// a list item that is a clause, not a name: the summary went on to say what was said
const CLAUSE =
  /\b(?:said|stressed|noted|called|urged|expressed|welcomed|regretted|asked|who|which|that)\b/;

export interface ListedSpeaker {
  speakerKind: 'ngo' | 'state' | 'other';
  speaker: string;
  state: string | null;
  joint: boolean;
  jointCount: number | null;
  cosigners: string[];
  uncertainSplit: boolean;
}

export interface ListReading {
  form: string;
  complete: boolean;
  speakers: ListedSpeaker[];
  tallies: { speakerKind: 'ngo'; count: number }[];
  /** items not taken as speakers, with why */
  unread: { text: string; why: string }[];
}

/** The first list intro in a sentence and the list after it, if any. */
export function findList(sentence: string): { intro: ListIntro; list: string } | null {
  for (const intro of LIST_INTROS) {
    const m = intro.re.exec(sentence);
    if (m) return { intro, list: sentence.slice(m.index + m[0].length) };
  }
  return null;
}

function cosignersOf(text: string): string[] {
  return splitList(text).map((i) => i.text);
}

export function readList(intro: ListIntro, list: string): ListReading {
  const out: ListReading = {
    form: intro.form,
    complete: intro.complete,
    speakers: [],
    tallies: [],
    unread: [],
  };
  for (const item of splitList(list)) {
    let name = item.text;
    // "75 non-governmental organizations", "38 States and 75 non-governmental organizations"
    const tally = new RegExp(TALLY.source, 'i').exec(name);
    if (tally && new RegExp(`^(?:and\\s+)?${NUMBER_PATTERN_SOURCE}\\s`, 'i').test(name)) {
      const n = parseCount(tally[1]!);
      if (n !== undefined) {
        out.tallies.push({ speakerKind: 'ngo', count: n });
        continue;
      }
    }
    if (name.length > 160 || CLAUSE.test(name.replace(/\(.*?\)/g, ''))) {
      out.unread.push({
        text: name,
        why: 'a list item that reads as a clause or runs past 160 characters, not a speaker name',
      });
      continue;
    }
    let joint = false;
    let jointCount: number | null = null;
    let cosigners: string[] = [];
    const paren = JOINT_PAREN.exec(name);
    const behalf = paren ? null : (ON_BEHALF_PAREN.exec(name) ?? ON_BEHALF.exec(name));
    if (paren) {
      name = paren[1]!.trim();
      joint = true;
      if (paren[2]) {
        const c = JOINT_COUNT.exec(paren[2]);
        if (c) jointCount = parseCount(c[1]!) ?? null;
        else cosigners = cosignersOf(paren[2]);
      }
    } else if (behalf) {
      name = behalf[1]!.trim();
      joint = true;
      const c = JOINT_COUNT.exec(behalf[2]!);
      if (c) jointCount = parseCount(c[1]!) ?? null;
      else cosigners = cosignersOf(behalf[2]!);
    }
    name = name.replace(/^(?:the\s+)(?=[A-Z])/, '');
    if (name === '') continue;
    const state = stateOfItem(name);
    const speakerKind = state ? 'state' : OTHER_BODY.test(name) ? 'other' : 'ngo';
    out.speakers.push({
      speakerKind,
      speaker: state ? name.replace(/\s+(?:on\s+behalf\s+of|speaking\s+for)\b.*$/i, '') : name,
      state: state?.code ?? null,
      joint: joint || (state !== null && /\bon\s+behalf\s+of\b/i.test(name)),
      jointCount,
      cosigners,
      uncertainSplit: item.uncertainSplit,
    });
  }
  return out;
}

/** "… and 75 non-governmental organizations" outside a list: the count of NGO speakers. */
export function tallyIn(sentence: string): number | null {
  const m = TALLY.exec(sentence);
  if (!m || !TALLY_SPOKE.test(sentence)) return null;
  return parseCount(m[1]!) ?? null;
}

/**
 * The wide net: a sentence that talks of NGOs or civil society speaking, or of speakers, whether
 * or not a form above reads it. What the forms do not read is listed with why.
 */
export function looksLikeSpeakerList(sentence: string): boolean {
  return (
    (new RegExp(NGOS, 'i').test(sentence) &&
      /\b(?:took\s+the\s+floor|spoke|speaking|speakers?|statements?|intervened|addressed)\b/i.test(
        sentence,
      )) ||
    /\b(?:Also\s+speaking|Speaking\s+(?:in|during)\s+the|Speakers\s+(?:in|included))\b/i.test(
      sentence,
    )
  );
}
