import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { skipName } from '../../../test/skip.js';
import { STORE_KINDS } from '../../../test/stores.js';
import { pressBodyLines, twoPageReleasePdf } from '../../../test/press-release-pdf.js';
import { importHrcVoteFile } from '../../store/hrc-votes/import-files.js';
import type { Store } from '../../store/open-store.js';
import { resolutionVotes } from './resolution.js';

/** A Council text read from a press release saved as PDF cites the page its vote is printed on. */
const FIXTURE = '../../store/hrc-votes/fixtures/press-sample-2021-07-13.txt';
const text = readFileSync(new URL(FIXTURE, import.meta.url), 'utf8');
const body = pressBodyLines(new URL(FIXTURE, import.meta.url));

function releasePdf(): Uint8Array {
  // Belarus (20–9–17) on page 1, civil society space (30–10–7) on page 2
  return twoPageReleasePdf(
    body,
    body.findIndex((l) => l.includes('civil society space, adopted')),
  );
}

async function pressSources(store: Store) {
  const ids = await store.db
    .selectFrom('hrcVotingTexts')
    .select(['id', 'officialYes'])
    .where('source', '=', 'press')
    .orderBy('line')
    .execute();
  const out: [number | null, number | null][] = [];
  for (const t of ids.slice(0, 2)) {
    const r = await resolutionVotes(store.db, { textId: t.id });
    out.push([t.officialYes, r!.source.page]);
  }
  return out;
}

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`resolution source page (${kind.name})`, kind.skip), () => {
    let store: Store;
    beforeEach(async () => {
      store = await kind.open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('gives the PDF page of the release a vote was read from', async () => {
      expect((await importHrcVoteFile(store, 'hrc.pdf', releasePdf())).status).toBe('imported');
      expect(await pressSources(store)).toEqual([
        [20, 1],
        [30, 2],
      ]);
    });

    it('gives no page for a release read from a text file', async () => {
      const r = await importHrcVoteFile(store, 'hrc.txt', new TextEncoder().encode(text));
      expect(r.status).toBe('imported');
      expect(await pressSources(store)).toEqual([
        [20, null],
        [30, null],
      ]);
    });
  });
}
