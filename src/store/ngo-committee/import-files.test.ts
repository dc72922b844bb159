import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../test/stores.js';
import {
  applicationHistory,
  findOrganization,
} from '../../analysis/ngo-committee/application-history.js';
import { longestDeferred, pendingAtLeast } from '../../analysis/ngo-committee/deferrals.js';
import { questionsByState } from '../../analysis/ngo-committee/questions-by-state.js';
import { rollCallSummary } from '../../analysis/ngo-committee/roll-calls.js';
import type { Store } from '../open-store.js';
import { decideReview, orgKey } from '../organizations.js';
import { openReviews } from '../../analysis/ngo-committee/reviews.js';
import { importNgoCommitteeFile, importNgoCommitteePaths } from './import-files.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name: string) => path.join(fixtures, name);
const GOOD = [
  'press-2019-regular.txt',
  'press-2020-regular.txt',
  'deferred.csv',
  'granted.csv',
  'roll_call_votes.csv',
].map(fixture);

async function tableCounts(store: Store): Promise<Record<string, number>> {
  const tables = [
    'sourceDocuments',
    'organizations',
    'organizationAliases',
    'ngoEvents',
    'ngoQuestions',
    'ngoQuestionTopics',
    'ngoVotes',
    'ngoBallots',
  ] as const;
  const out: Record<string, number> = {};
  for (const t of tables) {
    const row = await store.db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[t] = Number(row.n);
  }
  return out;
}

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(
    `NGO Committee import on ${kind.name}${kind.skip ? ` (${kind.skip})` : ''}`,
    () => {
      let store: Store;
      beforeEach(async () => {
        store = await kind.open();
      });
      afterEach(async () => {
        await store.close();
      });

      it('stores what the press releases and tables say, with provenance', async () => {
        const reports = await importNgoCommitteePaths(store, GOOD);
        expect(reports.map((r) => r.status)).toEqual([
          'imported',
          'imported',
          'imported',
          'imported',
          'imported',
        ]);
        // press-2019: Quiet Meadow recommended; three deferred with 4 questions in all
        expect(reports[0]!.counts).toMatchObject({ applications: 4, questions: 4, votes: 0 });

        const figure = await questionsByState(store.db);
        expect(figure.total).toBe(6);
        expect(figure.rows.map((r) => [r.state, r.questions])).toEqual([
          ['CHN', 4],
          ['PAK', 1],
          ['TUR', 1],
        ]);
        expect(figure.rows[0]!.share).toBeCloseTo(4 / 6);
        expect(figure.rows[0]!.evidence.ids).toHaveLength(4);
        const only2020 = await questionsByState(store.db, { from: 2020, to: 2020 });
        expect(only2020.rows.map((r) => [r.state, r.questions])).toEqual([['CHN', 2]]);
      });

      it('counts a session reported by a press release and a decision table once', async () => {
        await importNgoCommitteePaths(store, GOOD);
        const longest = await longestDeferred(store.db, 10);
        const lantern = longest.find((h) => h.organization === 'Lantern Rights Watch')!;
        // 2019 regular (release 24 Jan + report 8 Feb), 2019 resumed, 2020 regular (twice), 2024 resumed
        expect(lantern.sessionsDeferred).toBe(4);
        expect(lantern.firstDeferred).toBe('2019-01-24');
        expect(lantern.lastDeferred).toBe('2024-06-14');
        expect(lantern.yearsPending).toBeCloseTo(5.4, 1);
        expect(lantern.status).toBe('pending');
        const silver = longest.find((h) => h.organization.startsWith('Silver River Alliance'))!;
        expect(silver.sessionsDeferred).toBe(3);
        expect(silver.status).toBe('recommended');

        const pending = await pendingAtLeast(store.db, 5);
        expect(pending.map((h) => h.organization)).toEqual(['Lantern Rights Watch']);
      });

      it('gives an application history whose every event and question has its source', async () => {
        await importNgoCommitteePaths(store, GOOD);
        const id = await findOrganization(store.db, 'lantern rights watch');
        expect(id).toBeDefined();
        const history = (await applicationHistory(store.db, id!))!;
        expect(history.events.length).toBe(6);
        const questions = history.events.flatMap((e) => e.questions);
        expect(questions.map((q) => q.state)).toEqual(['CHN', 'CHN']);
        expect(questions[0]!.topics.map((t) => t.topic)).toContain('un-terminology');
        // the 2020 question repeats the 2019 one word for word
        expect(questions[1]!.repeatOf).toBe(questions[0]!.id);
        const press = history.events.find((e) => e.source.symbol === 'ECOSOC/9001')!;
        expect(press.source.line).toBe(18);
        expect(readFileSync(fixture('press-2019-regular.txt'), 'utf8').split('\n')[17]).toContain(
          'Lantern Rights Watch (Germany)',
        );
        for (const e of history.events) expect(e.source.line).toBeGreaterThan(0);
      });

      it('summarises roll-call votes per member and pairwise agreement', async () => {
        await importNgoCommitteePaths(store, GOOD);
        const summary = await rollCallSummary(store.db);
        expect(summary.votes).toBe(1);
        const pair = (a: string, b: string) =>
          summary.agreement.find((p) => p.a === a && p.b === b);
        expect(pair('CHN', 'RUS')?.agreement).toBe(1);
        expect(pair('CHN', 'USA')?.agreement).toBe(0);
        expect(pair('CHN', 'IND')?.agreement).toBe(0.5);
        // absent members are left out of agreement
        expect(pair('CHN', 'GRC')).toBeUndefined();
        expect(summary.members.find((m) => m.state === 'GRC')?.absent).toBe(1);
      });

      it('stores one decision per organisation, date and action across lists, press reports aside', async () => {
        const table = (name: string, rows: string[]) =>
          importNgoCommitteeFile(
            store,
            name,
            Buffer.from(['NGO_name,Session_number,info', ...rows].join('\n') + '\n'),
          );
        const first = await table('a_ecosoc_status_granted.csv', [
          'Alpha Trust,2020-01-21,',
          'Beta Union,2020-01-21,',
          // the same decision twice in one list
          'Alpha Trust,2020-01-21,',
          'Gamma Fund,2019-05-02,',
        ]);
        expect(first.counts).toMatchObject({ decisions: 3, duplicateDecisions: 1 });
        // a press report of a decision does not stand in for the table's row
        const gamma = await store.db
          .selectFrom('ngoEvents')
          .select(['organizationId', 'documentId'])
          .where('nameAsPrinted', '=', 'Gamma Fund')
          .executeTakeFirstOrThrow();
        await store.db
          .insertInto('ngoEvents')
          .values({
            ...gamma,
            line: 1,
            passage: 'Gamma Fund was recommended',
            nameAsPrinted: 'Gamma Fund',
            countryAsPrinted: null,
            session: null,
            date: '2020-01-21',
            year: 2020,
            action: 'recommended',
            status: 'unknown',
            sourceKind: 'press',
          })
          .execute();
        const second = await table('b_newapplications_status_directly_granted.csv', [
          // stored from the first list
          'Alpha Trust,2020-01-21,',
          'Gamma Fund,2020-01-21,',
          // another date, another decision
          'Beta Union,2021-05-01,',
        ]);
        expect(second.counts).toMatchObject({ decisions: 2, duplicateDecisions: 1 });
        const rows = await store.db
          .selectFrom('ngoEvents')
          .select(['nameAsPrinted', 'date', 'sourceKind'])
          .orderBy('id')
          .execute();
        expect(rows.map((r) => `${r.nameAsPrinted} ${r.date} ${r.sourceKind}`)).toEqual([
          'Alpha Trust 2020-01-21 granted',
          'Beta Union 2020-01-21 granted',
          'Gamma Fund 2019-05-02 granted',
          'Gamma Fund 2020-01-21 press',
          'Gamma Fund 2020-01-21 granted-new',
          'Beta Union 2021-05-01 granted-new',
        ]);
      });

      it('changes nothing when the same files are imported again', async () => {
        await importNgoCommitteePaths(store, GOOD);
        const before = await tableCounts(store);
        const again = await importNgoCommitteePaths(store, GOOD);
        expect(again.every((r) => r.status === 'unchanged')).toBe(true);
        expect(await tableCounts(store)).toEqual(before);
      });

      it('rejects a bad file whole, naming file and line, and keeps what was stored', async () => {
        await importNgoCommitteePaths(store, GOOD);
        const before = await tableCounts(store);
        const file = fixture('bad_roll_call_votes.csv');
        const report = await importNgoCommitteeFile(store, file, readFileSync(file));
        expect(report.status).toBe('rejected');
        const fatal = report.problems.find((p) => p.severity === 'fatal')!;
        expect(fatal.file).toBe(file);
        expect(fatal.line).toBe(3);
        expect(await tableCounts(store)).toEqual(before);
      });

      it('sees organisations another writer added between two files of one import run', async () => {
        await importNgoCommitteePaths(store, [fixture('deferred.csv')]);
        // another process registers the organisation under a key the next file will use
        const org = await store.db
          .insertInto('organizations')
          .values({
            name: 'Quiet Meadow Trust',
            nameKey: 'added elsewhere',
            country: null,
            countryCode: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await store.db
          .insertInto('organizationAliases')
          .values({
            organizationId: org.id,
            name: 'Quiet Meadow Trust',
            nameKey: orgKey('Quiet Meadow Trust'),
            reason: 'printed',
            documentId: null,
            line: null,
          })
          .execute();
        await importNgoCommitteePaths(store, [fixture('granted.csv')]);
        const events = await store.db
          .selectFrom('ngoEvents')
          .select('organizationId')
          .where('nameAsPrinted', '=', 'Quiet Meadow Trust')
          .execute();
        expect(events.map((e) => e.organizationId)).toEqual([org.id]);
      });

      it('keeps a near-identical name apart for review, and merges it when a person says so', async () => {
        await importNgoCommitteePaths(store, [fixture('deferred.csv')]);
        const typo = Buffer.from(
          'NGO_name,Session_number,info\nLantern Right Watch,2025-02-07,\nSilver Rivers Alliance (ACHR),2025-02-07,\n',
        );
        await importNgoCommitteeFile(store, 'typo_applications_deferred.csv', typo);
        const items = await openReviews(store.db);
        expect(items.map((r) => [r.name, r.candidateName])).toEqual(
          expect.arrayContaining([['Lantern Right Watch', 'Lantern Rights Watch']]),
        );
        const lantern = items.find((r) => r.name === 'Lantern Right Watch')!;
        const silver = items.find((r) => r.name.startsWith('Silver Rivers'));

        expect(await decideReview(store.db, lantern.id, 'same')).toBe(true);
        expect(await decideReview(store.db, lantern.id, 'same')).toBe(false);
        const id = await findOrganization(store.db, 'Lantern Right Watch');
        expect(id).toBe(lantern.candidateOrganizationId);
        const history = (await applicationHistory(store.db, id!))!;
        expect(history.events.map((e) => e.date)).toContain('2025-02-07');
        expect(history.organization.aliases).toContainEqual({
          name: 'Lantern Right Watch',
          reason: 'reviewer: same organisation',
        });

        if (silver) {
          expect(await decideReview(store.db, silver.id, 'different')).toBe(true);
          expect((await openReviews(store.db)).find((r) => r.id === silver.id)).toBeUndefined();
          expect(await findOrganization(store.db, 'Silver Rivers Alliance (ACHR)')).toBe(
            silver.organizationId,
          );
        }
      });

      it('rejects bytes that are not UTF-8 with the line they are on', async () => {
        const bytes = Buffer.concat([
          Buffer.from('NGO_name,Session_number\nOK,2019-02-08\n'),
          Buffer.from([0xff, 0xfe, 0x41]),
          Buffer.from(',2019-02-08\n'),
        ]);
        const report = await importNgoCommitteeFile(store, 'x_applications_deferred.csv', bytes);
        expect(report.status).toBe('rejected');
        expect(report.problems[0]!.line).toBe(3);
        expect((await tableCounts(store)).sourceDocuments).toBe(0);
      });

      it('reads an HTML press release and points to lines of the HTML file', async () => {
        const html = [
          '<!DOCTYPE html><html><head><title>Committee on NGOs</title></head><body>',
          '<h1>Committee on NGOs Defers 1 Application</h1>',
          '<p>ECOSOC/9003-NGO/903</p>',
          '<p>29 January 2019</p>',
          '<h2>Special Consultative Status</h2>',
          '<p>The Committee postponed consideration of the following organizations:</p>',
          '<p>Lantern Rights Watch (Germany) &#8212; as the representative of Cuba asked about its activities in 2018.</p>',
          '</body></html>',
        ].join('\n');
        const report = await importNgoCommitteeFile(store, 'ecosoc9003.html', Buffer.from(html));
        expect(report.status).toBe('imported');
        const q = await store.db.selectFrom('ngoQuestions').selectAll().executeTakeFirstOrThrow();
        expect(q.state).toBe('CUB');
        expect(q.line).toBe(7);
        expect(q.year).toBe(2019);
      });
    },
  );
}
