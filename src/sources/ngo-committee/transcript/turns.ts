/**
 * From speaker turns to applications and questions, the same for every form: the applicant under
 * consideration is the last one named (by anyone); a question-like sentence of a State's turn is
 * that State's question to it.
 */
import { clock, momentLink } from './moments.js';
import { applicationIn, isQuestion, splitSentences } from './questions.js';
import type {
  QuestionOrigin,
  TranscriptApplication,
  TranscriptQuestion,
  TranscriptSpeaker,
  TranscriptTurn,
  UnattributedQuestion,
} from './types.js';

/** A piece of a turn: a line of a text copy, or a sentence of the JSON with its time. */
export interface Piece {
  text: string;
  line: number;
  startMs: number | null;
}

export interface RawTurn {
  speaker: TranscriptSpeaker;
  why: string | null;
  pieces: Piece[];
}

export interface Reading {
  turns: TranscriptTurn[];
  applications: TranscriptApplication[];
  questions: TranscriptQuestion[];
  unattributed: UnattributedQuestion[];
}

export function readTurns(
  raw: readonly RawTurn[],
  playerUrl: string | null,
  origin: QuestionOrigin,
): Reading {
  const out: Reading = { turns: [], applications: [], questions: [], unattributed: [] };
  let current: string | null = null;
  raw.forEach((t, index) => {
    const first = t.pieces[0];
    out.turns.push({
      index,
      speaker: t.speaker,
      text: t.pieces.map((p) => p.text).join(' '),
      startMs: first?.startMs ?? null,
      line: first?.line ?? 1,
      why: t.why,
    });
    for (const p of t.pieces) {
      for (const s of splitSentences(p.text)) {
        const app = applicationIn(s.text);
        if (app && app.organization !== current) {
          current = app.organization;
          out.applications.push({
            organization: app.organization,
            line: p.line,
            startMs: p.startMs,
            turn: index,
          });
        }
        if (!isQuestion(s.text)) continue;
        const time = p.startMs === null ? null : clock(p.startMs);
        if (t.speaker.kind === 'state' && t.speaker.state) {
          out.questions.push({
            state: t.speaker.state,
            stateAsPrinted: t.speaker.asPrinted ?? t.speaker.state,
            organization: current,
            text: s.text,
            startMs: p.startMs,
            time,
            link: momentLink(playerUrl, p.startMs),
            line: p.line,
            turn: index,
            origin,
            unofficial: true,
          });
        } else if (t.speaker.kind === 'unknown') {
          out.unattributed.push({
            text: s.text,
            line: p.line,
            time,
            why: t.why ?? 'the speaker of this turn is not known',
          });
        }
        // the Chair, the Secretariat and applicants ask too, but those are not States' questions
      }
    }
  });
  return out;
}
