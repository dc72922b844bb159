import { endianness } from 'node:os';
import { PostgresAdapter, sql, type Kysely, type Transaction } from 'kysely';
import type { Store } from '../../open-store.js';
import type { Database } from '../../schema.js';
import {
  buildUprIndexData,
  type UprIndexBuilder,
  type UprIndexColumns,
  type UprIndexData,
} from './build.js';
import { appendUprIndexData } from './merge.js';
import {
  allTermPostings,
  readBlock,
  sequencesOf,
  termBlocksOf,
  type TermBlocks,
  type TermPostings,
} from './positional.js';

/**
 * The search index in the database (table `upr_search_index`, migration 007): named byte arrays,
 * each cut into parts, rewritten whole inside the transaction of every UPR write. The header
 * names the UPR data version it was built from, so a reader knows whether it may use it.
 */

export interface UprSearchIndexTable {
  name: string;
  part: number;
  data: Uint8Array;
}

type IndexDb = Database & { uprSearchIndex: UprSearchIndexTable };
type Db = Kysely<Database> | Transaction<Database>;

/** PostgreSQL parses bytea from hex text: parts keep each value (and its copy) small. */
const PART_BYTES = 4 << 20;
/**
 * The term postings are cut into pages this size, so a search reads the pages of its own terms
 * only (by primary key), not the whole index (docs/decisions/0011-lazy-term-postings.md).
 */
const PAGE_BYTES = 64 << 10;
/**
 * 1: postings and sequences stored whole; 2: positional term blocks in pages; 3: the same with
 * ids as runs and per-document lengths and counts (a smaller head to read at open).
 */
const FORMAT = 3;
const POSTINGS = 'postings';

interface Header {
  format: number;
  /** the UPR data version (meta `upr-data-version`) the index describes */
  version: string;
  endianness: 'LE' | 'BE';
  size: number;
  hanDocs: number;
  sur: string[];
  response: string[];
  source: string[];
  from: string[];
  theme: string[];
  /** counts and positions of the term blocks are Int32 (else Uint16) */
  wide: boolean;
  pageBytes: number;
  /**
   * 16-bit arrays stored in 8 bits because every value fits (state codes, theme codes, counts):
   * less to read at open. Absent in indexes written before it was added (none narrowed).
   */
  narrow?: string[];
}

/** Typed arrays by name, read whole at open; stored in the machine's byte order (header). */
const ARRAYS = {
  idRuns: Int32Array,
  postingOffsets: Int32Array,
  blockOffsets: Float64Array,
  formTerms: Int32Array,
  sur: Uint16Array,
  cycle: Uint8Array,
  response: Uint8Array,
  action: Uint8Array,
  source: Uint8Array,
  perState: Uint8Array,
  shadowed: Uint8Array,
  fromCounts: Uint16Array,
  fromValues: Uint16Array,
  themeCounts: Uint16Array,
  themeValues: Uint16Array,
} as const;
type ArrayName = keyof typeof ARRAYS;

function arraysOf(d: UprIndexData, blocks: TermBlocks): Record<ArrayName, ArrayBufferView> {
  return {
    idRuns: runsOf(d.ids),
    postingOffsets: d.postingOffsets,
    blockOffsets: blocks.blockOffsets,
    formTerms: d.formTerms,
    sur: d.sur.codes,
    cycle: d.cycle,
    response: d.response.codes,
    action: d.action,
    source: d.source.codes,
    perState: d.perState,
    shadowed: d.shadowed,
    fromCounts: countsOf(d.from.offsets, Uint16Array),
    fromValues: d.from.values,
    themeCounts: countsOf(d.theme.offsets, Uint16Array),
    themeValues: d.theme.values,
  };
}

/*
 * What a search reads at open is kept small (it is read on the first search after a start):
 * ids as runs of consecutive ids, per-document lengths and counts instead of 32-bit offsets.
 */

/** Ascending ids as [first, how many] runs of consecutive ids. */
function runsOf(ids: Int32Array): Int32Array {
  const runs: number[] = [];
  for (let i = 0; i < ids.length;) {
    let j = i + 1;
    while (j < ids.length && ids[j] === ids[j - 1]! + 1) j++;
    runs.push(ids[i]!, j - i);
    i = j;
  }
  return Int32Array.from(runs);
}

function idsOf(runs: Int32Array, size: number): Int32Array {
  const ids = new Int32Array(size);
  let n = 0;
  for (let r = 0; r < runs.length; r += 2)
    for (let k = 0; k < runs[r + 1]!; k++) ids[n++] = runs[r]! + k;
  return ids;
}

/** Offsets (n + 1, from 0) as the n differences, in an array of the given width. */
function countsOf<T extends Uint16Array | Int32Array>(
  offsets: Int32Array,
  Ctor: new (n: number) => T,
): T {
  const out = new Ctor(offsets.length - 1);
  const max = Ctor === (Uint16Array as unknown) ? 0xffff : 0x7fffffff;
  for (let i = 0; i + 1 < offsets.length; i++) {
    const c = offsets[i + 1]! - offsets[i]!;
    if (c > max) throw new Error(`UPR search index: a document holds ${c} values`);
    out[i] = c;
  }
  return out;
}

function offsetsOf(counts: Uint16Array | Int32Array): Int32Array {
  const offsets = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) offsets[i + 1] = offsets[i]! + counts[i]!;
  return offsets;
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();
const bytesOf = (v: ArrayBufferView) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength);

/** Terms and forms are runs of letters and digits: a newline never occurs in one. */
const joinWords = (words: readonly string[]) => utf8.encode(words.join('\n'));
const splitWords = (bytes: Uint8Array) =>
  bytes.length === 0 ? [] : fromUtf8.decode(bytes).split('\n');

/** The index's parts as rows of the table. */
export function encodeUprIndex(data: UprIndexData, version: string): UprSearchIndexTable[] {
  const blocks = termBlocksOf(data);
  const narrow: string[] = [];
  const arrays = Object.entries(arraysOf(data, blocks)).map(([k, v]): [string, Uint8Array] => {
    if (v instanceof Uint16Array && v.every((x) => x < 0x100)) {
      narrow.push(k);
      return [k, Uint8Array.from(v)];
    }
    return [k, bytesOf(v)];
  });
  const header: Header = {
    format: FORMAT,
    version,
    endianness: endianness(),
    size: data.size,
    hanDocs: data.hanDocs,
    sur: data.sur.values,
    response: data.response.values,
    source: data.source.values,
    from: data.from.dict,
    theme: data.theme.dict,
    wide: blocks.wide,
    pageBytes: PAGE_BYTES,
    narrow,
  };
  const named: Array<[string, Uint8Array, number]> = [
    ['header', utf8.encode(JSON.stringify(header)), PART_BYTES],
    ['terms', joinWords(data.terms), PART_BYTES],
    ['forms', joinWords(data.sortedForms), PART_BYTES],
    ...arrays.map(([k, v]): [string, Uint8Array, number] => [k, v, PART_BYTES]),
    [
      'seqLengths',
      bytesOf(
        blocks.wide
          ? countsOf(data.seqOffsets, Int32Array)
          : countsOf(data.seqOffsets, Uint16Array),
      ),
      PART_BYTES,
    ],
    [POSTINGS, blocks.bytes, PAGE_BYTES],
  ];
  const rows: UprSearchIndexTable[] = [];
  for (const [name, bytes, partBytes] of named) {
    let part = 0;
    for (let at = 0; at < bytes.length || part === 0; at += partBytes)
      rows.push({ name, part: part++, data: bytes.subarray(at, at + partBytes) });
  }
  return rows;
}

/**
 * A typed array over bytes that own their buffer (parts joined into a new one), else over a copy:
 * a driver's Buffer may be a slice of a shared pool, at an offset no Int32Array may start at.
 */
function typed<T extends ArrayBufferView>(
  Ctor: new (buffer: ArrayBuffer) => T,
  bytes: Uint8Array,
): T {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength)
    return new Ctor(bytes.buffer as ArrayBuffer);
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Ctor(copy.buffer);
}

/** The columns of a stored index, and where its term blocks are. */
export interface UprIndexHead {
  version: string;
  columns: UprIndexColumns;
  blockOffsets: Float64Array;
  wide: boolean;
  pageBytes: number;
}

function joinParts(rows: readonly UprSearchIndexTable[]) {
  const parts = new Map<string, Uint8Array[]>();
  for (const r of rows) {
    const list = parts.get(r.name) ?? [];
    list[r.part] = r.data;
    parts.set(r.name, list);
  }
  return (name: string): Uint8Array | null => {
    const list = parts.get(name);
    if (!list || list.some((p) => p === undefined) || list.length === 0) return null;
    if (list.length === 1) return list[0]!;
    const out = new Uint8Array(list.reduce((n, p) => n + p.byteLength, 0));
    let at = 0;
    for (const p of list) {
      out.set(p, at);
      at += p.byteLength;
    }
    return out;
  };
}

/** The version a stored header names (a header fits in one part). */
function headerVersion(bytes: Uint8Array): string | null {
  try {
    return (JSON.parse(fromUtf8.decode(bytes)) as Header).version;
  } catch {
    return null;
  }
}

/** The head of an index from its rows (all but the postings' pages), or null when not whole. */
function decodeHead(rows: readonly UprSearchIndexTable[]): UprIndexHead | null {
  const whole = joinParts(rows);
  const headerBytes = whole('header');
  if (!headerBytes) return null;
  const header = JSON.parse(fromUtf8.decode(headerBytes)) as Header;
  if (header.format !== FORMAT || header.endianness !== endianness()) return null;
  const a = {} as Record<ArrayName, ArrayBufferView>;
  for (const [name, Ctor] of Object.entries(ARRAYS) as Array<[ArrayName, typeof Int32Array]>) {
    const bytes = whole(name);
    if (!bytes) return null;
    a[name] = header.narrow?.includes(name) ? Uint16Array.from(bytes) : typed(Ctor, bytes);
  }
  const terms = whole('terms');
  const forms = whole('forms');
  const seqLengths = whole('seqLengths');
  if (!terms || !forms || !seqLengths) return null;
  const arr = a as unknown as {
    [K in ArrayName]: InstanceType<(typeof ARRAYS)[K]>;
  };
  return {
    version: header.version,
    blockOffsets: arr.blockOffsets,
    wide: header.wide,
    pageBytes: header.pageBytes,
    columns: {
      size: header.size,
      ids: idsOf(arr.idRuns, header.size),
      terms: splitWords(terms),
      postingOffsets: arr.postingOffsets,
      sortedForms: splitWords(forms),
      formTerms: arr.formTerms,
      seqOffsets: offsetsOf(
        header.wide ? typed(Int32Array, seqLengths) : typed(Uint16Array, seqLengths),
      ),
      sur: { codes: arr.sur, values: header.sur },
      cycle: arr.cycle,
      response: { codes: arr.response, values: header.response },
      action: arr.action,
      source: { codes: arr.source, values: header.source },
      perState: arr.perState,
      shadowed: arr.shadowed,
      hanDocs: header.hanDocs,
      from: { offsets: offsetsOf(arr.fromCounts), values: arr.fromValues, dict: header.from },
      theme: { offsets: offsetsOf(arr.themeCounts), values: arr.themeValues, dict: header.theme },
    },
  };
}

/** The index from its rows, or null when they are not a whole index of this format. */
export function decodeUprIndex(
  rows: readonly UprSearchIndexTable[],
): { version: string; data: UprIndexData } | null {
  const head = decodeHead(rows.filter((r) => r.name !== POSTINGS));
  const bytes = joinParts(rows.filter((r) => r.name === POSTINGS))(POSTINGS);
  if (!head || !bytes) return null;
  const { columns } = head;
  const aligned = typed(Uint8Array, bytes);
  if (aligned.byteLength !== head.blockOffsets[head.blockOffsets.length - 1]) return null;
  const postings = allTermPostings(
    { bytes: aligned, blockOffsets: head.blockOffsets, wide: head.wide },
    columns.postingOffsets,
  );
  const postingDocs = new Int32Array(columns.postingOffsets[columns.terms.length]!);
  postings.forEach((p, t) => postingDocs.set(p.docs, columns.postingOffsets[t]!));
  return {
    version: head.version,
    data: { ...columns, postingDocs, seqTerms: sequencesOf(postings, columns.seqOffsets) },
  };
}

const indexDb = (db: Db) => db.withTables<{ uprSearchIndex: UprSearchIndexTable }>();

/** Replaces the stored index (inside the caller's transaction). */
export async function writeUprSearchIndex(
  trx: Db,
  data: UprIndexData,
  version: string,
): Promise<void> {
  const db = indexDb(trx) as Kysely<IndexDb>;
  await db.deleteFrom('uprSearchIndex').execute();
  const rows = encodeUprIndex(data, version);
  // the postings' pages are many and small: several per statement, at most 1 MB each
  for (let at = 0; at < rows.length;) {
    let end = at + 1;
    let bytes = rows[at]!.data.byteLength;
    while (end < rows.length && end - at < 64 && bytes + rows[end]!.data.byteLength <= 1 << 20)
      bytes += rows[end++]!.data.byteLength;
    await db.insertInto('uprSearchIndex').values(rows.slice(at, end)).execute();
    at = end;
  }
}

/**
 * The stored index's head (every column, the dictionaries, where each term's postings are),
 * without reading the postings' pages: what a search needs before it knows its terms.
 */
export async function readUprIndexHead(db: Db): Promise<UprIndexHead | null> {
  const rows = await (indexDb(db) as Kysely<IndexDb>)
    .selectFrom('uprSearchIndex')
    .select(['name', 'part', 'data'])
    .where('name', '!=', POSTINGS)
    .execute();
  return rows.length === 0 ? null : decodeHead(rows);
}

/** At most this many pages per statement (bound parameters). */
const PAGES_PER_READ = 500;

/**
 * The positional postings of these terms, read from the pages that hold them (by primary key).
 * Each block is copied into its own buffer, so the pages are not kept. Null when the stored index
 * is no longer the one `head` was read from (an import committed since): each statement reads the
 * header beside the pages, in the same snapshot, and its version must be the head's.
 */
export async function readUprTermPostings(
  db: Db,
  head: UprIndexHead,
  terms: readonly number[],
): Promise<Map<number, TermPostings> | null> {
  const { blockOffsets, pageBytes, columns } = head;
  const pages = new Set<number>();
  for (const t of terms) {
    const start = blockOffsets[t]!;
    const end = blockOffsets[t + 1]!;
    for (let p = Math.floor(start / pageBytes); p * pageBytes < end; p++) pages.add(p);
  }
  const wanted = [...pages].sort((a, b) => a - b);
  const got = new Map<number, Uint8Array>();
  for (let at = 0; at < wanted.length; at += PAGES_PER_READ) {
    const rows = await (indexDb(db) as Kysely<IndexDb>)
      .selectFrom('uprSearchIndex')
      .select(['name', 'part', 'data'])
      .where((eb) =>
        eb.or([
          eb.and([
            eb('name', '=', POSTINGS),
            eb('part', 'in', wanted.slice(at, at + PAGES_PER_READ)),
          ]),
          eb.and([eb('name', '=', 'header'), eb('part', '=', 0)]),
        ]),
      )
      .execute();
    const header = rows.find((r) => r.name === 'header');
    if (!header || headerVersion(header.data) !== head.version) return null;
    for (const r of rows) if (r.name === POSTINGS) got.set(r.part, r.data);
  }
  const out = new Map<number, TermPostings>();
  for (const t of terms) {
    const start = blockOffsets[t]!;
    const end = blockOffsets[t + 1]!;
    const block = new Uint8Array(end - start);
    for (let p = Math.floor(start / pageBytes); p * pageBytes < end; p++) {
      const page = got.get(p);
      if (!page) throw new Error(`UPR search index: page ${p} of the postings is missing`);
      const from = Math.max(start, p * pageBytes);
      const to = Math.min(end, (p + 1) * pageBytes);
      block.set(page.subarray(from - p * pageBytes, to - p * pageBytes), from - start);
    }
    const df = columns.postingOffsets[t + 1]! - columns.postingOffsets[t]!;
    out.set(t, readBlock(block, df, head.wide));
  }
  return out;
}

/** The stored index and the version it describes, or null when none (or none readable) is stored. */
export async function readUprSearchIndex(
  db: Db,
): Promise<{ version: string; data: UprIndexData } | null> {
  const rows = await (indexDb(db) as Kysely<IndexDb>)
    .selectFrom('uprSearchIndex')
    .select(['name', 'part', 'data'])
    .execute();
  return rows.length === 0 ? null : decodeUprIndex(rows);
}

/** The SQLite connection under the caller's transaction, when there is one (Store['sqlite']). */
type Sqlite = Store['sqlite'];

interface IndexRec {
  id: number;
  sur: string;
  cycle: number;
  response: string;
  text: string;
  actionCategory: number;
  sourceKind: string;
}

/**
 * Every recommendation (after `afterId`) as the index needs it, with its text, in id order.
 * Given the SQLite connection of the transaction, the same three queries run as prepared
 * statements on it: an import rebuilds the index from tens of thousands of rows, and the query
 * builder's per-row name mapping costs more than the reading.
 */
export async function readUprIndexDocs(db: Db, afterId = 0, sqlite: Sqlite = null) {
  const [recs, states, themes] = sqlite
    ? [
        sqlite
          .prepare(
            'select id, sur, cycle, response, text, action_category as actionCategory, source_kind as sourceKind from upr_recommendations where id > ? order by id',
          )
          .all(afterId) as IndexRec[],
        sqlite
          .prepare(
            'select recommendation_id as recommendationId, state from upr_recommendation_states where recommendation_id > ? order by recommendation_id, position',
          )
          .all(afterId) as Array<{ recommendationId: number; state: string }>,
        // the same query as below (no order): the same plan reads the rows in the same order
        sqlite
          .prepare(
            'select recommendation_id as recommendationId, theme from upr_themes where recommendation_id > ?',
          )
          .all(afterId) as Array<{ recommendationId: number; theme: string }>,
      ]
    : await Promise.all([
        db
          .selectFrom('uprRecommendations')
          .select(['id', 'sur', 'cycle', 'response', 'text', 'actionCategory', 'sourceKind'])
          .where('id', '>', afterId)
          .orderBy('id')
          .execute(),
        db
          .selectFrom('uprRecommendationStates')
          .select(['recommendationId', 'state'])
          .where('recommendationId', '>', afterId)
          .orderBy('recommendationId')
          .orderBy('position')
          .execute(),
        db
          .selectFrom('uprThemes')
          .select(['recommendationId', 'theme'])
          .where('recommendationId', '>', afterId)
          .execute(),
      ]);
  const fromById = groupBy(
    states,
    (s) => s.recommendationId,
    (s) => s.state,
  );
  const themesById = groupBy(
    themes,
    (t) => t.recommendationId,
    (t) => t.theme,
  );
  return recs.map((r) => ({
    ...r,
    from: fromById.get(r.id) ?? [],
    themes: themesById.get(r.id) ?? [],
  }));
}

function groupBy<T>(rows: readonly T[], key: (r: T) => number, value: (r: T) => string) {
  const out = new Map<number, string[]>();
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(value(r));
    else out.set(key(r), [value(r)]);
  }
  return out;
}

/**
 * Builds the index from the stored recommendations and stores it under `version`, inside the
 * caller's transaction: the import that changed the data writes the index that describes it.
 */
export async function rebuildUprSearchIndex(
  trx: Db,
  version: string,
  sqlite: Sqlite = null,
): Promise<UprIndexData> {
  const data = buildUprIndexData(await readUprIndexDocs(trx, 0, sqlite));
  await writeUprSearchIndex(trx, data, version);
  return data;
}

/**
 * The stored index brought up to the data of the caller's transaction, under `version`: the
 * documents added since it was built (ids above its last) are tokenised and appended, the
 * responses read again (an addendum changes them); the result equals a whole rebuild. When the
 * stored index is missing, or does not hold exactly the documents up to its last id, it is
 * rebuilt whole. On PostgreSQL the table is locked first, so two imports committing side by side
 * cannot each write an index without the other's documents (SQLite's writers already queue).
 *
 * `written`: the index of the documents the caller's transaction has just stored, in id order,
 * built as they were written. It stands in for reading those rows back and tokenising them (an
 * import's tens of thousands of texts) only when the rows to index are exactly its ids;
 * otherwise the rows are read.
 */
export async function updateUprSearchIndex(
  trx: Db,
  version: string,
  sqlite: Sqlite = null,
  written: UprIndexBuilder | null = null,
): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter)
    await sql`lock table upr_search_index in exclusive mode`.execute(trx);
  const stored = await readUprSearchIndex(trx);
  const usable = async (afterId: number) =>
    written !== null && written.size > 0 && (await onlyRowsAbove(trx, afterId, written.ids));
  if (!stored) {
    if (written !== null && (await usable(0))) {
      await writeUprSearchIndex(trx, written.finish(), version);
    } else await rebuildUprSearchIndex(trx, version, sqlite);
    return;
  }
  const { data } = stored;
  const lastId = data.size > 0 ? data.ids[data.size - 1]! : 0;
  const earlier = await trx
    .selectFrom('uprRecommendations')
    .select(['id', 'response', 'sourceKind'])
    .where('id', '<=', lastId)
    .orderBy('id')
    .execute();
  if (earlier.length !== data.size || earlier.some((r, i) => r.id !== data.ids[i])) {
    await rebuildUprSearchIndex(trx, version, sqlite);
    return;
  }
  const added =
    written !== null && (await usable(lastId))
      ? written.finish()
      : buildUprIndexData(await readUprIndexDocs(trx, lastId, sqlite));
  const addedKinds = Array.from(added.source.codes, (c) => added.source.values[c]!);
  const merged = appendUprIndexData(
    data,
    added,
    earlier.map((r) => r.response),
    [...earlier.map((r) => r.sourceKind), ...addedKinds],
  );
  await writeUprSearchIndex(trx, merged, version);
}

/**
 * Whether the stored recommendations with ids above `afterId` are exactly `ids` (ascending, all
 * above it, as many as the rows): then those documents are what readUprIndexDocs would read.
 */
async function onlyRowsAbove(trx: Db, afterId: number, ids: readonly number[]): Promise<boolean> {
  if (ids.some((id, i) => id <= (i === 0 ? afterId : ids[i - 1]!))) return false;
  const row = await trx
    .selectFrom('uprRecommendations')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('id', '>', afterId)
    .executeTakeFirstOrThrow();
  return Number(row.n) === ids.length;
}
