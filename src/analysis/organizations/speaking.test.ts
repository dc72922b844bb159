import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../test/stores.js';
import { skipName } from '../../../test/skip.js';
import type { Store } from '../../store/open-store.js';
import { speakingRecord } from './speaking.js';

/*
 * The speaking record joins the participation module's speakers to an organisation by the keys of
 * its names only, leaves a key two organisations share unjoined, and keeps each statement's
 * source line. Invented organisations and an invented summary.
 */

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`speaking record (${kind.name})`, kind.skip), () => {
    let store: Store;
    let lantern: number;
    beforeAll(async () => {
      store = await kind.open();
      const db = store.db;
      const doc = await db
        .insertInto('sourceDocuments')
        .values({
          sha256: 'a'.repeat(64),
          kind: 'hrc-participation',
          fileName: 'hrc99-summary.txt',
          symbol: null,
          url: null,
          title: null,
          date: '2024-03-01',
          year: 2024,
          language: 'en',
          byteSize: 1,
          importedAt: '2024-03-02T00:00:00.000Z',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const orgs = await db
        .insertInto('organizations')
        .values([
          {
            name: 'Lantern Friendship Society',
            nameKey: 'lantern friendship society',
            country: null,
            countryCode: null,
          },
          { name: 'Lantern Society', nameKey: 'lantern society', country: null, countryCode: null },
        ])
        .returning('id')
        .execute();
      lantern = orgs[0]!.id;
      // a name an editor gave both organisations (Committee aliases are unique by key; editors'
      // names are not): a key two organisations share is never joined
      await db
        .insertInto('organizationNames')
        .values(
          orgs.map((o) => ({
            organizationId: o.id,
            name: 'LS',
            nameKey: 'ls',
            language: 'en',
            kind: 'alias',
            source: null,
            addedBy: 'test',
            addedAt: '2024-01-01T00:00:00.000Z',
          })),
        )
        .execute();
      const meeting = {
        documentId: doc.id,
        passage: 'Also speaking were …',
        moment: null,
        momentUrl: null,
        session: 'HRC99',
        sessionBy: 'text',
        meeting: null,
        agendaItem: '4',
        debate: 'general debate on item 4',
        date: '2024-03-01',
        year: 2024,
        speakerKind: 'ngo',
        state: null,
        person: null,
        jointCount: null,
        text: null,
        form: 'list',
        listComplete: 1,
      };
      const statements = await db
        .insertInto('hrcStatements')
        .values([
          {
            ...meeting,
            line: 10,
            speaker: 'The Lantern Friendship Society',
            speakerKey: 'lantern friendship society',
            joint: 0,
          },
          { ...meeting, line: 11, speaker: 'LS', speakerKey: 'ls', joint: 0 },
          { ...meeting, line: 12, speaker: 'Harbour Watch', speakerKey: 'harbour watch', joint: 1 },
        ])
        .returning('id')
        .execute();
      await db
        .insertInto('hrcStatementCosigners')
        .values({
          statementId: statements[2]!.id,
          position: 1,
          name: 'Lantern Friendship Society',
          nameKey: 'lantern friendship society',
        })
        .execute();
    });
    afterAll(async () => store.close());

    it('counts its own statements and co-signatures, each with its line, not a shared key', async () => {
      const record = await speakingRecord(store.db, lantern);
      expect(record.keys).toEqual(['lantern friendship society']);
      expect(record.statements.map((s) => s.source.line)).toEqual([10]);
      expect(record.cosigned.map((s) => [s.source.line, s.speakerAsPrinted])).toEqual([
        [12, 'Harbour Watch'],
      ]);
      expect(record.bySession).toEqual([{ session: 'HRC99', statements: 1, cosigned: 1 }]);
    });
  });
}
