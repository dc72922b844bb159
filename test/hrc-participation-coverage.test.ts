import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { participationCoverage, totalsLine } from '../scripts/hrc-participation-coverage.js';
import { parseParticipation } from '../src/sources/hrc-participation/parse.js';
import { repoRoot, SHARED_DATA_SKIP_REASON, sharedPath } from './shared-data.js';
import { skipName } from './skip.js';

const root = sharedPath('un-texts');

describe.skipIf(!root)(
  skipName('HRC participation coverage report (real texts)', !root && SHARED_DATA_SKIP_REASON),
  () => {
    const coverage = root ? participationCoverage(root) : null;

    it('prints in docs/ the totals a recount of every file gives', () => {
      // the recount: every text parsed again here, its records summed
      let statements = 0;
      let pointsOfOrder = 0;
      let files = 0;
      for (const kind of readdirSync(root!, { withFileTypes: true }).filter((d) => d.isDirectory()))
        for (const name of readdirSync(path.join(root!, kind.name)).filter((n) =>
          n.endsWith('.txt'),
        )) {
          files++;
          const r = parseParticipation(
            readFileSync(path.join(root!, kind.name, name), 'utf8'),
          ).value;
          statements += r.statements.length;
          pointsOfOrder += r.pointsOfOrder.length;
        }
      expect(coverage!.totals).toMatchObject({ filesScanned: files, statements, pointsOfOrder });
      const t = coverage!.totals;
      expect(t.read + t.unread + t.notARecord).toBe(t.candidates);
      const doc = readFileSync(path.join(repoRoot, 'docs/hrc-participation-coverage.md'), 'utf8');
      expect(doc).toContain(totalsLine(t));
    });

    it('reads the points of order the texts report (checked against the texts)', () => {
      const po = (file: string) => {
        const text = readFileSync(path.join(root!, file), 'utf8');
        return parseParticipation(text).value.pointsOfOrder;
      };
      // eatnews: China's "first" and "second" point of order against Dolkun Isa, HRC48, item 4
      expect(po('other/eatnews-2021-hrc48-china-points-of-order-dolkun-isa.txt')).toMatchObject([
        {
          raisedBy: 'CHN',
          targetSpeaker: 'Dolkun Isa',
          session: 'HRC48',
          agendaItem: '4',
          line: 14,
          outcome: 'speaker-continued',
        },
        { raisedBy: 'CHN', targetSpeaker: 'Dolkun Isa', session: 'HRC48', line: 22 },
      ]);
      // news18 (23 March 2023): the President ruled he was entitled to finish; HRC52 from the date
      expect(po('other/news18-2023-03-23-china-point-of-order-dolkun-isa-hrc52.txt')).toMatchObject(
        [
          {
            raisedBy: 'CHN',
            targetOrganization: 'Global Human Rights Defence',
            session: 'HRC52',
            sessionBy: 'date',
            outcome: 'speaker-continued',
            rulingLine: 20,
          },
        ],
      );
    });

    it('gives every candidate not read a reason', () => {
      const unread = coverage!.files
        .flatMap((f) => f.candidates)
        .filter((c) => c.status !== 'read');
      for (const c of unread) expect(c.why.length, `${c.file}:${c.line}`).toBeGreaterThan(10);
    });
  },
);
