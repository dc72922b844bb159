import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../test/stores.js';
import { listQuestions } from '../../analysis/ngo-committee/question-list.js';
import { questionsByState } from '../../analysis/ngo-committee/questions-by-state.js';
import { loadDeferralHistories } from '../../analysis/ngo-committee/deferrals.js';
import type { Store } from '../open-store.js';
import { importNgoCommitteePaths } from './import-files.js';
import { skipName } from '../../../test/skip.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const transcripts = path.join(here, '../../sources/ngo-committee/fixtures/transcripts');
const FILES = [
  path.join(transcripts, 'webtv-5th-meeting.json'),
  path.join(transcripts, 'diplodesk-style-20th-meeting.txt'),
  path.join(here, 'fixtures', 'press-2019-regular.txt'),
];

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(
    skipName(`NGO Committee transcripts import on ${kind.name}`, kind.skip),
    () => {
      let store: Store;
      beforeEach(async () => {
        store = await kind.open();
      });
      afterEach(async () => {
        await store.close();
      });

      it('stores transcript questions apart from press questions, with their moment', async () => {
        const reports = await importNgoCommitteePaths(store, FILES);
        expect(reports.map((r) => [r.status, r.kind])).toEqual([
          ['imported', 'ngo-transcript:webtv-json'],
          ['imported', 'ngo-transcript:text'],
          ['imported', 'ngo-press'],
        ]);
        expect(reports[0]!.counts).toMatchObject({ questions: 5, questionsUnattributed: 1 });
        expect(reports[1]!.counts).toMatchObject({ questions: 5, questionsUnattributed: 1 });

        // default: press questions only (press-2019-regular has 4, all China's)
        const press = await questionsByState(store.db);
        expect(press.total).toBe(4);
        const fromTranscripts = await questionsByState(store.db, { source: 'transcript' });
        expect(fromTranscripts.total).toBe(10);
        expect(fromTranscripts.rows.map((r) => [r.state, r.questions])).toEqual([
          ['CHN', 3],
          ['USA', 2],
          ['CUB', 1],
          ['GBR', 1],
          ['IND', 1],
          ['PAK', 1],
          ['RUS', 1],
        ]);
        expect((await questionsByState(store.db, { source: 'all' })).total).toBe(14);

        const listed = await listQuestions(store.db, { source: 'transcript', state: 'CHN' });
        expect(listed.total).toBe(3);
        const row = await store.db
          .selectFrom('ngoQuestions')
          .select(['moment', 'momentUrl', 'source'])
          .where('state', '=', 'CHN')
          .where('source', '=', 'transcript')
          .where('moment', 'is not', null)
          .executeTakeFirstOrThrow();
        expect(row).toEqual({
          moment: '01:02:07',
          momentUrl: 'https://webtv.un.org/en/asset/1_abc2def3?t=3727',
          source: 'transcript',
        });
        // a transcript says an application was considered, not decided: no deferral comes of it
        const histories = await loadDeferralHistories(store.db);
        expect(histories.some((h) => /Hope Alliance|Global Voices/.test(h.organization))).toBe(
          false,
        );
      });
    },
  );
}
