import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ParseProblem } from '../../domain/provenance.js';
import { parseNumber } from '../common/numbers.js';
import { parseUnTextHeader } from '../common/un-text-header.js';
import { NgoPressReleaseSchema, parseNgoCommitteePressRelease } from './press-release.js';
import { labelQuestion } from './topics.js';

/**
 * Fuzzing: 10,000 inputs per parser, half random, half mutations of the fixtures (slices, shuffled
 * and dropped lines, inserted and replaced characters), so that the mutated texts still reach
 * the deep paths (lists, clauses, votes) that random strings never do. Each parser must return,
 * never throw, and give output that validates against the schemas.
 */

const FIXTURES = new URL('./fixtures/', import.meta.url);
const texts = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, FIXTURES), 'utf8'));

const RUNS = 5_000;
const SEED = 20_240_528;

// Fragments of the real format, so random "token soup" hits the parser's cues.
const TOKENS = [
  '\n',
  '\n\n',
  ' ',
  '—',
  '–',
  ' - ',
  '(',
  ')',
  ';',
  ':',
  '.',
  ',',
  '’s',
  "'s",
  '\u00a0',
  '\u2011',
  '\u0000',
  'url: https://press.un.org/en/2016/ecosoc6731.doc.htm',
  'date: 2016-02-30',
  '---',
  'Special Consultative Status',
  'Quadrennial Reports',
  'The Committee postponed consideration of the following organizations:',
  'The Committee recommended that the Council grant special consultative status to the following 2 organizations:',
  'Example Trust',
  '(Republic of Korea)',
  '(Iran (Islamic Republic of))',
  'as the representative of China asked',
  'China ’s representative',
  'and as the representatives of Pakistan and Cuba requested',
  'while the delegate of Freedonia asked',
  'by a recorded vote of',
  '15 in favour',
  'six against',
  'with 1 abstention',
  '(Greece, Israel, United States)',
  'absent: Burundi',
  'to close the application of the non-governmental organization',
  'ECOSOC/6731-NG0/822',
  '29 January 2010',
  ' date 2024-05-28',
  'Taiwan',
];

// fast-check keeps values small by default; `size: 'max'` gives texts of release length too.
const tokenSoup = fc
  .array(fc.constantFrom(...TOKENS), { maxLength: 120, size: 'max' })
  .map((parts) => parts.join(' '));
const randomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 2_000, size: 'max' }),
  fc.string({ unit: 'grapheme', maxLength: 2_000, size: 'max' }),
  tokenSoup,
);

const REPLACEMENTS = [
  '—',
  '–',
  '-',
  '(',
  ')',
  ';',
  ':',
  '.',
  '’',
  "'",
  '\n',
  '\r',
  '\u00a0',
  '\u2011',
  ' ',
  '',
];

const mutatedText = fc.constantFrom(...texts).chain((text) => {
  const lines = text.split('\n');
  return fc.oneof(
    // A slice, as an excerpt cut anywhere would be.
    fc
      .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
      .map(([a, b]) => text.slice(Math.min(a, b), Math.max(a, b))),
    // Lines shuffled and some dropped.
    fc
      .shuffledSubarray(lines, { minLength: 0, maxLength: lines.length })
      .map((ls) => ls.join('\n')),
    // Characters inserted.
    fc
      .array(fc.tuple(fc.nat({ max: text.length }), fc.string({ unit: 'binary', maxLength: 6 })), {
        maxLength: 25,
        size: 'max',
      })
      .map((inserts) => {
        let out = text;
        for (const [at, s] of [...inserts].sort((x, y) => y[0] - x[0]))
          out = out.slice(0, at) + s + out.slice(at);
        return out;
      }),
    // Significant characters replaced or deleted.
    fc
      .array(
        fc.tuple(fc.nat({ max: Math.max(0, text.length - 1) }), fc.constantFrom(...REPLACEMENTS)),
        {
          maxLength: 40,
          size: 'max',
        },
      )
      .map((edits) => {
        const chars = [...text];
        for (const [at, s] of edits) if (at < chars.length) chars[at] = s;
        return chars.join('');
      }),
  );
});

const problemsSchema = z.array(ParseProblem);

function checkPressRelease(text: string): void {
  const result = parseNgoCommitteePressRelease(text, { file: 'fuzz.txt' });
  NgoPressReleaseSchema.parse(result.value);
  problemsSchema.parse(result.problems);
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const p of result.problems) {
    expect(p.line).toBeLessThanOrEqual(lineCount);
    expect(p.file).toBe('fuzz.txt');
  }
  for (const a of result.value.applications) {
    expect(a.locator.line).toBeLessThanOrEqual(lineCount);
    expect(a.organization).not.toBe('');
  }
  for (const v of result.value.votes) expect(v.locator.line).toBeLessThanOrEqual(lineCount);
  if (result.problems.some((p) => p.severity === 'fatal')) {
    expect(result.value.applications).toEqual([]);
  }
}

function checkHeader(text: string): void {
  const h = parseUnTextHeader(text);
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  expect(source.endsWith(h.body)).toBe(true);
  expect(h.bodyStartLine).toBeGreaterThanOrEqual(1);
  const before = source.slice(0, source.length - h.body.length);
  // The body starts on the line after the header's lines (a file may end right after "---").
  if (h.hasHeader && /[\r\n]$/.test(before))
    expect(before.split(/\r\n|\r|\n/).length).toBe(h.bodyStartLine);
  else if (h.hasHeader) expect(before.split(/\r\n|\r|\n/).length).toBe(h.bodyStartLine - 1);
  else expect(h.bodyStartLine).toBe(1);
  problemsSchema.parse(h.problems);
  if (h.meta.date !== null) expect(h.meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
}

const headerLike = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.constantFrom(
          'url: https://example.org/a',
          'title: A',
          'date: unknown',
          'date: 2024-13-01',
          'kind: x',
        ),
        fc.string({ maxLength: 30 }).map((s) => `${s}: ${s}`),
      ),
      { maxLength: 6 },
    ),
    fc.constantFrom('---', '---  ', '--', ''),
    fc.constantFrom('\n', '\r\n', '\r'),
    randomText,
  )
  .map(([keys, sep, eol, body]) => [...keys, sep, body].join(eol));

describe('fuzz: parseNgoCommitteePressRelease', () => {
  it(`never throws on ${RUNS} random inputs`, () => {
    fc.assert(fc.property(randomText, checkPressRelease), { numRuns: RUNS, seed: SEED });
  });

  it(`never throws on ${RUNS} mutated fixtures, and is deterministic`, () => {
    fc.assert(
      fc.property(mutatedText, (text) => {
        checkPressRelease(text);
        expect(parseNgoCommitteePressRelease(text)).toEqual(parseNgoCommitteePressRelease(text));
      }),
      { numRuns: RUNS, seed: SEED + 1 },
    );
  });
});

describe('fuzz: parseUnTextHeader', () => {
  it(`keeps the body a suffix of the input on ${RUNS} random inputs`, () => {
    fc.assert(fc.property(randomText, checkHeader), { numRuns: RUNS, seed: SEED + 2 });
  });

  it(`keeps the body a suffix of the input on ${RUNS} header-like inputs`, () => {
    fc.assert(fc.property(fc.oneof(headerLike, mutatedText), checkHeader), {
      numRuns: RUNS,
      seed: SEED + 3,
    });
  });
});

describe('fuzz: small helpers', () => {
  it('labelQuestion always labels, parseNumber gives a natural number or nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        expect(labelQuestion(s).length).toBeGreaterThan(0);
        const n = parseNumber(s);
        if (n !== undefined) expect(Number.isSafeInteger(n) && n >= 0).toBe(true);
      }),
      { numRuns: RUNS, seed: SEED + 4 },
    );
  });
});
