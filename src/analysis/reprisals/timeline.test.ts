import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSgReprisalsReport } from '../../sources/reprisals/sg-report.js';
import { parseSpCommunications } from '../../sources/reprisals/sp-communications.js';
import { caseTimeline, communicationLinks } from './timeline.js';

const fixtures = path.join(import.meta.dirname, '../../sources/reprisals/fixtures');
const report = parseSgReprisalsReport(
  'r.txt',
  readFileSync(path.join(fixtures, 'sg-report-annexes.txt'), 'utf8'),
);
const comms = parseSpCommunications(
  'c.csv',
  readFileSync(path.join(fixtures, 'sp-communications.csv'), 'utf8'),
).value;
const hua = report.value.drafts[0]!.case;

describe('a case across reports and communications', () => {
  it('links a communication to the case whose paragraph cites it', () => {
    // paragraph 1 of annex I cites CHN 7/2020, which the communications list holds
    expect([
      ...communicationLinks(
        comms,
        report.value.drafts.map((d) => d.case),
      ),
    ]).toEqual([['CHN 7/2020', ['2020-CHN-001']]]);
  });

  it('orders the letter, the Government reply and the report by date', () => {
    expect(caseTimeline(hua, comms).map((e) => `${e.kind} ${e.date}`)).toEqual([
      'communication 2020-03-12',
      'government-response 2020-08-17',
      'report 2020-09',
    ]);
  });

  it('follows a link a person set rather than the cited reference', () => {
    const moved = comms.map((c) =>
      c.reference === 'CHN 15/2011' ? { ...c, caseId: hua.caseId } : c,
    );
    expect(
      caseTimeline(hua, moved)
        .filter((e) => e.kind === 'communication')
        .map((e) => e.date),
    ).toEqual(['2011-05-20', '2020-03-12']);
  });
});
