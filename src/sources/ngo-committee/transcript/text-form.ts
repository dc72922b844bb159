/**
 * Plain-text copies of a machine transcript (one utterance a line, no speaker names, no times).
 * The Chair opens the meeting; a State's turn begins after the Chair names it ("I see the United
 * Kingdom. I give you the floor.") and ends when the Chair speaks again (thanks, the next speaker,
 * the next application).
 */
import { chairTakesBack, FLOOR_GIVEN, floorCue, speakerOfPhrase } from './speakers.js';
import type { Piece, RawTurn } from './turns.js';
import type { TranscriptSpeaker } from './types.js';

const CHAIR: TranscriptSpeaker = { kind: 'chair', state: null, asPrinted: null, by: 'chair-words' };
const START = /^(?:full\s+transcript\b.*|transcript\s*:?)$/i;

export function textTurns(body: string, bodyStartLine: number): RawTurn[] {
  const lines = body.split(/\r?\n/);
  // a web page copy has page chrome before the transcript proper
  let from = lines.findIndex((l) => START.test(l.trim()));
  from = from < 0 ? 0 : from + 1;
  const turns: RawTurn[] = [];
  let turn: RawTurn = {
    speaker: { kind: 'chair', state: null, asPrinted: null, by: 'opening' },
    why: null,
    pieces: [],
  };
  // a speaker the Chair has named but not yet given the floor to ("I see China.")
  let named: { speaker: TranscriptSpeaker | null; why: string | null; phrase: string } | null =
    null;
  const open = (speaker: TranscriptSpeaker | null, why: string | null, phrase: string) => {
    if (turn.pieces.length > 0) turns.push(turn);
    turn = {
      speaker: speaker ?? { kind: 'unknown', state: null, asPrinted: phrase, by: 'none' },
      why,
      pieces: [],
    };
  };
  const chairLine = (p: Piece) => {
    if (turn.speaker.kind !== 'chair') open(CHAIR, null, '');
    turn.pieces.push(p);
  };

  for (let i = from; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (text === '') continue;
    const piece: Piece = { text, line: bodyStartLine + i, startMs: null };
    const inChair = turn.speaker.kind === 'chair';
    if (!inChair && !chairTakesBack(text, turn.pieces.length)) {
      turn.pieces.push(piece);
      continue;
    }
    // the Chair speaks
    const cue = floorCue(text);
    if (cue) {
      const s = speakerOfPhrase(cue.phrase);
      chairLine(piece);
      named = { speaker: s.speaker, why: s.why, phrase: cue.phrase };
      if (cue.given) {
        open(named.speaker, named.why, named.phrase);
        named = null;
      }
      continue;
    }
    if (named && FLOOR_GIVEN.test(text)) {
      chairLine(piece);
      open(named.speaker, named.why, named.phrase);
      named = null;
      continue;
    }
    if (named && inChair && turn.pieces.length > 0) {
      // "I see China." and then China speaks without the Chair giving the floor in words
      open(named.speaker, named.why, named.phrase);
      named = null;
      turn.pieces.push(piece);
      continue;
    }
    chairLine(piece);
  }
  if (turn.pieces.length > 0) turns.push(turn);
  return turns;
}
