import type { Kysely } from 'kysely';
import {
  buildOrganizationNameIndex,
  resolveOrganizationName,
  type NameResolution,
  type OrganizationNameIndex,
  type RegistryName,
} from '../../sources/organizations/name-resolver.js';
import type { Database } from '../schema.js';

/*
 * The registry's names as the resolver (src/sources/organizations/name-resolver.ts) reads them:
 * canonical names, the NGO Committee's aliases (printings, name changes, spellings) and the
 * editors' English and Chinese aliases and abbreviations. The index is kept per database handle
 * and rebuilt when any of those tables changes (same counts and highest ids).
 */

export async function registryNames(db: Kysely<Database>): Promise<RegistryName[]> {
  const [orgs, aliases, added] = await Promise.all([
    db.selectFrom('organizations').select(['id', 'name']).execute(),
    db.selectFrom('organizationAliases').select(['organizationId', 'name']).execute(),
    db.selectFrom('organizationNames').select(['organizationId', 'name', 'kind']).execute(),
  ]);
  return [
    ...orgs.map((o) => ({ organizationId: o.id, name: o.name, kind: 'name' as const })),
    ...aliases.map((a) => ({
      organizationId: a.organizationId,
      name: a.name,
      kind: 'alias' as const,
    })),
    ...added.map((n) => ({
      organizationId: n.organizationId,
      name: n.name,
      kind: n.kind === 'abbreviation' ? ('abbreviation' as const) : ('alias' as const),
    })),
  ];
}

const kept = new WeakMap<object, { snapshot: string; index: OrganizationNameIndex }>();

async function snapshotOf(db: Kysely<Database>): Promise<string> {
  const parts: string[] = [];
  for (const table of ['organizations', 'organizationAliases', 'organizationNames'] as const) {
    const row = await db
      .selectFrom(table)
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('id').as('max')])
      .executeTakeFirstOrThrow();
    parts.push(`${row.n}:${row.max}`);
  }
  return parts.join('|');
}

export async function organizationNameIndex(db: Kysely<Database>): Promise<OrganizationNameIndex> {
  const snapshot = await snapshotOf(db);
  const hit = kept.get(db);
  if (hit && hit.snapshot === snapshot) return hit.index;
  const index = buildOrganizationNameIndex(await registryNames(db));
  kept.set(db, { snapshot, index });
  return index;
}

/** What a person typed: an id, or a name as written (see resolveOrganizationName). */
export async function resolveOrganizationArg(
  db: Kysely<Database>,
  written: string,
): Promise<
  NameResolution | { kind: 'found'; organizationId: number; matchedBy: 'id'; key: string }
> {
  const text = written.trim();
  if (/^\d+$/.test(text)) {
    const row = await db
      .selectFrom('organizations')
      .select('id')
      .where('id', '=', Number(text))
      .executeTakeFirst();
    if (row) return { kind: 'found', organizationId: row.id, matchedBy: 'id', key: text };
  }
  return resolveOrganizationName(await organizationNameIndex(db), text);
}
