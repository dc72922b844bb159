import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpCommunication } from '../../domain/reprisals.js';
import { parseSpCommunications } from './sp-communications.js';

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('parseSpCommunications', () => {
  const { value, problems } = parseSpCommunications(
    'sp-communications.csv',
    fixture('sp-communications.csv'),
  );

  it('reads each letter with reference, type, State, mandates and reply', () => {
    for (const c of value) SpCommunication.parse(c);
    expect(value.map((c) => c.reference)).toEqual([
      'CHN 15/2011',
      'CHN 7/2020',
      'EGY 3/2019',
      'OTH 16/2016',
      'CHN 9/2020',
    ]);
    expect(value[0]).toEqual({
      ohchrId: '24001',
      reference: 'CHN 15/2011',
      state: 'CHN',
      date: '2011-05-20',
      type: 'UA',
      mandates: ['SR on human rights defenders', 'WG on Enforced or Involuntary Disappearances'],
      replyReceived: true,
      replyDates: ['2011-08-03'],
      caseId: null,
    });
    // OHCHR prints dates day first
    expect(value[1]!.date).toBe('2020-03-12');
    expect(value[1]!.replyReceived).toBe(false);
    expect(value[2]!.replyReceived).toBeNull();
    // "OTH": a letter to another actor, no State
    expect(value[3]!.state).toBeNull();
  });

  it('lists every row it could not read, with its line', () => {
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [6, 'bad-date'],
      [7, 'bad-type'],
      [8, 'bad-reference'],
      [9, 'duplicate-reference'],
    ]);
    expect(value.find((c) => c.reference === 'CHN 9/2020')!.date).toBeNull();
  });

  it('reads the JSON form the same way', () => {
    const json = parseSpCommunications('sp.json', fixture('sp-communications.json'));
    expect(json.problems).toEqual([]);
    expect(json.value).toEqual(value.slice(0, 2));
  });

  it('refuses a CSV without reference or type columns', () => {
    const r = parseSpCommunications('x.csv', 'a,b\n1,2\n');
    expect(r.problems[0]).toMatchObject({ code: 'communication-columns', severity: 'fatal' });
  });
});
