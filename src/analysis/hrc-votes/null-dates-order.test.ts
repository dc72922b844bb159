import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../test/stores.js';
import { importHrcVotePaths } from '../../store/hrc-votes/import-files.js';
import type { Store } from '../../store/open-store.js';
import { countDisagreements } from './disagreements.js';
import { votingRecord } from './record.js';
import { listTexts } from './text-list.js';
import { skipName } from '../../../test/skip.js';

// Three recorded texts, one undated, each with official totals the one-row roll-call does not
// match, so each is also a count disagreement. SQLite sorts nulls first and PostgreSQL last
// unless told: every list must put the undated text last on both.
const HEADER =
  'record_id,symbol,title,statement,date,year,body,collection,vote_type,meeting,meeting_type,agenda_item_no,agenda_item_title,agenda_symbol,agenda_subject,main_sponsors,draft,yes,no,abstain,nonvoting,total,n_rollcall,url_resolution,url_draft,record_url';
const text = (id: string, date: string, year: string) =>
  `${id},A/HRC/RES/99/${id},Sample text ${id} : resolution /,adopted by the Human Rights Council at its 99th session,${date},${year},Human Rights Council,Voting Collection,RECORDED,,PLENARY MEETING,3.,,,,,,30,10,7,0,47,1,,,`;

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`undated texts sort last (${kind.name})`, kind.skip), () => {
    let store: Store;
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'hrc-null-dates-'));
      writeFileSync(
        path.join(dir, 'resolutions.csv'),
        [
          HEADER,
          text('1', '2020-03-01', '2020'),
          text('2', '', ''),
          text('3', '2019-03-01', '2019'),
        ].join('\n') + '\n',
      );
      writeFileSync(
        path.join(dir, 'votes_long.csv'),
        'record_id,iso3,vote\n1,CHN,Y\n2,CHN,N\n3,CHN,A\n',
      );
      store = await kind.open();
      await importHrcVotePaths(store, [dir]);
    });
    afterAll(async () => {
      await store?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('a voting record runs oldest first, the undated text last', async () => {
      const r = await votingRecord(store.db, 'CHN');
      expect(r.items.map((i) => i.symbol)).toEqual([
        'A/HRC/RES/99/3',
        'A/HRC/RES/99/1',
        'A/HRC/RES/99/2',
      ]);
    });

    it('count disagreements run oldest first, the undated text last', async () => {
      const d = await countDisagreements(store.db);
      expect(d.map((x) => x.text.symbol)).toEqual([
        'A/HRC/RES/99/3',
        'A/HRC/RES/99/1',
        'A/HRC/RES/99/2',
      ]);
    });

    it('the text list runs newest first, the undated text last', async () => {
      const page = await listTexts(store.db, {});
      expect(page.items.map((t) => t.symbol)).toEqual([
        'A/HRC/RES/99/1',
        'A/HRC/RES/99/3',
        'A/HRC/RES/99/2',
      ]);
    });
  });
}
