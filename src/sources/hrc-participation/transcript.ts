/**
 * Council meeting transcripts (UN Web TV's machine transcript JSON, or a plain-text copy): the
 * turn reader of the NGO Committee's transcripts (src/sources/ngo-committee/transcript/) reused,
 * read for the Council. A turn the President gives to something that is not a State ("I give the
 * floor to the World Uyghur Congress") is an NGO's; a State's turn that raises a point of order
 * is one, against the NGO speaking before it, with the President's next words as the ruling.
 * Machine transcripts are not official records: every record says so by its form.
 */
import type { PointOfOrderOutcome } from '../../domain/hrc-participation.js';
import { resolveStateArg } from '../../domain/reference/states-arg.js';
import { clock, momentLink } from '../ngo-committee/transcript/moments.js';
import { floorCue, speakerOfPhrase } from '../ngo-committee/transcript/speakers.js';
import { textTurns } from '../ngo-committee/transcript/text-form.js';
import { WebTvMeeting } from '../ngo-committee/transcript/json-form.js';
import { advance, EMPTY_CONTEXT, settle, type MeetingContext } from './context.js';

export interface HrcTurn {
  kind: 'ngo' | 'state' | 'chair' | 'other' | 'unknown';
  /** NGO name or State as printed / mapped */
  speaker: string | null;
  state: string | null;
  person: string | null;
  text: string;
  line: number;
  startMs: number | null;
  context: MeetingContext;
}

export interface TranscriptPointOfOrder {
  raisedBy: string | null;
  raisedByAsPrinted: string | null;
  target: HrcTurn | null;
  ruling: string | null;
  rulingLine: number | null;
  outcome: PointOfOrderOutcome;
  turn: HrcTurn;
}

export interface HrcTranscriptReading {
  turns: HrcTurn[];
  points: TranscriptPointOfOrder[];
  playerUrl: string | null;
  unread: { line: number; text: string; why: string }[];
}

const POINT_OF_ORDER = /\bpoints?\s+of\s+order\b/i;
const CONTINUE =
  /\b(?:please\s+continue|you\s+may\s+(?:continue|proceed|resume)|(?:continue|resume)\s+(?:your|the)\s+statement|I\s+(?:give|return)\s+the\s+floor\s+back|the\s+floor\s+is\s+(?:back|again)\s+(?:with|to)|(?:choose|pick|select)\s+(?:their|its)\s+(?:own\s+)?speakers)\b/i;
const UPHOLD =
  /\b(?:point\s+of\s+order\s+is\s+upheld|I\s+ask\s+the\s+speaker\s+to\s+(?:stop|refrain)|out\s+of\s+order)\b/i;
const REJECT =
  /\b(?:not\s+a\s+(?:valid\s+)?point\s+of\s+order|point\s+of\s+order\s+is\s+(?:not\s+upheld|rejected))\b/i;

function outcome(text: string): PointOfOrderOutcome {
  if (CONTINUE.test(text)) return 'speaker-continued';
  if (REJECT.test(text)) return 'rejected';
  if (UPHOLD.test(text)) return 'upheld';
  return 'unknown';
}

/** An NGO named by the President's words ("the representative of X", "X"), or null. */
function ngoOfPhrase(phrase: string): string | null {
  const name = phrase
    .replace(/^(?:the\s+)?(?:representative|speaker|delegate)\s+(?:of|from)\s+(?:the\s+)?/i, '')
    .replace(/\s+(?:please|now|next)$/i, '')
    .trim();
  if (name.length < 3 || resolveStateArg(name).ok) return null;
  if (/^(?:you|him|her|them|next\s+speaker|speaker)$/i.test(name)) return null;
  return name;
}

function turnsOfJson(m: WebTvMeeting, raw: string): HrcTurn[] {
  const starts: number[] = [0];
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) === 10) starts.push(i + 1);
  const lineOf = (ms: number) => {
    const at = raw.search(new RegExp(String.raw`"start"\s*:\s*${ms}(?![\d.])`));
    if (at < 0) return 1;
    let line = 1;
    for (let i = 0; i < starts.length && starts[i]! <= at; i++) line = i + 1;
    return line;
  };
  let cue: string | null = null;
  return m.transcript.statements.map((st, i) => {
    const mapping = m.transcript.speakerMappings[String(i)] ?? null;
    const text = st.paragraphs.flatMap((p) => p.sentences.map((s) => s.text.trim())).join(' ');
    const aff = mapping?.affiliation?.trim() ?? '';
    const fn = `${mapping?.function ?? ''} ${mapping?.name ?? ''}`;
    let turn: Omit<HrcTurn, 'line' | 'startMs' | 'context' | 'text'>;
    const state = /^[A-Za-z]{3}$/.test(aff) ? resolveStateArg(aff) : null;
    if (state?.ok)
      turn = {
        kind: 'state',
        speaker: aff.toUpperCase(),
        state: state.state.code,
        person: mapping?.name ?? null,
      };
    else if (/\b(?:President|Chair|Vice-President)\b/i.test(fn))
      turn = { kind: 'chair', speaker: null, state: null, person: mapping?.name ?? null };
    else if (aff !== '' && !/secretariat|united\s+nations|OHCHR/i.test(aff))
      turn = { kind: 'ngo', speaker: aff, state: null, person: mapping?.name ?? null };
    else {
      const named = cue ? ngoOfPhrase(cue) : null;
      turn = named
        ? { kind: 'ngo', speaker: named, state: null, person: mapping?.name ?? null }
        : { kind: 'unknown', speaker: null, state: null, person: mapping?.name ?? null };
    }
    cue = null;
    if (turn.kind === 'chair') {
      for (const p of st.paragraphs)
        for (const s of p.sentences) cue = floorCue(s.text)?.phrase ?? cue;
    }
    return { ...turn, text, line: lineOf(st.start), startMs: st.start, context: EMPTY_CONTEXT };
  });
}

function turnsOfText(body: string, bodyStartLine: number): HrcTurn[] {
  return textTurns(body, bodyStartLine).map((t) => {
    const text = t.pieces.map((p) => p.text).join(' ');
    const line = t.pieces[0]?.line ?? bodyStartLine;
    const base = { text, line, startMs: null, context: EMPTY_CONTEXT, person: null };
    if (t.speaker.kind === 'state')
      return {
        ...base,
        kind: 'state' as const,
        speaker: t.speaker.asPrinted,
        state: t.speaker.state,
      };
    if (t.speaker.kind === 'chair')
      return { ...base, kind: 'chair' as const, speaker: null, state: null };
    const named = t.speaker.asPrinted
      ? ngoOfPhrase(
          t.speaker.asPrinted.replace(
            /^(?:the\s+)?(?:representative\s+of\s+the\s+)?(?:NGO|organi[sz]ation)\s+/i,
            '',
          ),
        )
      : null;
    if (named) return { ...base, kind: 'ngo' as const, speaker: named, state: null };
    return { ...base, kind: 'unknown' as const, speaker: t.speaker.asPrinted, state: null };
  });
}

export function readHrcTranscript(
  input: { json: WebTvMeeting; raw: string } | { body: string; bodyStartLine: number },
  start: MeetingContext,
): HrcTranscriptReading {
  const turns =
    'json' in input
      ? turnsOfJson(input.json, input.raw)
      : turnsOfText(input.body, input.bodyStartLine);
  const playerUrl =
    'json' in input
      ? (input.json.url ??
        (input.json.entry_id ? `https://webtv.un.org/en/asset/${input.json.entry_id}` : null))
      : null;
  let ctx = start;
  for (const t of turns) {
    if (t.kind === 'chair') ctx = advance(ctx, t.text);
    t.context = settle(ctx);
  }
  const points: TranscriptPointOfOrder[] = [];
  const unread: HrcTranscriptReading['unread'] = [];
  turns.forEach((t, i) => {
    if (!POINT_OF_ORDER.test(t.text)) return;
    // the President announcing it ("China on a point of order") or the State raising it
    let raiser: { code: string; asPrinted: string } | null = null;
    if (t.kind === 'state' && t.state) raiser = { code: t.state, asPrinted: t.speaker ?? t.state };
    else if (t.kind === 'chair') {
      const next = turns[i + 1];
      const cue = floorCue(t.text);
      const named = cue ? speakerOfPhrase(cue.phrase) : null;
      if (named?.speaker?.kind === 'state' && named.speaker.state && next?.kind !== 'chair') {
        // the State's own turn follows: it is read there
        if (next?.kind === 'state') return;
        raiser = { code: named.speaker.state, asPrinted: cue!.phrase };
      } else return; // the President's ruling speaks of the point of order; read with it
    }
    if (!raiser) {
      unread.push({
        line: t.line,
        text: t.text.slice(0, 300),
        why: 'a point of order in a turn whose speaker is not known',
      });
      return;
    }
    const target = [...turns.slice(0, i)].reverse().find((x) => x.kind === 'ngo') ?? null;
    const ruling = turns.slice(i + 1).find((x) => x.kind === 'chair') ?? null;
    points.push({
      raisedBy: raiser.code,
      raisedByAsPrinted: raiser.asPrinted,
      target,
      ruling: ruling ? ruling.text.slice(0, 600) : null,
      rulingLine: ruling?.line ?? null,
      outcome: ruling ? outcome(ruling.text) : 'unknown',
      turn: t,
    });
  });
  for (const t of turns)
    if (t.kind === 'unknown' && t.text.trim() !== '')
      unread.push({
        line: t.line,
        text: t.text.slice(0, 300),
        why: 'a turn whose speaker the mapping and the President’s words do not name',
      });
  return { turns, points, playerUrl, unread };
}

export { clock, momentLink };
