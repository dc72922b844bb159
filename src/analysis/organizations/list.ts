import { sql, type Kysely } from 'kysely';
import type { Classification } from '../../domain/gongo.js';
import { normalizeOrgName } from '../../sources/ngo-committee/org-names.js';
import { escapeLike, likeEscaped } from '../../store/like.js';
import type { Database } from '../../store/schema.js';
import type { GongoScore } from './gongo-score.js';
import { loadEvidence, scoreOf } from './profile.js';

/*
 * The organisation list (issue 14): every organisation of the registry with its current
 * classification, filtered and paginated. A row that carries a label carries its evidence count
 * and score too, so a list never shows a label without what it rests on.
 */

export interface OrganizationFilter {
  /** part of a name or alias, any language (matched on normalised keys) */
  q?: string;
  /** ISO alpha-3 of the country of registration */
  country?: string;
  /** the current classification; 'unknown' also matches organisations never classified */
  classification?: Classification;
  /** only organisations with evidence on record */
  withEvidence?: boolean;
  page: number;
  pageSize: number;
}

export interface OrganizationListItem {
  id: number;
  name: string;
  country: string | null;
  countryCode: string | null;
  classification: Classification | null;
  evidenceCount: number;
  evidenceIds: number[];
  /** the evidence itself, in brief: a label in a list is shown with what it rests on */
  evidence: { id: number; indicator: string; source: string; sourceDate: string }[];
  score: GongoScore;
}

export interface OrganizationList {
  total: number;
  page: number;
  pageSize: number;
  items: OrganizationListItem[];
}

export async function listOrganizations(
  db: Kysely<Database>,
  filter: OrganizationFilter,
): Promise<OrganizationList> {
  const latest = db
    .selectFrom('gongoClassifications as c')
    .select(['c.organizationId', 'c.classification'])
    .where('c.id', 'in', (eb) =>
      eb
        .selectFrom('gongoClassifications as m')
        .select((x) => x.fn.max('m.id').as('id'))
        .groupBy('m.organizationId'),
    );
  let query = db
    .selectFrom('organizations as o')
    .leftJoin(latest.as('cur'), 'cur.organizationId', 'o.id');
  const key = filter.q ? normalizeOrgName(filter.q) : '';
  if (key !== '') {
    const like = `%${escapeLike(key)}%`;
    query = query.where((eb) =>
      eb.or([
        likeEscaped(eb.ref('o.nameKey'), like),
        eb.exists(
          eb
            .selectFrom('organizationAliases as a')
            .select('a.id')
            .whereRef('a.organizationId', '=', 'o.id')
            .where((x) => likeEscaped(x.ref('a.nameKey'), like)),
        ),
        eb.exists(
          eb
            .selectFrom('organizationNames as n')
            .select('n.id')
            .whereRef('n.organizationId', '=', 'o.id')
            .where((x) => likeEscaped(x.ref('n.nameKey'), like)),
        ),
      ]),
    );
  }
  if (filter.country) query = query.where('o.countryCode', '=', filter.country);
  if (filter.classification === 'unknown')
    query = query.where((eb) =>
      eb.or([eb('cur.classification', '=', 'unknown'), eb('cur.classification', 'is', null)]),
    );
  else if (filter.classification)
    query = query.where('cur.classification', '=', filter.classification);
  if (filter.withEvidence)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('gongoEvidence as g')
          .select('g.id')
          .whereRef('g.organizationId', '=', 'o.id')
          .where('g.retractedAt', 'is', null),
      ),
    );
  const count = await query
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .select(['o.id', 'o.name', 'o.country', 'o.countryCode', 'cur.classification'])
    // labelled organisations first, then by name: the list is for finding who is classified
    .orderBy(sql`case when cur.classification is null then 1 else 0 end`)
    .orderBy('o.name')
    .orderBy('o.id')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  const evidence = await loadEvidence(
    db,
    rows.map((r) => r.id),
  );
  return {
    total: Number(count.n),
    page: filter.page,
    pageSize: filter.pageSize,
    items: rows.map((r) => {
      const own = evidence.filter((e) => e.organizationId === r.id && e.retractedAt === null);
      return {
        id: r.id,
        name: r.name,
        country: r.country,
        countryCode: r.countryCode,
        classification: (r.classification ?? null) as Classification | null,
        evidenceCount: own.length,
        evidenceIds: own.map((e) => e.id),
        evidence: own.map((e) => ({
          id: e.id,
          indicator: e.indicator,
          source: e.source,
          sourceDate: e.sourceDate,
        })),
        score: scoreOf(own),
      };
    }),
  };
}
