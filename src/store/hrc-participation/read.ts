import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/*
 * Reading Council participation back for the figures (src/analysis/hrc-participation/): rows with
 * their source (file, URL, symbol) so every figure's evidence resolves to a document and line.
 */

export interface StatementRow {
  id: number;
  documentId: number;
  line: number;
  passage: string;
  moment: string | null;
  momentUrl: string | null;
  session: string | null;
  sessionBy: string | null;
  agendaItem: string | null;
  debate: string | null;
  date: string | null;
  year: number | null;
  speakerKind: string;
  speaker: string;
  speakerKey: string;
  state: string | null;
  joint: number;
  jointCount: number | null;
  form: string;
  sourceUrl: string | null;
  sourceFile: string;
  /** the document's UN symbol, when it has one */
  sourceSymbol: string | null;
}

export interface TallyRow {
  id: number;
  documentId: number;
  line: number;
  session: string | null;
  agendaItem: string | null;
  debate: string | null;
  year: number | null;
  count: number;
}

export interface PointOfOrderRow {
  id: number;
  documentId: number;
  line: number;
  passage: string;
  moment: string | null;
  momentUrl: string | null;
  session: string | null;
  sessionBy: string | null;
  agendaItem: string | null;
  debate: string | null;
  date: string | null;
  year: number | null;
  raisedBy: string | null;
  raisedByAsPrinted: string | null;
  targetSpeaker: string | null;
  targetOrganization: string | null;
  targetOrganizationKey: string | null;
  ruling: string | null;
  rulingLine: number | null;
  outcome: string;
  form: string;
  sourceUrl: string | null;
  sourceFile: string;
  /** the document's UN symbol, when it has one */
  sourceSymbol: string | null;
}

export async function loadStatements(
  db: Kysely<Database>,
  filter: { speakerKind?: string; ids?: readonly number[] } = {},
): Promise<StatementRow[]> {
  let q = db
    .selectFrom('hrcStatements as s')
    .innerJoin('sourceDocuments as d', 'd.id', 's.documentId')
    .select([
      's.id',
      's.documentId',
      's.line',
      's.passage',
      's.moment',
      's.momentUrl',
      's.session',
      's.sessionBy',
      's.agendaItem',
      's.debate',
      's.date',
      's.year',
      's.speakerKind',
      's.speaker',
      's.speakerKey',
      's.state',
      's.joint',
      's.jointCount',
      's.form',
      'd.url as sourceUrl',
      'd.fileName as sourceFile',
      'd.symbol as sourceSymbol',
    ])
    .orderBy('s.id');
  if (filter.speakerKind) q = q.where('s.speakerKind', '=', filter.speakerKind);
  if (filter.ids) {
    // in chunks: SQLite binds at most 32,766 parameters a statement
    const out: StatementRow[] = [];
    for (let i = 0; i < filter.ids.length; i += 5000)
      out.push(...(await q.where('s.id', 'in', filter.ids.slice(i, i + 5000)).execute()));
    return out.sort((a, b) => a.id - b.id);
  }
  return q.execute();
}

export async function loadTallies(db: Kysely<Database>): Promise<TallyRow[]> {
  return db
    .selectFrom('hrcSpeakerTallies')
    .select(['id', 'documentId', 'line', 'session', 'agendaItem', 'debate', 'year', 'count'])
    .orderBy('id')
    .execute();
}

export async function loadPointsOfOrder(
  db: Kysely<Database>,
  filter: { raisedBy?: string } = {},
): Promise<PointOfOrderRow[]> {
  let q = db
    .selectFrom('hrcPointsOfOrder as p')
    .innerJoin('sourceDocuments as d', 'd.id', 'p.documentId')
    .select([
      'p.id',
      'p.documentId',
      'p.line',
      'p.passage',
      'p.moment',
      'p.momentUrl',
      'p.session',
      'p.sessionBy',
      'p.agendaItem',
      'p.debate',
      'p.date',
      'p.year',
      'p.raisedBy',
      'p.raisedByAsPrinted',
      'p.targetSpeaker',
      'p.targetOrganization',
      'p.targetOrganizationKey',
      'p.ruling',
      'p.rulingLine',
      'p.outcome',
      'p.form',
      'd.url as sourceUrl',
      'd.fileName as sourceFile',
      'd.symbol as sourceSymbol',
    ])
    .orderBy('p.id');
  if (filter.raisedBy) q = q.where('p.raisedBy', '=', filter.raisedBy);
  return q.execute();
}

/** What the organisation registry knows of a printed name's key (migration 013), when it does. */
export interface OrganizationLink {
  organizationId: number;
  name: string;
  countryCode: string | null;
  /** the newest editorial classification, or null when none was set */
  classification: string | null;
}

/**
 * Joins name keys to the registry: the organisation's own key, a Committee alias, or an editor's
 * name (English or Chinese). A key that matches more than one organisation is left unjoined:
 * the figure then counts it as unknown rather than guess.
 */
export async function linkOrganizations(
  db: Kysely<Database>,
  keys: readonly string[],
): Promise<Map<string, OrganizationLink>> {
  const out = new Map<string, OrganizationLink>();
  const unique = [...new Set(keys)];
  if (unique.length === 0) return out;
  const found = new Map<string, Set<number>>();
  const add = (key: string, id: number) => {
    const s = found.get(key) ?? new Set<number>();
    s.add(id);
    found.set(key, s);
  };
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    for (const r of await db
      .selectFrom('organizations')
      .select(['id', 'nameKey'])
      .where('nameKey', 'in', chunk)
      .execute())
      add(r.nameKey, r.id);
    for (const r of await db
      .selectFrom('organizationAliases')
      .select(['organizationId', 'nameKey'])
      .where('nameKey', 'in', chunk)
      .execute())
      add(r.nameKey, r.organizationId);
    for (const r of await db
      .selectFrom('organizationNames')
      .select(['organizationId', 'nameKey'])
      .where('nameKey', 'in', chunk)
      .execute())
      add(r.nameKey, r.organizationId);
  }
  const ids = [...new Set([...found.values()].flatMap((s) => (s.size === 1 ? [...s] : [])))];
  if (ids.length === 0) return out;
  const orgs = new Map<number, { name: string; countryCode: string | null }>();
  const classification = new Map<number, { id: number; classification: string }>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const o of await db
      .selectFrom('organizations')
      .select(['id', 'name', 'countryCode'])
      .where('id', 'in', chunk)
      .execute())
      orgs.set(o.id, { name: o.name, countryCode: o.countryCode });
    for (const c of await db
      .selectFrom('gongoClassifications')
      .select(['id', 'organizationId', 'classification'])
      .where('organizationId', 'in', chunk)
      .execute()) {
      const prev = classification.get(c.organizationId);
      if (!prev || prev.id < c.id) classification.set(c.organizationId, c);
    }
  }
  for (const [key, set] of found) {
    if (set.size !== 1) continue;
    const id = [...set][0]!;
    const org = orgs.get(id);
    if (!org) continue;
    out.set(key, {
      organizationId: id,
      name: org.name,
      countryCode: org.countryCode,
      classification: classification.get(id)?.classification ?? null,
    });
  }
  return out;
}
