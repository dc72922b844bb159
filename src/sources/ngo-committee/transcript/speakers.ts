/**
 * Who speaks next, from the Chair's words: "I see the United Kingdom. I give you the floor.",
 * "I give the floor to the distinguished delegate of China", "The Secretariat, please". A plain
 * text copy of a transcript has no other trace of the speaker.
 */
import { resolveStateArg } from '../../../domain/reference/states-arg.js';
import type { TranscriptSpeaker } from './types.js';

const ROLE = String.raw`(?:(?:distinguished|honourable|honorable)\s+)?(?:delegate|delegation|representative|ambassador)s?\s+(?:of|from)\s+`;
const FLOOR_TO = new RegExp(
  String.raw`\b(?:give|pass|yield|open)\s+the\s+floor\s+(?:now\s+)?to\s+(?:the\s+)?(?:${ROLE})?(?:the\s+)?([^.?!;]+)`,
  'i',
);
const FLOOR_GOES = new RegExp(
  String.raw`\bthe\s+floor\s+(?:goes|is\s+given)\s+to\s+(?:the\s+)?(?:${ROLE})?(?:the\s+)?([^.?!;]+)`,
  'i',
);
const I_SEE = new RegExp(
  String.raw`\bI\s+(?:now\s+)?(?:see|recogni[sz]e)\s+(?:the\s+)?(?:${ROLE})?(?:the\s+)?([^.?!;,]+)`,
  'i',
);
const NAME_THEN_FLOOR =
  /^(?:the\s+)?([^.?!;,]{2,60}),\s+(?:you\s+have\s+the\s+floor|the\s+floor\s+is\s+yours|please(?:\s+go\s+ahead)?)\b/i;
/** "I give you the floor", "you have the floor", "please go ahead": the named speaker is on */
export const FLOOR_GIVEN =
  /\b(?:I\s+give\s+you\s+the\s+floor|you\s+have\s+the\s+floor|the\s+floor\s+is\s+yours|please\s+go\s+ahead|please,?\s+you\s+have)\b/i;
/** the Chair's turn is back: thanks to a speaker, or running the meeting */
const CHAIR_BACK = new RegExp(
  String.raw`^(?:I\s+thank\s+(?:the\s+)?(?:${ROLE}|distinguished)|thank\s+you(?:\s+very\s+much)?,?\s+(?:to\s+)?(?:the\s+)?(?:${ROLE}|distinguished\b)|(?:are\s+there\s+)?any\s+other\s+(?:delegation|comment|question|request|speaker)|does\s+any\s+(?:other\s+)?delegation|is\s+there\s+any\s+(?:other\s+)?(?:delegation|comment|question)|we\s+(?:will\s+)?(?:now\s+)?(?:move|turn|go|proceed)\s+(?:on\s+)?to\b|(?:may|can)\s+I\s+take\s+it\b|it\s+is\s+so\s+decided\b|the\s+next\s+(?:application|organi[sz]ation)\b)`,
  'i',
);
const THANKS_ONLY = /^thank\s+you(?:\s+(?:very\s+much|so\s+much))?[.!]?$/i;
const ADDRESSES_CHAIR =
  /\b(?:chair|chairperson|chairman|chairwoman|madam|mister|mr\.?|president|vice-chair)\b/i;

const SECRETARIAT =
  /^(?:the\s+)?(?:secretariat|secretary|ngo\s+branch|chief\s+of\s+the\s+ngo\s+branch|representative\s+of\s+the\s+secretariat|desa)\b/i;
const NGO =
  /^(?:the\s+)?(?:representative\s+of\s+the\s+)?(?:ngo|organi[sz]ation|non-governmental\s+organi[sz]ation)\b/i;

/** A speaker named by a phrase ("the United Kingdom", "distinguished delegate of China"). */
export function speakerOfPhrase(
  phrase: string,
): { speaker: TranscriptSpeaker; why: null } | { speaker: null; why: string } {
  const words = phrase
    .trim()
    .replace(/^(?:the|our)\s+/i, '')
    .replace(/\s+(?:once\s+again|again|first|next|now|please|as\s+well)$/i, '')
    .replace(/['’]s$/, '')
    .replace(/\s+(?:delegation|delegate)$/i, '')
    .trim();
  if (SECRETARIAT.test(words))
    return {
      speaker: { kind: 'secretariat', state: null, asPrinted: words, by: 'chair-words' },
      why: null,
    };
  if (NGO.test(words))
    return {
      speaker: { kind: 'ngo', state: null, asPrinted: words, by: 'chair-words' },
      why: null,
    };
  const r = resolveStateArg(words);
  if (r.ok)
    return {
      speaker: { kind: 'state', state: r.state.code, asPrinted: words, by: 'chair-words' },
      why: null,
    };
  return { speaker: null, why: `the Chair's words name "${words}", which is not a state name` };
}

export interface FloorCue {
  /** the named speaker, or null with why when the phrase names no one we know */
  phrase: string;
  /** true when the same line already gives the floor ("I give the floor to China") */
  given: boolean;
}

/** The speaker a Chair's line names as next, if it names one. */
export function floorCue(line: string): FloorCue | null {
  const to = FLOOR_TO.exec(line) ?? FLOOR_GOES.exec(line);
  if (to && !/^you\b/i.test(to[1]!)) return { phrase: to[1]!, given: true };
  const see = I_SEE.exec(line);
  if (see) return { phrase: see[1]!, given: FLOOR_GIVEN.test(line) };
  const named = NAME_THEN_FLOOR.exec(line.trim());
  if (named && speakerOfPhrase(named[1]!).speaker) return { phrase: named[1]!, given: true };
  return null;
}

/**
 * Whether a line, inside a speaker's turn, is the Chair taking the floor back. The speaker's own
 * "Thank you, Chair." at the start of the turn is not; a bare "Thank you very much." after the
 * speaker has said something is.
 */
export function chairTakesBack(line: string, linesIntoTurn: number): boolean {
  const t = line.trim();
  if (CHAIR_BACK.test(t)) return true;
  if (floorCue(t)) return true;
  if (linesIntoTurn > 0 && THANKS_ONLY.test(t) && !ADDRESSES_CHAIR.test(t)) return true;
  return false;
}

/** The speaker a UN Web TV speaker mapping names. */
export function speakerOfMapping(m: {
  name?: string | null;
  function?: string | null;
  affiliation?: string | null;
}): { speaker: TranscriptSpeaker; why: null } | { speaker: null; why: string } {
  const fn = `${m.function ?? ''} ${m.name ?? ''}`;
  const asPrinted = [m.name, m.function, m.affiliation].filter(Boolean).join(', ') || null;
  if (m.affiliation) {
    const r = /^[A-Za-z]{3}$/.test(m.affiliation.trim())
      ? resolveStateArg(m.affiliation.trim())
      : null;
    if (r?.ok)
      return {
        speaker: { kind: 'state', state: r.state.code, asPrinted, by: 'speaker-mapping' },
        why: null,
      };
    if (!/secretariat|united\s+nations|desa/i.test(m.affiliation))
      return {
        speaker: null,
        why: `the speaker mapping's affiliation "${m.affiliation}" is not an ISO alpha-3 state code`,
      };
  }
  if (/\b(?:chair|chairperson|chairman|president|vice-chair|vice-president)\b/i.test(fn))
    return { speaker: { kind: 'chair', state: null, asPrinted, by: 'speaker-mapping' }, why: null };
  if (
    /\b(?:secretariat|secretary|ngo\s+branch|desa|chief|officer)\b/i.test(fn) ||
    /secretariat|desa/i.test(m.affiliation ?? '')
  )
    return {
      speaker: { kind: 'secretariat', state: null, asPrinted, by: 'speaker-mapping' },
      why: null,
    };
  if (/\b(?:ngo|organi[sz]ation|civil\s+society|non-governmental)\b/i.test(fn))
    return { speaker: { kind: 'ngo', state: null, asPrinted, by: 'speaker-mapping' }, why: null };
  return {
    speaker: null,
    why: asPrinted
      ? `the speaker mapping ("${asPrinted}") gives no state, chair, secretariat or NGO role`
      : 'the statement has no speaker mapping',
  };
}
