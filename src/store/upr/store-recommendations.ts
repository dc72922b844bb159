import type { Statement } from 'better-sqlite3';
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { UprClassification, UprRecommendation, UprResponse } from '../../domain/upr.js';
import { bulkInsert } from '../bulk-insert.js';
import { insertChunked } from '../documents.js';
import { DeferredIndexes } from './deferred-indexes.js';
import type { Store } from '../open-store.js';
import type { Database, UprRecommendationTable } from '../schema.js';
import { UprIndexBuilder } from './search-index/build.js';
import { updateUprSearchIndex } from './search-index/persist.js';

/** Which unit a source counts: one recommending state's part (UPR Info) or one UN paragraph. */
export type UprSourceKind = 'upr-info-export' | 'un-matrix' | 'wg-report';

export type Classify = (
  rec: Pick<UprRecommendation, 'text' | 'sur' | 'language'>,
) => UprClassification;

export interface StoredCounts {
  recommendations: number;
  /** records already stored from another file (same source key, or same report paragraph) */
  duplicates: number;
  /** records whose response a WG addendum already imported gave them */
  responsesFromAddendum: number;
}

const META_VERSION_KEY = 'upr-data-version';
const HAN = /\p{Script=Han}{2}/u;
/**
 * Records classified and written at a time (see storeRecommendations). On SQLite, where a write
 * is a few statements run in process, a small chunk lets each record and the rows made from it
 * die young: with 2,000 they lived through scavenges, were promoted and were left for the
 * old-generation collector (the UPR Info import: ~0.3 s CPU and ~20 MB of peak memory more).
 * PostgreSQL keeps large chunks: each is a round trip per table.
 */
const STORE_CHUNK = 2000;
const SQLITE_STORE_CHUNK = 250;

/**
 * Writes one file's recommendations with their states, source tags and our labels, inside the
 * file's transaction. A record already stored (by key, or the same paragraph of the same report
 * from a matrix and from the report itself) is skipped, so overlapping official lists count once.
 */
export async function storeRecommendations(
  store: Pick<Store, 'sqlite'>,
  trx: Transaction<Database>,
  documentId: number,
  sourceKind: UprSourceKind,
  recs: readonly UprRecommendation[],
  classify: Classify,
): Promise<StoredCounts> {
  const writer = await RecommendationWriter.open(store, trx, documentId, sourceKind, classify);
  const chunk = writer.chunkSize;
  for (let start = 0; start < recs.length; start += chunk)
    await writer.write(recs.slice(start, start + chunk));
  return writer.finish();
}

/**
 * storeRecommendations for records that arrive in pieces (an export read as it is unpacked):
 * `add` as they come, `writeChunks` when it suits, `finish` once. Records are classified and written a chunk at a time, in
 * file order: the rows, labels and child rows of one chunk are all that is held, and ids and every
 * table's row order are those of writing each table whole. The result is storeRecommendations'
 * over all the records at once.
 */
export class RecommendationWriter {
  /** the search index of the rows written, built as they are, so it need not read them back */
  private readonly index = new UprIndexBuilder();
  private readonly pending: UprRecommendation[] = [];
  /** report paragraphs stored, and addendum answers, of the report symbols seen so far */
  private readonly paragraphs = new Set<string>();
  private readonly addendum = new Map<string, AddendumRow>();
  private readonly symbolsLoaded = new Set<string>();
  /** on SQLite: the four inserts, prepared once */
  private readonly inserts: SqliteInserts | null;
  private stored = 0;
  private duplicates = 0;
  private responsesFromAddendum = 0;

  private constructor(
    private readonly store: Pick<Store, 'sqlite'>,
    private readonly trx: Transaction<Database>,
    private readonly documentId: number,
    private readonly sourceKind: UprSourceKind,
    private readonly classify: Classify,
    private readonly keys: Set<string>,
    private readonly deferred: DeferredIndexes | null,
  ) {
    this.inserts = store.sqlite ? new SqliteInserts(store.sqlite) : null;
  }

  static async open(
    store: Pick<Store, 'sqlite'>,
    trx: Transaction<Database>,
    documentId: number,
    sourceKind: UprSourceKind,
    classify: Classify,
  ): Promise<RecommendationWriter> {
    const keys = new Set(
      (await trx.selectFrom('uprRecommendations').select('sourceKey').execute()).map(
        (r) => r.sourceKey,
      ),
    );
    // into empty tables: their secondary indexes are built once the rows are in (finish)
    const deferred = keys.size === 0 ? DeferredIndexes.dropIfEmpty(store) : null;
    return new RecommendationWriter(store, trx, documentId, sourceKind, classify, keys, deferred);
  }

  /** One record, held until its chunk is written (`writeChunks`, `finish`). */
  add(rec: UprRecommendation): void {
    this.pending.push(rec);
  }

  /** Records written at a time, by `writeChunks` and by storeRecommendations. */
  get chunkSize(): number {
    return this.store.sqlite ? SQLITE_STORE_CHUNK : STORE_CHUNK;
  }

  /** Writes the records waiting in whole chunks of `chunkSize`, as storeRecommendations cuts them. */
  async writeChunks(): Promise<void> {
    const chunk = this.chunkSize;
    while (this.pending.length >= chunk) await this.write(this.pending.splice(0, chunk));
  }

  /** Writes the rest, then the data version and search index; the counts of the whole file. */
  async finish(): Promise<StoredCounts> {
    await this.writeChunks();
    if (this.pending.length > 0) await this.write(this.pending.splice(0));
    // what only writing needed goes before the search index is built (41,000 keys)
    this.keys.clear();
    this.paragraphs.clear();
    this.addendum.clear();
    this.deferred?.restore();
    await bumpUprVersion(this.trx, this.store.sqlite, this.index);
    return {
      recommendations: this.stored,
      duplicates: this.duplicates,
      responsesFromAddendum: this.responsesFromAddendum,
    };
  }

  /**
   * The stored paragraphs and addendum answers of report symbols not seen before. Loaded when a
   * symbol first comes: rows this file stored under it come later and are added as they are
   * written, so the sets are those of loading every symbol of the file first.
   */
  private async loadSymbols(recs: readonly UprRecommendation[]): Promise<void> {
    const symbols = [
      ...new Set(
        recs
          .map((r) => r.reportSymbol)
          .filter((s): s is string => s !== null && !this.symbolsLoaded.has(s)),
      ),
    ];
    if (symbols.length === 0) return;
    for (const s of symbols) this.symbolsLoaded.add(s);
    for (const r of await this.trx
      .selectFrom('uprRecommendations')
      .select(['reportSymbol', 'paragraph'])
      .where('reportSymbol', 'in', symbols)
      .execute())
      this.paragraphs.add(`${r.reportSymbol}|${r.paragraph}`);
    for (const a of await latestAddendumResponses(this.trx, symbols))
      this.addendum.set(`${a.reportSymbol}|${a.paragraph}`, a);
  }

  /** One chunk of records: classified, then each table's rows written. */
  async write(recs: readonly UprRecommendation[]): Promise<void> {
    await this.loadSymbols(recs);
    const { keys, paragraphs, addendum, documentId, sourceKind } = this;
    const rows: Insertable<UprRecommendationTable>[] = [];
    const kept: UprRecommendation[] = [];
    const labels: UprClassification[] = [];
    for (const rec of recs) {
      const paragraphKey =
        rec.reportSymbol !== null && rec.paragraph !== null
          ? `${rec.reportSymbol}|${rec.paragraph}`
          : null;
      if (keys.has(rec.sourceKey) || (paragraphKey !== null && paragraphs.has(paragraphKey))) {
        this.duplicates++;
        continue;
      }
      keys.add(rec.sourceKey);
      if (paragraphKey !== null) paragraphs.add(paragraphKey);
      // Parsers mark every text 'en'; a text in Chinese is kept as 'zh' so readers and search know.
      const language = rec.language === 'en' && HAN.test(rec.text) ? 'zh' : rec.language;
      const c = this.classify({ text: rec.text, sur: rec.sur, language });
      const answer = paragraphKey !== null ? addendum.get(paragraphKey) : undefined;
      if (answer) this.responsesFromAddendum++;
      rows.push({
        sourceKey: rec.sourceKey,
        documentId,
        line: rec.locator.line,
        sourceKind,
        cycle: rec.cycle,
        session: rec.session,
        sur: rec.sur,
        text: rec.text,
        language,
        responseRaw: answer ? answer.responseRaw : rec.responseRaw,
        response: answer ? answer.response : rec.response,
        responseDocumentId: answer ? answer.documentId : null,
        responseLine: answer ? answer.line : null,
        paragraph: rec.paragraph,
        reportSymbol: rec.reportSymbol,
        positionSource: answer ? answer.positionSource : rec.positionSource,
        sourceAction: rec.sourceAction,
        actionCategory: c.action.category,
        actionRule: c.action.ruleId,
        actionMatched: c.action.matched,
        tone: c.tone.tone,
        toneRule: c.tone.ruleId,
        toneMatched: c.tone.matched,
        narrativeRule: c.narrative?.ruleId ?? null,
        narrativeMatched: c.narrative?.matched ?? null,
        saysRepeated: c.saysRepeated ? 1 : 0,
      });
      kept.push(rec);
      labels.push(c);
    }
    if (this.inserts) this.writeSqlite(this.inserts, rows, kept, labels);
    else await this.writeRows(rows, kept, labels);
    this.stored += rows.length;
  }

  /** The rows through bulkInsert, a table at a time (PostgreSQL: multi-row statements). */
  private async writeRows(
    rows: readonly Insertable<UprRecommendationTable>[],
    kept: readonly UprRecommendation[],
    labels: readonly UprClassification[],
  ): Promise<void> {
    const { store, trx } = this;
    const ids = await bulkInsert(store, trx, 'uprRecommendations', rows, 'sourceKey');
    const states: Insertable<Database['uprRecommendationStates']>[] = [];
    const issues: Insertable<Database['uprSourceIssues']>[] = [];
    const themes: Insertable<Database['uprThemes']>[] = [];
    kept.forEach((rec, i) => {
      const recommendationId = ids[i]!;
      rec.from.forEach((state, position) =>
        states.push({
          recommendationId,
          position,
          state,
          stateAsPrinted: rec.fromAsPrinted[position] ?? state,
        }),
      );
      for (const issue of new Set(rec.sourceIssues)) issues.push({ recommendationId, issue });
      for (const t of labels[i]!.themes)
        themes.push({ recommendationId, theme: t.theme, ruleId: t.ruleId, matched: t.matched });
      this.indexRow(recommendationId, rows[i]!, rec, labels[i]!);
    });
    await bulkInsert(store, trx, 'uprRecommendationStates', states);
    await bulkInsert(store, trx, 'uprSourceIssues', issues);
    await bulkInsert(store, trx, 'uprThemes', themes);
  }

  /**
   * The same rows on SQLite, each bound as it is made (no object per child row, no lookup of
   * columns by name): a recommendation, then its states, source tags and themes. Each table's rows
   * come in the order writeRows gives them, so their rowids are the same.
   */
  private writeSqlite(
    inserts: SqliteInserts,
    rows: readonly Insertable<UprRecommendationTable>[],
    kept: readonly UprRecommendation[],
    labels: readonly UprClassification[],
  ): void {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const rec = kept[i]!;
      const label = labels[i]!;
      const recommendationId = inserts.recommendation(row);
      const { from, fromAsPrinted, sourceIssues } = rec;
      for (let position = 0; position < from.length; position++)
        inserts.state(
          recommendationId,
          position,
          from[position]!,
          fromAsPrinted[position] ?? from[position]!,
        );
      // each tag once, in the order first given (as a Set of them gives them)
      for (let k = 0; k < sourceIssues.length; k++)
        if (sourceIssues.indexOf(sourceIssues[k]!) === k)
          inserts.issue(recommendationId, sourceIssues[k]!);
      for (const t of label.themes) inserts.theme(recommendationId, t.theme, t.ruleId, t.matched);
      this.indexRow(recommendationId, row, rec, label);
    }
  }

  private indexRow(
    id: number,
    row: Insertable<UprRecommendationTable>,
    rec: UprRecommendation,
    label: UprClassification,
  ): void {
    this.index.add({
      id,
      sur: row.sur,
      from: rec.from,
      cycle: row.cycle,
      response: row.response,
      text: row.text,
      actionCategory: row.actionCategory,
      themes: label.themes.map((t) => t.theme),
      sourceKind: row.sourceKind,
    });
  }
}

/** Columns of upr_recommendations in the order SqliteInserts binds them. */
const RECOMMENDATION_COLUMNS = [
  'sourceKey',
  'documentId',
  'line',
  'sourceKind',
  'cycle',
  'session',
  'sur',
  'text',
  'language',
  'responseRaw',
  'response',
  'responseDocumentId',
  'responseLine',
  'paragraph',
  'reportSymbol',
  'positionSource',
  'sourceAction',
  'actionCategory',
  'actionRule',
  'actionMatched',
  'tone',
  'toneRule',
  'toneMatched',
  'narrativeRule',
  'narrativeMatched',
  'saysRepeated',
] as const satisfies ReadonlyArray<keyof Insertable<UprRecommendationTable>>;

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The four tables' inserts of a writer on SQLite, prepared once, each with one reused array. */
class SqliteInserts {
  private readonly recommendations: Statement;
  private readonly states: Statement;
  private readonly issues: Statement;
  private readonly themes: Statement;
  private readonly recommendationValues: unknown[] = new Array<unknown>(
    RECOMMENDATION_COLUMNS.length,
  );
  private readonly stateValues: unknown[] = [0, 0, '', ''];
  private readonly issueValues: unknown[] = [0, ''];
  private readonly themeValues: unknown[] = [0, '', '', ''];

  constructor(sqlite: NonNullable<Store['sqlite']>) {
    const insert = (table: string, columns: readonly string[]) =>
      sqlite.prepare(
        `insert into "${table}" (${columns.map((c) => `"${snake(c)}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      );
    this.recommendations = insert('upr_recommendations', RECOMMENDATION_COLUMNS);
    this.states = insert('upr_recommendation_states', [
      'recommendationId',
      'position',
      'state',
      'stateAsPrinted',
    ]);
    this.issues = insert('upr_source_issues', ['recommendationId', 'issue']);
    this.themes = insert('upr_themes', ['recommendationId', 'theme', 'ruleId', 'matched']);
  }

  /** A recommendation's row; its new id. */
  recommendation(row: Insertable<UprRecommendationTable>): number {
    const values = this.recommendationValues;
    for (let c = 0; c < RECOMMENDATION_COLUMNS.length; c++) {
      const v: unknown = row[RECOMMENDATION_COLUMNS[c]!];
      // as bulkInsert binds them: absent is NULL
      values[c] = v === undefined ? null : v;
    }
    return Number(this.recommendations.run(values).lastInsertRowid);
  }

  state(recommendationId: number, position: number, state: string, asPrinted: string): void {
    const v = this.stateValues;
    v[0] = recommendationId;
    v[1] = position;
    v[2] = state;
    v[3] = asPrinted;
    this.states.run(v);
  }

  issue(recommendationId: number, issue: string): void {
    const v = this.issueValues;
    v[0] = recommendationId;
    v[1] = issue;
    this.issues.run(v);
  }

  theme(recommendationId: number, theme: string, ruleId: string, matched: string): void {
    const v = this.themeValues;
    v[0] = recommendationId;
    v[1] = theme;
    v[2] = ruleId;
    v[3] = matched;
    this.themes.run(v);
  }
}

export interface AddendumResponse {
  paragraph: string;
  responseRaw: string;
  response: UprResponse;
  line: number;
}

interface AddendumRow {
  documentId: number;
  line: number;
  reportSymbol: string;
  paragraph: string;
  responseRaw: string;
  response: string;
  positionSource: string;
}

/**
 * Stores a WG addendum's responses and gives them to the report's recommendations already stored.
 * They are kept as read, so a report (or matrix) imported later takes them too: the order of
 * imports does not change the result. When two addenda answer the same paragraph, the one
 * imported last wins (see docs/upr.md).
 */
export async function storeAddendumResponses(
  trx: Transaction<Database>,
  documentId: number,
  reportSymbol: string,
  addendumSymbol: string,
  responses: readonly AddendumResponse[],
): Promise<{ responses: number; recommendationsUpdated: number }> {
  await insertChunked(
    trx,
    'uprAddendumResponses',
    responses.map((r) => ({
      documentId,
      line: r.line,
      reportSymbol,
      paragraph: r.paragraph,
      responseRaw: r.responseRaw,
      response: r.response,
    })),
  );
  let updated = 0;
  for (const r of responses) {
    const res = await trx
      .updateTable('uprRecommendations')
      .set({
        response: r.response,
        responseRaw: r.responseRaw,
        responseDocumentId: documentId,
        responseLine: r.line,
        positionSource: addendumSymbol,
      })
      .where('reportSymbol', '=', reportSymbol)
      .where('paragraph', '=', r.paragraph)
      .executeTakeFirst();
    updated += Number(res.numUpdatedRows);
  }
  await bumpUprVersion(trx);
  return { responses: responses.length, recommendationsUpdated: updated };
}

export interface ParagraphsWithoutResponse {
  reportSymbol: string;
  /** paragraph numbers in report order ("38.2" before "38.10") */
  paragraphs: string[];
}

/**
 * Report paragraphs still pending although an addendum to their report is stored: the addendum
 * skipped them, or the parser did not read its wording. An import reports them so that no
 * paragraph stays pending unseen.
 */
export async function paragraphsWithoutResponse(
  db: Kysely<Database>,
  reportSymbols: readonly string[],
): Promise<ParagraphsWithoutResponse[]> {
  if (reportSymbols.length === 0) return [];
  const rows = await db
    .selectFrom('uprRecommendations as r')
    .select(['r.reportSymbol', 'r.paragraph'])
    .where('r.reportSymbol', 'in', [...reportSymbols])
    .where('r.response', '=', 'pending')
    .where('r.paragraph', 'is not', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('uprAddendumResponses as a')
          .select('a.id')
          .whereRef('a.reportSymbol', '=', 'r.reportSymbol'),
      ),
    )
    .execute();
  const bySymbol = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.reportSymbol === null || r.paragraph === null) continue;
    let set = bySymbol.get(r.reportSymbol);
    if (!set) bySymbol.set(r.reportSymbol, (set = new Set()));
    set.add(r.paragraph);
  }
  return [...bySymbol]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([reportSymbol, set]) => ({
      reportSymbol,
      paragraphs: [...set].sort(byParagraphNumber),
    }));
}

function byParagraphNumber(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn || a.localeCompare(b);
}

async function latestAddendumResponses(
  db: Kysely<Database>,
  symbols: readonly string[],
): Promise<AddendumRow[]> {
  const rows = await db
    .selectFrom('uprAddendumResponses as a')
    .innerJoin('sourceDocuments as d', 'd.id', 'a.documentId')
    .select([
      'a.documentId',
      'a.line',
      'a.reportSymbol',
      'a.paragraph',
      'a.responseRaw',
      'a.response',
      'd.symbol',
    ])
    .where('a.reportSymbol', 'in', [...symbols])
    .orderBy('a.id')
    .execute();
  // later rows overwrite earlier ones in the caller's map: the last imported addendum wins
  return rows.map((r) => ({
    documentId: r.documentId,
    line: r.line,
    reportSymbol: r.reportSymbol,
    paragraph: r.paragraph,
    responseRaw: r.responseRaw,
    response: r.response,
    positionSource: r.symbol ?? `${r.reportSymbol}/Add.1`,
  }));
}

/**
 * Any UPR write changes this value and stores the search index built under it (an addendum
 * changes responses without adding rows, so counting rows would not do).
 */
async function bumpUprVersion(
  trx: Transaction<Database>,
  sqlite: Store['sqlite'] = null,
  written: UprIndexBuilder | null = null,
): Promise<void> {
  const value = `${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;
  await trx
    .insertInto('meta')
    .values({ key: META_VERSION_KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
  // the stored search index describes the data this transaction commits (migration 007)
  await updateUprSearchIndex(trx, value, sqlite, written);
}

export async function uprDataVersion(db: Kysely<Database>): Promise<string> {
  const row = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', META_VERSION_KEY)
    .executeTakeFirst();
  return row?.value ?? 'empty';
}
