import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../test/stores.js';
import { pressBodyLines, twoPageReleasePdf } from '../../test/press-release-pdf.js';
import { listQuestions } from '../analysis/ngo-committee/question-list.js';
import { pagesOfLines } from './document-pages.js';
import { importHrcVoteFile } from './hrc-votes/import-files.js';
import { importNgoCommitteeFile } from './ngo-committee/import-files.js';
import type { Store } from './open-store.js';

const bodyLines = (fixture: string) => pressBodyLines(new URL(fixture, import.meta.url));
const releasePdf = twoPageReleasePdf;

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(`press releases as PDF on ${kind.name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await kind.open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('NGO Committee: the PDF is read like the text, and each question has its page', async () => {
      // press-2019-regular.txt: the Lantern (China) and Silver River (Pakistan, China) questions
      // fall on page 1, Northwind's (Türkiye) on page 2
      // a PDF has no url/title/date header: its dateline says the date, as on the UN's page
      const lines = [
        '24 January 2019',
        ...bodyLines('./ngo-committee/fixtures/press-2019-regular.txt'),
      ];
      const split = lines.findIndex((l) => l.startsWith('Northwind'));
      const report = await importNgoCommitteeFile(store, 'ngo901.pdf', releasePdf(lines, split));
      expect(report.status).toBe('imported');
      expect(report.counts).toMatchObject({ applications: 4, questions: 4 });
      const questions = await store.db
        .selectFrom('ngoQuestions')
        .select(['documentId', 'line', 'state'])
        .orderBy('line')
        .execute();
      const pages = await pagesOfLines(store.db, questions);
      expect(questions.map((q) => [q.state, pages.get(`${q.documentId}:${q.line}`)])).toEqual([
        ['CHN', 1],
        ['PAK', 1],
        ['CHN', 1],
        ['TUR', 2],
      ]);
      // the question list a reader cites from names the page (and a text file's would not)
      const listed = await listQuestions(store.db, {});
      expect(
        listed.items
          .map((q) => [q.state, q.source.page])
          .sort((a, b) => String(a).localeCompare(String(b))),
      ).toEqual([
        ['CHN', 1],
        ['CHN', 1],
        ['PAK', 1],
        ['TUR', 2],
      ]);
      // the same bytes again change nothing
      expect(
        (await importNgoCommitteeFile(store, 'ngo901.pdf', releasePdf(lines, split))).status,
      ).toBe('unchanged');
    });

    it('Council: each vote of a PDF release has the page its sentence is printed on', async () => {
      // press-sample-2021-07-13.txt: Belarus (20–9–17) on page 1, civil society space (30–10–7) on 2
      const lines = bodyLines('./hrc-votes/fixtures/press-sample-2021-07-13.txt');
      const split = lines.findIndex((l) => l.includes('civil society space, adopted'));
      const report = await importHrcVoteFile(store, 'hrc-2021-07-13.pdf', releasePdf(lines, split));
      expect(report.status).toBe('imported');
      const texts = await store.db
        .selectFrom('hrcVotingTexts')
        .select(['documentId', 'line', 'officialYes', 'officialNo', 'officialAbstain'])
        .where('source', '=', 'press')
        .orderBy('line')
        .execute();
      const pages = await pagesOfLines(
        store.db,
        texts.map((t) => ({ documentId: t.documentId!, line: t.line })),
      );
      expect(
        texts
          .slice(0, 2)
          .map((t) => [
            t.officialYes,
            t.officialNo,
            t.officialAbstain,
            pages.get(`${t.documentId}:${t.line}`),
          ]),
      ).toEqual([
        [20, 9, 17, 1],
        [30, 10, 7, 2],
      ]);
    });

    it('a named PDF that cannot be read is rejected with FILE: reason', async () => {
      const damaged = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF');
      for (const report of [
        await importNgoCommitteeFile(store, 'damaged.pdf', damaged),
        await importHrcVoteFile(store, 'damaged.pdf', damaged),
      ]) {
        expect(report.status).toBe('rejected');
        expect(report.problems[0]).toMatchObject({ file: 'damaged.pdf', severity: 'fatal' });
        expect(report.problems[0]!.message.length).toBeGreaterThan(10);
      }
      const docs = await store.db.selectFrom('sourceDocuments').select('id').execute();
      expect(docs).toEqual([]);
    });
  });
}
