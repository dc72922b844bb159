import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Ballot, PressVote, VotingText } from '../../domain/hrc-votes.js';
import { ParseProblem } from '../../domain/provenance.js';
import type { ParseResult } from '../common/parse-result.js';
import { detectHrcVoteFile } from './detect.js';
import { parseOhchrResolutions } from './ohchr-resolutions.js';
import { parseOhchrVotes } from './ohchr-votes.js';
import { parseHrcVotePress } from './press-release.js';
import { parseUngaIssues, parseUngaRollCalls, parseUngaVotes } from './unga.js';

/**
 * Every parser, on random text and on mutations of its fixtures (so the deep paths are reached):
 * it returns, never throws; its output validates; every problem names a line inside the input.
 */
const RUNS = 1_500;
const SEED = 20_261_123;
const FIXTURES = new URL('./fixtures/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');
// the release fixtures and the vote-form fixtures (press/forms/) alike
const pressTexts = readdirSync(new URL('press/', FIXTURES), { recursive: true })
  .map(String)
  .filter((f) => /\.(?:txt|html?)$/.test(f))
  .map((f) => read(`press/${f}`));

const TOKENS = [
  '\n',
  ',',
  '"',
  '""',
  ' ',
  '(',
  ')',
  ';',
  ':',
  '.',
  '\r\n',
  '\u00a0',
  '—',
  'by a vote of',
  '28 in favour',
  'one against',
  'seventeen abstentions',
  'voix pour',
  'six voix contre',
  '19票赞成',
  '7票反对',
  '21票弃权',
  'The result of the vote was as follows:',
  'In favour (2): France, Chile;',
  'Against (1): China;',
  'Abstentions (1): India.',
  'voted against',
  'abstained',
  'A/HRC/32/L.54',
  'rejected',
  'Amendment A/HRC/32/L.54 to draft resolution L.29',
  'RECORDED',
  'Y',
  'N',
  '.',
  'CHN',
  'XXX',
  'Taiwan',
  'Russia',
  'url: x',
  '---',
  'date: 2016-02-30',
  '<p>',
  '</p>',
];
const soup = fc
  .array(fc.constantFrom(...TOKENS), { maxLength: 80, size: 'max' })
  .map((p) => p.join(''));
const mutate = (base: string) =>
  fc
    .tuple(fc.nat(base.length), fc.nat(base.length), fc.string({ maxLength: 20 }))
    .map(([a, b, s]) => {
      const [i, j] = a < b ? [a, b] : [b, a];
      return base.slice(0, i) + s + base.slice(j);
    });
const input = (fixtures: readonly string[]) =>
  fc.oneof(fc.string({ unit: 'binary', maxLength: 500 }), soup, ...fixtures.map((f) => mutate(f)));

function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

function check<T>(result: ParseResult<T>, schema: z.ZodType, text: string): void {
  schema.parse(result.value);
  const lines = lineCount(text);
  for (const p of result.problems) {
    ParseProblem.parse(p);
    expect(p.line).toBeLessThanOrEqual(Math.max(1, lines));
  }
}

const csvCases: Array<[string, (f: string, t: string) => ParseResult<unknown>, z.ZodType, string]> =
  [
    ['parseOhchrResolutions', parseOhchrResolutions, z.array(VotingText), 'resolutions-sample.csv'],
    ['parseOhchrVotes', parseOhchrVotes, z.array(Ballot), 'votes-sample.csv'],
    ['parseUngaRollCalls', parseUngaRollCalls, z.array(VotingText), 'unga-roll-calls-sample.csv'],
    ['parseUngaVotes', parseUngaVotes, z.array(Ballot), 'unga-votes-sample.csv'],
    [
      'parseUngaIssues',
      parseUngaIssues,
      z.array(
        z.object({ sourceKey: z.string(), issue: z.string(), line: z.number().int().positive() }),
      ),
      'unga-issues-sample.csv',
    ],
  ];

describe('fuzz: hrc-votes parsers never throw', () => {
  for (const [name, parse, schema, fixtureName] of csvCases) {
    it(name, () => {
      fc.assert(
        fc.property(input([read(fixtureName)]), (text) => {
          check(parse('fuzz.csv', text), schema, text);
          detectHrcVoteFile('fuzz.csv', text);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });
  }

  it('parseHrcVotePress', () => {
    const schema = z.object({ votes: z.array(PressVote) }).passthrough();
    fc.assert(
      fc.property(input(pressTexts), (text) => {
        const r = parseHrcVotePress(text, 'fuzz.txt');
        schema.parse(r.value);
        // HTML input reports the HTML's lines; every other input its own
        for (const p of r.problems) {
          ParseProblem.parse(p);
          expect(p.line).toBeLessThanOrEqual(Math.max(1, lineCount(text)));
        }
        for (const v of r.value.votes) expect(v.locator.line).toBeLessThanOrEqual(lineCount(text));
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });
});
