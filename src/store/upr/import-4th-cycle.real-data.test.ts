import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sharedPath, SHARED_DATA_SKIP_REASON } from '../../../test/shared-data.js';
import { STORE_KINDS } from '../../../test/stores.js';
import { uprRecommendation } from '../../analysis/upr/recommendation.js';
import { uprStats } from '../../analysis/upr/stats.js';
import { readPdfText } from '../../sources/common/pdf-text.js';
import { pagesOfLines } from '../document-pages.js';
import type { Store } from '../open-store.js';
import { importUprPaths } from './import-files.js';
import { skipName } from '../../../test/skip.js';

// The UN's own documents of Slovenia's 4th-cycle review (PROVENANCE.md in the folder). Expected
// figures are the documents' own: the addendum's paragraph 2 says "254 recommendations … of which
// 217 are supported and 37 noted", and OHCHR's thematic list gives each of the 254 rows Supported
// (217) or Noted (37), counted by hand from the lists of paragraphs 3, 4 and 5 of the addendum
// (178 + 39 supported, 37 noted).
const DIR = sharedPath('upr-slovenia-4th-cycle');
const REPORT = DIR && `${DIR}/A_HRC_59_15.pdf`;
const ADDENDUM = DIR && `${DIR}/A_HRC_59_15_Add.1.pdf`;
const LIST = DIR && `${DIR}/UPR48_Slovenia_thematic_list_of_recommendations.docx`;
const absent = !REPORT || !existsSync(REPORT) ? SHARED_DATA_SKIP_REASON : false;

async function tally(store: Store) {
  const rows = await store.db
    .selectFrom('uprRecommendations')
    .select(['response', 'responseRaw', 'sur', 'cycle', 'session', 'paragraph'])
    .execute();
  const by = (f: (r: (typeof rows)[number]) => string) => {
    const out: Record<string, number> = {};
    for (const r of rows) out[f(r)] = (out[f(r)] ?? 0) + 1;
    return out;
  };
  return {
    total: rows.length,
    response: by((r) => r.response),
    raw: by((r) => r.responseRaw ?? ''),
    rows,
  };
}

const kinds = STORE_KINDS.filter((k) => k.name === 'sqlite');
for (const kind of kinds) {
  describe.skipIf(absent || kind.skip)(
    skipName(
      `UPR 4th cycle, Slovenia, from the UN's PDFs and DOCX (${kind.name})`,
      (absent && SHARED_DATA_SKIP_REASON) || kind.skip,
    ),
    () => {
      let store: Store;
      beforeEach(async () => {
        store = await kind.open();
      });
      afterEach(async () => {
        await store.close();
      });

      it('WG report PDF + addendum PDF: 254 = 217 supported + 37 noted, none pending, pages kept', async () => {
        const reports = await importUprPaths(store, [REPORT!, ADDENDUM!]);
        expect(reports.map((r) => r.status)).toEqual(['imported', 'imported']);
        expect(reports.flatMap((r) => r.problems.map((p) => p.code))).not.toContain(
          'paragraphs-without-response',
        );
        const t = await tally(store);
        expect(t.total).toBe(254);
        expect(t.response).toEqual({ supported: 217, noted: 37 });
        // the state's three categories, the already-implemented one kept apart within supported
        expect(t.raw).toEqual({
          'Accepted recommendations': 178,
          'Accepted recommendations that Slovenia considers already implemented or in the process of implementation': 39,
          'Noted recommendations': 37,
        });
        expect(new Set(t.rows.map((r) => `${r.sur} ${r.cycle} ${r.session}`))).toEqual(
          new Set(['SVN 4 48']),
        );
        // 140.1 is printed on page 17 of the report, its "noted" in paragraph 5 on page 5 of the
        // addendum (read by opening the PDFs)
        const r1 = await store.db
          .selectFrom('uprRecommendations')
          .select(['documentId', 'line', 'responseDocumentId', 'responseLine'])
          .where('paragraph', '=', '140.1')
          .executeTakeFirstOrThrow();
        const pages = await pagesOfLines(store.db, [
          { documentId: r1.documentId, line: r1.line },
          { documentId: r1.responseDocumentId!, line: r1.responseLine! },
        ]);
        expect([...pages.values()]).toEqual([11, 5]);
        // and the record's evidence says so, for the CLI and the API
        const id = await store.db
          .selectFrom('uprRecommendations')
          .select('id')
          .where('paragraph', '=', '140.1')
          .executeTakeFirstOrThrow();
        const detail = await uprRecommendation(store.db, id.id);
        expect([detail?.source.page, detail?.responseSource?.page]).toEqual([11, 5]);
      });

      it('an addendum that leaves paragraphs without a position: the import lists them all, the figure counts them pending', async () => {
        // the addendum's own text without its section III (the 37 noted, paragraph 5 on)
        const pdf = await readPdfText('a.pdf', new Uint8Array(readFileSync(ADDENDUM!)));
        const text = pdf.value.text;
        const cut = text.slice(0, text.lastIndexOf('III. Noted recommendations'));
        const work = mkdtempSync(path.join(tmpdir(), 'groundpass-upr4-'));
        try {
          const partial = path.join(work, 'A_HRC_59_15_Add.1-without-noted.txt');
          writeFileSync(partial, cut);
          const reports = await importUprPaths(store, [REPORT!, partial]);
          expect(reports.map((r) => r.status)).toEqual(['imported', 'imported']);
          const warning = reports
            .flatMap((r) => r.problems)
            .find((p) => p.code === 'paragraphs-without-response');
          // the noted paragraphs of the addendum's paragraph 5, read by hand, as runs
          expect(warning?.message).toBe(
            '37 paragraphs of A/HRC/59/15 have no response in its addendum and stay pending: ' +
              '140.1–140.6, 140.22–140.25, 140.28, 140.30, 140.37, 140.48, 140.55, 140.57–140.59, ' +
              '140.69–140.72, 140.74, 140.75, 140.77–140.80, 140.229, 140.230, 140.235–140.240, 140.253',
          );
          const [stats] = await uprStats(store.db, { sur: 'SVN' });
          expect([stats?.total, stats?.supported, stats?.noted, stats?.pending]).toEqual([
            254, 217, 0, 37,
          ]);
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      });

      it('the thematic list alone gives the same 254 = 217 + 37, with State, cycle and session from its page header', async () => {
        const reports = await importUprPaths(store, [LIST!]);
        expect(reports[0]).toMatchObject({ status: 'imported', kind: 'un-matrix-docx' });
        const t = await tally(store);
        expect(t.total).toBe(254);
        expect(t.response).toEqual({ supported: 217, noted: 37 });
        expect(new Set(t.rows.map((r) => `${r.sur} ${r.cycle} ${r.session}`))).toEqual(
          new Set(['SVN 4 48']),
        );
      });

      it('the list and the two PDFs together count each recommendation once (same report paragraph)', async () => {
        for (const order of [
          [LIST!, REPORT!, ADDENDUM!],
          [REPORT!, ADDENDUM!, LIST!],
        ]) {
          const other = await kind.open();
          try {
            const reports = await importUprPaths(other, order);
            expect(reports.map((r) => r.status)).toEqual(['imported', 'imported', 'imported']);
            const t = await tally(other);
            expect(t.total).toBe(254);
            expect(t.response).toEqual({ supported: 217, noted: 37 });
            expect(new Set(t.rows.map((r) => r.paragraph)).size).toBe(254);
          } finally {
            await other.close();
          }
        }
      });
    },
  );
}
