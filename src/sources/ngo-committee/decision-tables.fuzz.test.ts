import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ApplicationStatus,
  BallotValue,
  NgoAction,
  StateCode,
} from '../../domain/ngo-committee.js';
import { Locator, ParseProblem } from '../../domain/provenance.js';
import { hasFatal } from '../common/parse-result.js';
import { type DecisionTable, parseDecisionTable } from './decision-tables.js';

const FIXTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures',
  'decision-tables',
);
const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.csv'))
  .sort()
  .map((name) => ({ name, text: readFileSync(path.join(FIXTURES, name), 'utf8') }));

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const name = z
  .string()
  .min(1)
  .refine((s) => s === s.trim(), 'untrimmed');
const DecisionRow = z.object({
  kind: z.string(),
  organization: name,
  sessionDate: isoDate,
  action: NgoAction,
  status: ApplicationStatus,
  note: z.string().min(1).nullable(),
  locator: Locator,
  passage: z.string(),
});
const NameChangeRow = z.object({
  oldName: name,
  newName: name,
  oldStatus: z.enum(['general', 'special', 'roster', 'none']).nullable(),
  oldStatusYear: z.number().int().nullable(),
  sessionDate: isoDate,
  locator: Locator,
  passage: z.string(),
});
const MergerRow = z.object({
  oldNames: z.array(name).min(1),
  newName: name,
  sessionDate: isoDate,
  locator: Locator,
  passage: z.string(),
});
const RollCallVote = z.object({
  subject: name,
  outcome: name.nullable(),
  sessionDate: isoDate,
  ballots: z.array(
    z.object({ state: StateCode, stateAsPrinted: name, vote: BallotValue, locator: Locator }),
  ),
  locator: Locator,
});

/** Checks everything a parse result promises, whatever the input was. */
function checkResult(
  fileName: string,
  text: string,
  value: DecisionTable,
  problems: unknown[],
): void {
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const p of problems) {
    const problem = ParseProblem.parse(p);
    expect(problem.file).toBe(fileName);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(lineCount);
  }
  if (value.kind === null) expect(hasFatal(problems as ParseProblem[])).toBe(true);
  const inFile = (line: number) => {
    expect(line).toBeGreaterThanOrEqual(2);
    expect(line).toBeLessThanOrEqual(lineCount);
  };
  for (const d of value.decisions) {
    DecisionRow.parse(d);
    expect(d.kind).toBe(value.kind);
    expect(text).toContain(d.passage);
    inFile(d.locator.line);
  }
  for (const c of value.nameChanges) {
    NameChangeRow.parse(c);
    expect(text).toContain(c.passage);
    inFile(c.locator.line);
  }
  for (const m of value.mergers) {
    MergerRow.parse(m);
    expect(text).toContain(m.passage);
    inFile(m.locator.line);
  }
  for (const v of value.rollCalls) {
    RollCallVote.parse(v);
    inFile(v.locator.line);
    const states = v.ballots.map((b) => b.state);
    expect(new Set(states).size).toBe(states.length);
    for (const b of v.ballots) inFile(b.locator.line);
  }
}

type Mutation = (text: string) => string;

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const at = (text: string, p: number) => Math.floor(p * (text.length + 1));
const junk = fc.constantFrom(
  '"',
  '""',
  ',',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '\uFEFF',
  'x',
  '2024-13-45',
  'in favour',
  '',
);

/** The mutations a hand-edited or badly exported CSV suffers. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  position.map((p) => (t: string) => t.slice(0, at(t, p))),
  fc.tuple(position, junk).map(
    ([p, s]) =>
      (t: string) =>
        t.slice(0, at(t, p)) + s + t.slice(at(t, p)),
  ),
  fc.tuple(position, position).map(([a, b]) => (t: string) => {
    const [from, to] = [at(t, Math.min(a, b)), at(t, Math.max(a, b))];
    return t.slice(0, from) + t.slice(to);
  }),
  // Remove a column from every line (naively: commas inside quotes are counted too, as a careless
  // script would).
  fc.nat({ max: 5 }).map(
    (col) => (t: string) =>
      t
        .split('\n')
        .map((line) =>
          line
            .split(',')
            .filter((_, i) => i !== col)
            .join(','),
        )
        .join('\n'),
  ),
  // Duplicate or drop a line.
  fc.tuple(fc.nat(), fc.boolean()).map(([i, dup]) => (t: string) => {
    const lines = t.split('\n');
    const k = i % lines.length;
    lines.splice(k, dup ? 0 : 1, ...(dup ? [lines[k]!] : []));
    return lines.join('\n');
  }),
  // Swap the header for another table's.
  fc.constantFrom(...fixtures).map((other) => (t: string) => {
    const rest = t.indexOf('\n');
    return other.text.slice(0, other.text.indexOf('\n')) + (rest < 0 ? '' : t.slice(rest));
  }),
);

describe('parseDecisionTable fuzzed', () => {
  it('never throws on mutated fixtures, and what it returns holds', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...fixtures.map((f) => f.name), 'Sheet1.csv'),
        (fixture, mutations, otherName) => {
          const text = mutations.reduce((t, m) => m(t), fixture.text);
          // Mostly the fixture's own name, sometimes another's, so kinds and layouts cross.
          const fileName = text.length % 5 === 0 ? otherName : fixture.name;
          const { value, problems } = parseDecisionTable(fileName, text);
          checkResult(fileName, text, value, problems);
        },
      ),
      { numRuns: 6000 },
    );
  });

  it('never throws on random text under a real header', () => {
    const unit = fc.constantFrom(
      'a',
      'Z',
      ' ',
      ',',
      '"',
      '\n',
      '\r',
      '\r\n',
      '\uFEFF',
      '-',
      '2',
      '0',
      '1',
      '4',
      '’',
      'é',
      'China',
      'in favor',
      'against',
      ' (special, 2011)',
      '2024-06-14',
      'Here is your list:',
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.string({ unit, maxLength: 80 }),
        fc.boolean(),
        (fixture, body, withHeader) => {
          const header = fixture.text.slice(0, fixture.text.indexOf('\n') + 1);
          const text = (withHeader ? header : '') + body;
          const { value, problems } = parseDecisionTable(fixture.name, text);
          checkResult(fixture.name, text, value, problems);
        },
      ),
      { numRuns: 4000 },
    );
  });
});
