/**
 * UN Web TV's transcript JSON (see the format note shared/formats/un-web-tv-transcript.md beside the repo): statements with
 * ms times, paragraphs of sentences, and speakerMappings keyed by the statement's index as a
 * string. A statement without a usable mapping falls back to the Chair's words in the statement
 * before it, as in a text copy.
 */
import { z } from 'zod';
import { floorCue, speakerOfMapping, speakerOfPhrase } from './speakers.js';
import type { Piece, RawTurn } from './turns.js';

const Timed = z.object({
  start: z.number().nonnegative(),
  end: z.number().nonnegative().optional(),
});
const Sentence = Timed.extend({ text: z.string() });
const Paragraph = Timed.extend({ sentences: z.array(Sentence).default([]) });
const Statement = Timed.extend({ paragraphs: z.array(Paragraph).default([]) });
const Mapping = z
  .object({
    name: z.string().nullable().optional(),
    function: z.string().nullable().optional(),
    affiliation: z.string().nullable().optional(),
    group: z.string().nullable().optional(),
  })
  .passthrough();
export const WebTvMeeting = z
  .object({
    asset_id: z.union([z.string(), z.number()]).optional(),
    entry_id: z.string().nullable().optional(),
    title: z.string().nullable().optional(),
    clean_title: z.string().nullable().optional(),
    date: z.string().nullable().optional(),
    slug: z.string().nullable().optional(),
    url: z.string().nullable().optional(),
    transcript: z.object({
      language: z.string().nullable().optional(),
      statements: z.array(Statement),
      speakerMappings: z.record(z.string(), Mapping.nullable()).default({}),
    }),
  })
  .passthrough();
export type WebTvMeeting = z.infer<typeof WebTvMeeting>;

/** Whether a text is (probably) UN Web TV transcript JSON. */
export function looksLikeWebTvJson(text: string): boolean {
  const t = text.trimStart();
  return t.startsWith('{') && /"statements"\s*:/.test(t) && /"transcript"\s*:/.test(t);
}

/** The 1-based line of the file where `"start": ms` of a statement is printed, else 1. */
function lineFinder(text: string): (ms: number) => number {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (ms: number) => {
    const at = text.search(new RegExp(String.raw`"start"\s*:\s*${ms}(?![\d.])`));
    if (at < 0) return 1;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

export function jsonTurns(meeting: WebTvMeeting, raw: string): RawTurn[] {
  const lineOf = lineFinder(raw);
  const turns: RawTurn[] = [];
  let lastChairCue: string | null = null;
  meeting.transcript.statements.forEach((st, i) => {
    const mapping = meeting.transcript.speakerMappings[String(i)] ?? null;
    let who = mapping ? speakerOfMapping(mapping) : speakerOfMapping({});
    if (!who.speaker && lastChairCue) {
      const named = speakerOfPhrase(lastChairCue);
      if (named.speaker) who = named;
    }
    const pieces: Piece[] = st.paragraphs.flatMap((p) =>
      p.sentences.map((s) => ({ text: s.text.trim(), line: lineOf(s.start), startMs: s.start })),
    );
    if (pieces.length === 0) pieces.push({ text: '', line: lineOf(st.start), startMs: st.start });
    turns.push({
      speaker: who.speaker ?? { kind: 'unknown', state: null, asPrinted: null, by: 'none' },
      why: who.why,
      pieces,
    });
    lastChairCue = null;
    if (who.speaker?.kind === 'chair')
      for (const p of pieces) {
        const cue = floorCue(p.text);
        if (cue) lastChairCue = cue.phrase;
      }
  });
  return turns;
}
