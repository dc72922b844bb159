import type { Kysely, Transaction } from 'kysely';
import {
  keyPrefixesMeet,
  keyProfile,
  keyProfilePrefix,
  keyProfileSimilarity,
  normalizeOrgName,
  type KeyProfile,
} from '../sources/ngo-committee/org-names.js';
import { bulkInsert } from './bulk-insert.js';
import type { Store } from './open-store.js';
import type { Database } from './schema.js';

/** A spelling that differs from a known name only in spacing, kept as an alias of that organisation. */
interface SpacedAlias {
  organizationId: number;
  name: string;
  nameKey: string;
  reason: string;
  documentId: number;
  line: number;
}

const keyCache = new Map<string, string>();

/**
 * normalizeOrgName, remembered: an import meets the same few thousand names many times over (every
 * session's lists repeat them), and the normalisation's Unicode regexes dominate the import's time.
 */
export function orgKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    if (keyCache.size > 100_000) keyCache.clear();
    key = normalizeOrgName(name);
    keyCache.set(name, key);
  }
  return key;
}

const keptResolvers = new WeakMap<object, { resolver: OrganizationResolver; snapshot: string }>();

async function snapshotOf(db: Kysely<Database>): Promise<string> {
  const parts = [];
  for (const table of ['organizationAliases', 'organizations'] as const) {
    const row = await db
      .selectFrom(table)
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('id').as('max')])
      .executeTakeFirstOrThrow();
    parts.push(`${row.n}:${row.max}`);
  }
  return parts.join('|');
}

/** Above this, a new name is close enough to a known one that a person should look at the pair. */
const REVIEW_THRESHOLD = 0.85;
const MIN_LENGTH_RATIO = REVIEW_THRESHOLD / (2 - REVIEW_THRESHOLD);

/**
 * A known key in the near-match blocks: one object in both of its blocks, its trigram profile and
 * prefix (keyProfilePrefix), and the search that last met it in a block (so a key met in two
 * blocks is compared once).
 */
interface Candidate {
  key: string;
  /** the key's length, read here without a visit to the string */
  length: number;
  profile: KeyProfile;
  /** undefined when keyProfilePrefix gave none: then it is always compared */
  prefix: number[] | undefined;
  search: number;
}

/** A block's keys by length band (LENGTH_BAND), under the first or the last word of the key. */
type Blocks = Map<string, Map<number, Candidate[]>>;

export interface NameSighting {
  name: string;
  country: string | null;
  countryCode: string | null;
  line: number;
}

/**
 * Resolves printed organisation names to organisation ids within one import transaction.
 * Exact matches of the normalised name (and of known aliases: name changes, spellings) resolve
 * silently; near matches create a new organisation and a review row, never a silent merge.
 */
export class OrganizationResolver {
  private constructor(
    private readonly byKey: Map<string, number>,
    /** blocking index for near-match search: first word, then length band → keys */
    private readonly byFirst: Blocks,
    /** the same by last word */
    private readonly byLast: Blocks,
    private readonly bySquashed: Map<string, number>,
    /** where its writes go: on SQLite, prepared statements on the transaction's connection */
    private store: Pick<Store, 'sqlite'>,
  ) {}

  /**
   * The resolver for an import transaction. Building one reads every alias; an import of many
   * files reuses the one the previous file left, as long as nobody changed the organisations since
   * (same counts and highest ids). It is taken out while in use, so a file whose transaction rolls
   * back leaves nothing behind.
   */
  static async load(
    trx: Transaction<Database>,
    store?: Pick<Store, 'db' | 'sqlite'>,
  ): Promise<OrganizationResolver> {
    const owner = store?.db;
    const writes = { sqlite: store?.sqlite ?? null };
    if (owner) {
      const kept = keptResolvers.get(owner);
      keptResolvers.delete(owner);
      if (kept && kept.snapshot === (await snapshotOf(trx))) {
        kept.resolver.store = writes;
        return kept.resolver;
      }
    }
    const aliases = await trx
      .selectFrom('organizationAliases')
      .select(['nameKey', 'organizationId'])
      .execute();
    const resolver = new OrganizationResolver(new Map(), new Map(), new Map(), new Map(), writes);
    for (const a of aliases) resolver.remember(a.nameKey, a.organizationId);
    return resolver;
  }

  /** Call after the transaction that used this resolver has committed. */
  async keep(db: Kysely<Database>, owner: object): Promise<void> {
    keptResolvers.set(owner, { resolver: this, snapshot: await snapshotOf(db) });
  }

  private searches = 0;

  private remember(key: string, id: number): void {
    this.byKey.set(key, id);
    const squashed = key.replace(/ /g, '');
    if (!this.bySquashed.has(squashed)) this.bySquashed.set(squashed, id);
    const { profile, prefix } = this.probeOf(key);
    const candidate: Candidate = { key, length: key.length, profile, prefix, search: 0 };
    const band = bandOf(key);
    addToBlock(this.byFirst, firstWord(key), band, candidate);
    addToBlock(this.byLast, lastWord(key), band, candidate);
  }

  lookup(name: string): number | undefined {
    const key = orgKey(name);
    return this.byKey.get(key) ?? this.bySquashed.get(key.replace(/ /g, ''));
  }

  /**
   * Ids for every sighting, creating organisations (and their first alias) in bulk for names not
   * seen before. Returns a map from normalised key to id.
   */
  async resolveAll(
    trx: Transaction<Database>,
    sightings: readonly NameSighting[],
    documentId: number,
  ): Promise<Map<string, number>> {
    // (the loops in methods of their own: a loop this long gets its function optimised while it
    // runs, and optimising this async function whole, with all it inlines, cost more than the
    // loops themselves)
    const { result, fresh, spaced } = this.sortSightings(sightings, documentId);
    await bulkInsert(this.store, trx, 'organizationAliases', spaced);
    if (fresh.size === 0) return result;

    // new organisations through one prepared statement on SQLite (ids in row order), by their
    // unique keys on PostgreSQL
    const rows = [...fresh.entries()].map(([key, s]) => ({
      name: s.name.trim(),
      nameKey: key,
      country: s.country,
      countryCode: s.countryCode,
    }));
    const ids = await bulkInsert(this.store, trx, 'organizations', rows, 'nameKey');
    const created = rows.map((r, i) => ({ id: ids[i]!, nameKey: r.nameKey }));
    const aliasRows = created.map((c) => {
      const s = fresh.get(c.nameKey)!;
      return {
        organizationId: c.id,
        name: s.name.trim(),
        nameKey: c.nameKey,
        reason: 'printed',
        documentId,
        line: s.line,
      };
    });
    await bulkInsert(this.store, trx, 'organizationAliases', aliasRows);
    const reviewRows = this.searchCreated(created, fresh, documentId, result);
    await bulkInsert(this.store, trx, 'organizationReviews', reviewRows);
    return result;
  }

  /**
   * Sightings by what they are: known keys (into the result), spelling variants of a known one
   * (into the result, to be stored as aliases) and new keys, each once in the order first met.
   */
  private sortSightings(
    sightings: readonly NameSighting[],
    documentId: number,
  ): {
    result: Map<string, number>;
    fresh: Map<string, NameSighting>;
    spaced: SpacedAlias[];
  } {
    const result = new Map<string, number>();
    const fresh = new Map<string, NameSighting>();
    // Names that differ from a known one only in spacing ("Kirch en") are the same organisation;
    // the spelling is kept as an alias so it is found by name later.
    const spaced: SpacedAlias[] = [];
    for (const s of sightings) {
      const key = orgKey(s.name);
      if (!key) continue;
      const exact = this.byKey.get(key);
      if (exact !== undefined) {
        result.set(key, exact);
        continue;
      }
      const squashed = this.bySquashed.get(key.replace(/ /g, ''));
      if (squashed !== undefined) {
        result.set(key, squashed);
        this.remember(key, squashed);
        spaced.push({
          organizationId: squashed,
          name: s.name.trim(),
          nameKey: key,
          reason: 'spacing',
          documentId,
          line: s.line,
        });
      } else if (!fresh.has(key)) fresh.set(key, s);
    }
    return { result, fresh, spaced };
  }

  /**
   * Each new name compared with the names known before it, so a pair is reviewed once: the review
   * rows of the near matches. Every new name is then known (and in the result).
   */
  private searchCreated(
    created: readonly { id: number; nameKey: string }[],
    fresh: ReadonlyMap<string, NameSighting>,
    documentId: number,
    result: Map<string, number>,
  ): {
    organizationId: number;
    candidateOrganizationId: number;
    similarity: number;
    documentId: number;
    line: number;
    status: string;
  }[] {
    const reviewRows = [];
    for (const c of created) {
      const n = this.nearest(c.nameKey);
      if (n) {
        reviewRows.push({
          organizationId: c.id,
          candidateOrganizationId: n.id,
          similarity: n.score,
          documentId,
          line: fresh.get(c.nameKey)!.line,
          status: 'open',
        });
      }
      this.remember(c.nameKey, c.id);
      result.set(c.nameKey, c.id);
    }
    return reviewRows;
  }

  /** The last key's profile and prefix: a new key is searched for, then remembered. */
  private probe: { key: string; profile: KeyProfile; prefix: number[] | undefined } | undefined;

  private probeOf(key: string): { profile: KeyProfile; prefix: number[] | undefined } {
    if (this.probe?.key !== key) {
      const profile = keyProfile(key);
      this.probe = { key, profile, prefix: keyProfilePrefix(profile, REVIEW_THRESHOLD) };
    }
    return this.probe;
  }

  private nearest(key: string): { id: number; score: number } | undefined {
    let best: { id: number; score: number } | undefined;
    const search = ++this.searches;
    const { profile, prefix } = this.probeOf(key);
    const first = this.byFirst.get(firstWord(key));
    const last = this.byLast.get(lastWord(key));
    const band = bandOf(key);
    // the neighbouring length bands, each by first word then by last word (the order decides
    // which of two equal best scores is kept)
    for (let block = 0; block < 6; block++) {
      const list = (block & 1 ? last : first)?.get(band - 1 + (block >> 1));
      if (list === undefined) continue;
      for (let c = 0; c < list.length; c++) {
        const candidate = list[c]!;
        // a key is in two blocks (first word, last word): compared once (each key is remembered once)
        if (candidate.search === search) continue;
        candidate.search = search;
        // (lengths as numbers: this loop runs some 300,000 times an import)
        const otherLength = candidate.length;
        const short = Math.min(key.length, otherLength);
        const long = Math.max(key.length, otherLength);
        // Dice ≥ t needs the shorter profile to be at least t / (2 − t) of the longer one
        if (short + 2 < MIN_LENGTH_RATIO * (long + 2)) continue;
        // A key of n characters has n trigrams, so two keys share at most the shorter one's:
        // Dice ≤ 2·short / (short + long), over the same denominator as the score itself. A
        // candidate whose bound is under the threshold, or not above the best so far, cannot be
        // chosen, so it is not compared (the result is the full comparison's).
        const bound = (2 * short) / (short + long);
        if (bound < REVIEW_THRESHOLD || (best && bound <= best.score)) continue;
        // under the threshold for certain (the prefix filter, keyProfilePrefix): it could not
        // be chosen. (Checked per candidate met: marking the keys of every prefix element cost
        // millions of writes an import.)
        if (prefix && candidate.prefix && !keyPrefixesMeet(prefix, candidate.prefix)) continue;
        const score = keyProfileSimilarity(profile, candidate.profile);
        if (score >= REVIEW_THRESHOLD && score < 1 && (!best || score > best.score)) {
          best = { id: this.byKey.get(candidate.key)!, score };
        }
      }
    }
    return best;
  }

  /**
   * The Committee noted a name change: both names are one organisation. When both were already
   * known as separate records, the newer record's history moves to the older one.
   */
  async linkNameChange(
    trx: Transaction<Database>,
    change: { oldName: string; newName: string; line: number },
    documentId: number,
  ): Promise<void> {
    const ids = await this.resolveAll(
      trx,
      [{ name: change.oldName, country: null, countryCode: null, line: change.line }],
      documentId,
    );
    const oldId = ids.get(orgKey(change.oldName))!;
    const newKey = orgKey(change.newName);
    const existing = this.byKey.get(newKey);
    if (existing === oldId) return;
    if (existing === undefined) {
      await bulkInsert(this.store, trx, 'organizationAliases', [
        {
          organizationId: oldId,
          name: change.newName.trim(),
          nameKey: newKey,
          reason: 'name-change',
          documentId,
          line: change.line,
        },
      ]);
      this.remember(newKey, oldId);
      return;
    }
    await mergeOrganizations(trx, existing, oldId);
    this.moveKeys(existing, oldId);
  }

  /** Every key of one organisation now names another (a loop kept out of the async caller). */
  private moveKeys(from: number, into: number): void {
    for (const [key, id] of this.byKey) if (id === from) this.byKey.set(key, into);
    for (const [key, id] of this.bySquashed) if (id === from) this.bySquashed.set(key, into);
  }
}

/**
 * Near-match search compares a name only with names that share its first or its last word and
 * have about its length: a spelling variant keeps one end of the name and nearly all its letters
 * (similarity ≥ 0.85 is impossible between lengths far apart). That keeps the search close to
 * linear where a full comparison would be quadratic in the thousands of names of one import.
 */
const LENGTH_BAND = 8;

/** The key up to its first space (all of it when it has none). */
function firstWord(key: string): string {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}

/** The key after its last space (all of it when it has none). */
function lastWord(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

function bandOf(key: string): number {
  return Math.floor(key.length / LENGTH_BAND);
}

function addToBlock(blocks: Blocks, word: string, band: number, candidate: Candidate): void {
  let bands = blocks.get(word);
  if (!bands) blocks.set(word, (bands = new Map()));
  const list = bands.get(band);
  if (list) list.push(candidate);
  else bands.set(band, [candidate]);
}

/** Moves every record of `from` to `into` and deletes `from`. */
async function mergeOrganizations(
  trx: Transaction<Database>,
  from: number,
  into: number,
  aliasReason?: string,
): Promise<void> {
  await trx
    .updateTable('organizationAliases')
    .set(aliasReason ? { organizationId: into, reason: aliasReason } : { organizationId: into })
    .where('organizationId', '=', from)
    .execute();
  await trx
    .updateTable('ngoEvents')
    .set({ organizationId: into })
    .where('organizationId', '=', from)
    .execute();
  await trx
    .updateTable('ngoQuestions')
    .set({ organizationId: into })
    .where('organizationId', '=', from)
    .execute();
  await trx
    .updateTable('ngoVotes')
    .set({ organizationId: into })
    .where('organizationId', '=', from)
    .execute();
  // the registry's editorial records (migration 013) follow the organisation: names, evidence and
  // every classification ever set (the newest, whichever record it was set on, then holds)
  for (const table of ['organizationNames', 'gongoEvidence', 'gongoClassifications'] as const)
    await trx
      .updateTable(table)
      .set({ organizationId: into })
      .where('organizationId', '=', from)
      .execute();
  await trx
    .deleteFrom('organizationReviews')
    .where((eb) =>
      eb.or([eb('organizationId', '=', from), eb('candidateOrganizationId', '=', from)]),
    )
    .execute();
  await trx.deleteFrom('organizations').where('id', '=', from).execute();
}

export type ReviewDecision = 'same' | 'different';

/**
 * A person's answer to a review item. "same" merges the newer record into the one it resembles
 * (its names stay as aliases marked as merged by a reviewer); "different" keeps both and closes
 * the item. Returns false when there is no open item with that id.
 */
export async function decideReview(
  db: Kysely<Database>,
  reviewId: number,
  decision: ReviewDecision,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const review = await trx
      .selectFrom('organizationReviews')
      .selectAll()
      .where('id', '=', reviewId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (!review) return false;
    if (decision === 'different') {
      await trx
        .updateTable('organizationReviews')
        .set({ status: 'different' })
        .where('id', '=', reviewId)
        .execute();
    } else {
      await mergeOrganizations(
        trx,
        review.organizationId,
        review.candidateOrganizationId,
        'reviewer: same organisation',
      );
    }
    return true;
  });
}
