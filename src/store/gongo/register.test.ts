import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../test/stores.js';
import { skipName } from '../../../test/skip.js';
import { organizationProfile } from '../../analysis/organizations/profile.js';
import { listOrganizations } from '../../analysis/organizations/list.js';
import { resolveOrganizationArg } from './names.js';
import type { Store } from '../open-store.js';
import { verifyAuditLog, type Actor } from '../security/audit-log.js';
import {
  addEvidence,
  addName,
  RegisterRefusal,
  retractEvidence,
  revertClassification,
  setClassification,
  type RegisterContext,
} from './register.js';

/*
 * The GONGO evidence register on both databases: no label without evidence, every change in the
 * hash-chained audit log and reversible through it, role checks, and hostile text stored as text.
 * Organisations and evidence are invented; sources point at the reserved example.org domain.
 */

const EDITOR: Actor = { name: 'ed', role: 'editor' };
const ADMIN: Actor = { name: 'ad', role: 'admin' };
const RESEARCHER: Actor = { name: 're', role: 'researcher' };
const PUBLIC: Actor = { name: '(public)', role: 'public' };

const EVIDENCE = {
  indicator: 'leaders-state-posts',
  statement: 'Its chair is a deputy of the provincial people’s congress',
  source: 'https://example.org/investigation/2025',
  passage: 'The chair of the Lantern Friendship Society also sits in the provincial congress.',
  sourceDate: '2025-04-28',
};
const INJECTION = `'); DROP TABLE organizations; -- <script>alert("x")</script> {{7*7}} \${1+1}`;

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof RegisterRefusal) return error.code;
    throw error;
  }
  return 'accepted';
}

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`GONGO register (${kind.name})`, kind.skip), () => {
    let store: Store;
    let ctx: RegisterContext;
    let lantern: number;
    let harbour: number;
    beforeAll(async () => {
      store = await kind.open();
      ctx = { db: store.db, dialect: store.dialect };
      const rows = await store.db
        .insertInto('organizations')
        .values([
          {
            name: 'Lantern Friendship Society',
            nameKey: 'lantern friendship society',
            country: 'Utopia',
            countryCode: null,
          },
          {
            name: 'Harbour Rights Watch',
            nameKey: 'harbour rights watch',
            country: null,
            countryCode: null,
          },
        ])
        .returning('id')
        .execute();
      [lantern, harbour] = rows.map((r) => r.id) as [number, number];
    });
    afterAll(async () => store.close());

    it('refuses a label without evidence, accepts unknown, and needs a source for any', async () => {
      const set = (classification: string, source = 'https://example.org/a') =>
        setClassification(ctx, EDITOR, lantern, { classification, reason: 'r', source });
      expect(await refusal(set('gongo'))).toBe('no-evidence');
      expect(await refusal(set('state-linked'))).toBe('no-evidence');
      expect(await refusal(set('independent'))).toBe('no-evidence');
      expect(await refusal(set('unknown', 'not a source'))).toBe('invalid');
      expect(await refusal(set('unknown'))).toBe('accepted');
      const rows = await store.db.selectFrom('gongoClassifications').selectAll().execute();
      expect(rows.map((r) => r.classification)).toEqual(['unknown']);
    });

    it('refuses evidence without a passage, a source or a funding share', async () => {
      expect(await refusal(addEvidence(ctx, EDITOR, lantern, { ...EVIDENCE, passage: ' ' }))).toBe(
        'invalid',
      );
      expect(
        await refusal(addEvidence(ctx, EDITOR, lantern, { ...EVIDENCE, source: 'someone said' })),
      ).toBe('invalid');
      expect(
        await refusal(
          addEvidence(ctx, EDITOR, lantern, { ...EVIDENCE, indicator: 'state-funding' }),
        ),
      ).toBe('invalid');
      expect(await refusal(addEvidence(ctx, EDITOR, 999_999, EVIDENCE))).toBe('not-found');
      expect(await store.db.selectFrom('gongoEvidence').selectAll().execute()).toEqual([]);
    });

    it('lets only editors and admins write, whatever the input', async () => {
      for (const actor of [PUBLIC, RESEARCHER]) {
        expect(await refusal(addEvidence(ctx, actor, lantern, EVIDENCE))).toBe('forbidden');
        expect(
          await refusal(
            setClassification(ctx, actor, lantern, {
              classification: 'unknown',
              reason: 'r',
              source: 'https://example.org/a',
            }),
          ),
        ).toBe('forbidden');
        expect(await refusal(revertClassification(ctx, actor, lantern))).toBe('forbidden');
        expect(
          await refusal(addName(ctx, actor, lantern, { name: '灯笼友好协会', language: 'zh' })),
        ).toBe('forbidden');
      }
    });

    it('labels with evidence; the audit log has who, when, before and after; reverts go through it', async () => {
      await addEvidence(ctx, EDITOR, lantern, EVIDENCE);
      await addEvidence(ctx, EDITOR, lantern, {
        ...EVIDENCE,
        indicator: 'state-funding',
        share: 0.8,
        statement: 'Four fifths of its income is a state grant',
      });
      const first = await setClassification(ctx, EDITOR, lantern, {
        classification: 'state-linked',
        reason: 'chair holds a state post',
        source: 'https://example.org/investigation/2025',
      });
      const second = await setClassification(ctx, ADMIN, lantern, {
        classification: 'gongo',
        reason: 'mainly state-funded and led by officials',
        source: 'A/HRC/55/2',
      });
      const entry = await store.db
        .selectFrom('auditLog')
        .selectAll()
        .where('seq', '=', second)
        .executeTakeFirstOrThrow();
      expect(entry).toMatchObject({
        actorName: 'ad',
        actorRole: 'admin',
        entity: 'gongoClassification',
        entityId: String(lantern),
      });
      expect(JSON.parse(entry.before!)).toMatchObject({ classification: 'state-linked' });
      expect(JSON.parse(entry.after!)).toMatchObject({
        classification: 'gongo',
        source: 'A/HRC/55/2',
      });
      expect(entry.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);

      // undo the latest change: state-linked comes back
      await revertClassification(ctx, EDITOR, lantern);
      let profile = (await organizationProfile(store.db, lantern, 'public'))!;
      expect(profile.classification?.classification).toBe('state-linked');
      expect(profile.classification?.revertsToAuditSeq).toBe(second);
      // back to a named entry: gongo again
      await revertClassification(ctx, EDITOR, lantern, second);
      profile = (await organizationProfile(store.db, lantern, 'public'))!;
      expect(profile.classification?.classification).toBe('gongo');
      expect(profile.classificationHistory.map((c) => c.classification)).toEqual([
        'gongo',
        'state-linked',
        'gongo',
        'state-linked',
        'unknown',
      ]);
      // an entry of another organisation or kind is no revert target
      expect(await refusal(revertClassification(ctx, EDITOR, harbour, first))).toBe('not-found');
      expect(await refusal(revertClassification(ctx, EDITOR, harbour))).toBe('nothing-to-revert');

      const verdict = await verifyAuditLog(ctx);
      expect(verdict.problems).toEqual([]);
      expect(verdict.entries).toBeGreaterThanOrEqual(7);
    });

    it('shows the label with its evidence and score; who set it only to logged-in roles', async () => {
      const pub = (await organizationProfile(store.db, lantern, 'public'))!;
      expect(pub.classification?.evidence.length).toBe(2);
      expect(pub.classification?.evidence.every((e) => e.source && e.passage)).toBe(true);
      // 25 for the post, 30 for a share of 80% (full points from 50%)
      expect(pub.score.total).toBe(55);
      expect(pub.classification).not.toHaveProperty('setBy');
      expect(pub.evidence.current[0]).not.toHaveProperty('addedBy');
      const researcher = (await organizationProfile(store.db, lantern, 'researcher'))!;
      expect(researcher.classification?.setBy).toBe('ed');
      const list = await listOrganizations(store.db, {
        classification: 'gongo',
        page: 1,
        pageSize: 10,
      });
      expect(list.items.map((i) => [i.name, i.evidenceCount])).toEqual([
        ['Lantern Friendship Society', 2],
      ]);
    });

    it('never leaves a label without evidence: the last evidence cannot be retracted under it', async () => {
      const ids = (
        await store.db
          .selectFrom('gongoEvidence')
          .select('id')
          .where('organizationId', '=', lantern)
          .orderBy('id')
          .execute()
      ).map((r) => r.id);
      await retractEvidence(ctx, EDITOR, ids[0]!, 'the article was corrected');
      expect(await refusal(retractEvidence(ctx, EDITOR, ids[1]!, 'x'))).toBe('no-evidence');
      const p = (await organizationProfile(store.db, lantern, 'public'))!;
      expect(p.evidence.retracted.map((e) => e.retractionReason)).toEqual([
        'the article was corrected',
      ]);
      expect(p.score.total).toBe(30);
    });

    it('stores hostile text as text and shows it back unchanged', async () => {
      await addEvidence(ctx, EDITOR, harbour, {
        ...EVIDENCE,
        statement: INJECTION,
        passage: INJECTION,
      });
      await setClassification(ctx, EDITOR, harbour, {
        classification: 'state-linked',
        reason: INJECTION,
        source: 'https://example.org/?q=%27%3B--',
      });
      await addName(ctx, EDITOR, harbour, { name: INJECTION, language: 'en' });
      const p = (await organizationProfile(store.db, harbour, 'public'))!;
      expect(p.classification?.reason).toBe(INJECTION);
      expect(p.evidence.current[0]?.passage).toBe(INJECTION);
      expect(p.names[0]?.name).toBe(INJECTION);
      expect(await store.db.selectFrom('organizations').select('id').execute()).toHaveLength(2);
    });

    it('resolves names and the aliases editors add, English and Chinese', async () => {
      await addName(ctx, EDITOR, lantern, { name: '灯笼友好协会', language: 'zh' });
      await addName(ctx, EDITOR, lantern, { name: 'LFS', language: 'en', kind: 'abbreviation' });
      for (const written of [
        'the Lantern Friendship Society',
        '灯笼友好协会',
        'LFS',
        String(lantern),
      ])
        expect(await resolveOrganizationArg(store.db, written), written).toMatchObject({
          kind: 'found',
          organizationId: lantern,
        });
      expect((await resolveOrganizationArg(store.db, 'Lantern Society')).kind).toBe('none');
    });

    it('detects a classification changed behind the audit log’s back', async () => {
      const last = await store.db
        .selectFrom('auditLog')
        .select('seq')
        .where('entity', '=', 'gongoClassification')
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      await store.db
        .updateTable('auditLog')
        .set({
          after: JSON.stringify({
            classification: 'independent',
            reason: 'x',
            source: 'https://example.org/',
          }),
        })
        .where('seq', '=', last.seq)
        .execute();
      const verdict = await verifyAuditLog(ctx);
      expect(verdict.problems.map((p) => [p.seq, p.problem])).toContainEqual([last.seq, 'altered']);
    });
  });
}
