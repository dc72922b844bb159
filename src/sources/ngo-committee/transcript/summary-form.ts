/**
 * The meeting summary UN Web TV prints beside a recording (2019 onwards): "Statements were made by
 * the representatives of Cuba, the United States, … and India. The representatives of the United
 * States, Mexico and Cuba posed questions to the representative of the non-governmental
 * organization “Global Energy …”." It names who asked, not what; there are no times.
 */
import { resolveStateArg } from '../../../domain/reference/states-arg.js';
import type { Reading } from './turns.js';
import type { TranscriptSpeaker } from './types.js';

const STATEMENTS =
  /\bStatements?\s+(?:was|were)\s+made\s+by\s+the\s+representatives?\s+of\s+([^.]+)\./i;
const ASKED =
  /\bThe\s+representatives?\s+of\s+(.+?)\s+(?:posed|asked|put)\s+(?:a\s+)?questions?\s+to\s+the\s+representatives?\s+of\s+the\s+(?:non-governmental\s+organi[sz]ations?|NGOs?|organi[sz]ations?)\s+[“"«]([^”"»]+)[”"»]/gi;
const SECRETARIAT =
  /\b(?:The\s+)?((?:Acting\s+)?Chief\s+of\s+the\s+Non-Governmental\s+Organizations\s+Branch[^.]*?|(?:representative\s+of\s+the\s+)?Secretariat)\s+(?:provided|made|gave|answered|responded)/i;

export function looksLikeWebTvSummary(body: string): boolean {
  return STATEMENTS.test(body) || new RegExp(ASKED.source, 'i').test(body);
}

/** "Cuba, the United States, Mexico and India" → each name; "Trinidad and Tobago" kept whole. */
export function splitStates(list: string): { name: string; code: string | null }[] {
  const out: { name: string; code: string | null }[] = [];
  for (const part of list.split(/\s*,\s*/)) {
    const p = part.replace(/^and\s+/i, '').trim();
    if (p === '') continue;
    const whole = resolveStateArg(p.replace(/^the\s+/i, ''));
    if (whole.ok || !/\sand\s/i.test(p)) {
      out.push({ name: p, code: whole.ok ? whole.state.code : null });
      continue;
    }
    // "the United States and Trinidad and Tobago": from each word on, the shortest run of words
    // joined by "and" that names a state; a word that starts none is a name we do not know
    const words = p.split(/\s+and\s+/i).map((w) => w.trim());
    for (let i = 0; i < words.length;) {
      let j = i;
      let code: string | null = null;
      for (; j < words.length; j++) {
        const r = resolveStateArg(
          words
            .slice(i, j + 1)
            .join(' and ')
            .replace(/^the\s+/i, ''),
        );
        if (r.ok) {
          code = r.state.code;
          break;
        }
      }
      if (code) {
        out.push({ name: words.slice(i, j + 1).join(' and '), code });
        i = j + 1;
      } else {
        out.push({ name: words[i]!, code: null });
        i += 1;
      }
    }
  }
  return out;
}

export function readSummary(body: string, bodyStartLine: number): Reading {
  const out: Reading = { turns: [], applications: [], questions: [], unattributed: [] };
  const lines = body.split(/\r?\n/);
  const lineAt = (offset: number) =>
    bodyStartLine + body.slice(0, offset).split(/\r?\n/).length - 1;
  const st = STATEMENTS.exec(body);
  if (st) {
    const line = lineAt(st.index);
    for (const s of splitStates(st[1]!)) {
      const speaker: TranscriptSpeaker = s.code
        ? { kind: 'state', state: s.code, asPrinted: s.name, by: 'summary' }
        : { kind: 'unknown', state: null, asPrinted: s.name, by: 'none' };
      out.turns.push({
        index: out.turns.length,
        speaker,
        text: s.name,
        startMs: null,
        line,
        why: s.code ? null : `the summary names "${s.name}", which is not a state name`,
      });
    }
  }
  const sec = SECRETARIAT.exec(body);
  if (sec)
    out.turns.push({
      index: out.turns.length,
      speaker: { kind: 'secretariat', state: null, asPrinted: sec[1]!.trim(), by: 'summary' },
      text: sec[0],
      startMs: null,
      line: lineAt(sec.index),
      why: null,
    });
  ASKED.lastIndex = 0;
  for (let m = ASKED.exec(body); m; m = ASKED.exec(body)) {
    const line = lineAt(m.index);
    const organization = m[2]!.trim();
    out.applications.push({ organization, line, startMs: null, turn: -1 });
    const sentence = lines[line - bodyStartLine]?.trim() ?? m[0];
    for (const s of splitStates(m[1]!)) {
      if (!s.code) {
        out.unattributed.push({
          text: sentence,
          line,
          time: null,
          why: `the summary names "${s.name}", which is not a state name`,
        });
        continue;
      }
      out.questions.push({
        state: s.code,
        stateAsPrinted: s.name,
        organization,
        text: sentence,
        startMs: null,
        time: null,
        link: null,
        line,
        turn: -1,
        origin: 'webtv-summary',
        unofficial: true,
      });
    }
  }
  return out;
}
