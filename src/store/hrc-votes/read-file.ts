import type { Ballot, PressVote, VotingText } from '../../domain/hrc-votes.js';
import type { ParseProblem, SourceDocumentMeta } from '../../domain/provenance.js';
import { htmlToText, looksLikeHtml } from '../../sources/common/html-text.js';
import type { HrcVoteFileKind } from '../../sources/hrc-votes/detect.js';
import { parseOhchrResolutions } from '../../sources/hrc-votes/ohchr-resolutions.js';
import { parseOhchrVotes } from '../../sources/hrc-votes/ohchr-votes.js';
import { parseHrcVotePress } from '../../sources/hrc-votes/press-release.js';
import {
  parseUngaIssues,
  parseUngaRollCalls,
  parseUngaVotes,
} from '../../sources/hrc-votes/unga.js';
import { withFile } from '../import-runner.js';

export type { HrcVoteFileKind };

/**
 * The order files are imported in within one call: texts before the ballots and issues that name
 * them, press releases last so they can be linked to the records of the same votes.
 */
export const KIND_ORDER: readonly HrcVoteFileKind[] = [
  'ohchr-resolutions',
  'unga-roll-calls',
  'ohchr-votes',
  'unga-votes',
  'unga-issues',
  'press',
];

export type ReadHrcFile =
  | { kind: 'ohchr-resolutions' | 'unga-roll-calls'; texts: VotingText[] }
  | { kind: 'ohchr-votes' | 'unga-votes'; ballots: Ballot[] }
  | { kind: 'unga-issues'; issues: { sourceKey: string; issue: string; line: number }[] }
  | { kind: 'press'; meta: SourceDocumentMeta; votes: PressVote[] };

/** Runs the parser for a detected kind; problems are stamped with the file as the user named it. */
export function readHrcFile(
  kind: HrcVoteFileKind,
  base: string,
  text: string,
  file: string,
  /** UNGA rcid → date, so a name resolves to the seat it stood for that day */
  ungaDates?: ReadonlyMap<string, string>,
): { read: ReadHrcFile; problems: ParseProblem[] } {
  const stamp = (problems: readonly ParseProblem[]) => withFile(problems, file);
  switch (kind) {
    case 'ohchr-resolutions': {
      const r = parseOhchrResolutions(base, text);
      return { read: { kind, texts: r.value }, problems: stamp(r.problems) };
    }
    case 'unga-roll-calls': {
      const r = parseUngaRollCalls(base, text);
      return { read: { kind, texts: r.value }, problems: stamp(r.problems) };
    }
    case 'ohchr-votes': {
      const r = parseOhchrVotes(base, text);
      return { read: { kind, ballots: r.value }, problems: stamp(r.problems) };
    }
    case 'unga-votes': {
      const r = parseUngaVotes(base, text, { rollCallDates: ungaDates });
      return { read: { kind, ballots: r.value }, problems: stamp(r.problems) };
    }
    case 'unga-issues': {
      const r = parseUngaIssues(base, text);
      return { read: { kind, issues: r.value }, problems: stamp(r.problems) };
    }
    case 'press': {
      if (!looksLikeHtml(text)) {
        const r = parseHrcVotePress(text, base);
        return { read: { kind, ...r.value }, problems: stamp(r.problems) };
      }
      // Locators point at the HTML's lines, the file as the user has it.
      const { text: plain, lineMap } = htmlToText(text);
      const r = parseHrcVotePress(plain, base);
      const map = (line: number) => lineMap[line - 1] ?? line;
      return {
        read: {
          kind,
          meta: r.value.meta,
          votes: r.value.votes.map((v) => ({
            ...v,
            locator: { ...v.locator, line: map(v.locator.line) },
          })),
        },
        problems: stamp(r.problems).map((p) => ({ ...p, line: map(p.line) })),
      };
    }
  }
}
