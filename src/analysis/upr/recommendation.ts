import type { Kysely } from 'kysely';
import { stateByCode } from '../../domain/reference/states.js';
import { pagesOfLines } from '../../store/document-pages.js';
import type { Database } from '../../store/schema.js';
import { DOCUMENT_COLUMNS, sourceRef, type SourceRef } from '../evidence.js';
import { contentWords, jaccard, REPEAT_THRESHOLD } from './repeats.js';

export interface UprRecommendationDetail {
  id: number;
  sourceKey: string;
  sourceKind: string;
  cycle: number;
  session: number | null;
  sur: { code: string; nameEn: string; nameZh: string };
  from: { code: string; asPrinted: string; nameEn: string; nameZh: string; group: string }[];
  text: string;
  language: string;
  response: string;
  responseRaw: string | null;
  paragraph: string | null;
  reportSymbol: string | null;
  positionSource: string | null;
  /** the document and line the recommendation was read from */
  source: SourceRef;
  /** where the response was read, when a WG addendum gave it */
  responseSource: SourceRef | null;
  /** our labels: machine suggestions with the rule and the words that fired it */
  labels: {
    action: { category: number; ruleId: string; matched: string };
    themes: { theme: string; ruleId: string; matched: string }[];
    tone: { tone: string; ruleId: string; matched: string };
    narrative: { ruleId: string; matched: string } | null;
    saysRepeated: boolean;
    machineSuggested: true;
  };
  /** the source's own labels (UPR Info's human action category and issue tags, matrix themes) */
  sourceLabels: { action: number | null; issues: string[] };
  /** earlier-cycle recommendations by the same states to the same state, closest wording first */
  earlier: { id: number; cycle: number; text: string; response: string; similarity: number }[];
}

export async function uprRecommendation(
  db: Kysely<Database>,
  id: number,
): Promise<UprRecommendationDetail | undefined> {
  const r = await db
    .selectFrom('uprRecommendations as r')
    .innerJoin('sourceDocuments as d', 'd.id', 'r.documentId')
    .selectAll('r')
    .select(['d.symbol', 'd.url', 'd.title', 'd.fileName', 'd.date as documentDate'])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  const [states, themes, issues, responseDoc] = await Promise.all([
    db
      .selectFrom('uprRecommendationStates')
      .select(['state', 'stateAsPrinted'])
      .where('recommendationId', '=', id)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('uprThemes')
      .select(['theme', 'ruleId', 'matched'])
      .where('recommendationId', '=', id)
      .execute(),
    db.selectFrom('uprSourceIssues').select('issue').where('recommendationId', '=', id).execute(),
    r.responseDocumentId === null
      ? Promise.resolve(undefined)
      : db
          .selectFrom('sourceDocuments')
          .selectAll()
          .where('id', '=', r.responseDocumentId)
          .executeTakeFirst(),
  ]);
  const pages = await pagesOfLines(db, [
    { documentId: r.documentId, line: r.line },
    ...(r.responseDocumentId === null
      ? []
      : [{ documentId: r.responseDocumentId, line: r.responseLine ?? 0 }]),
  ]);
  const pageOf = (documentId: number, line: number): number | null =>
    pages.get(`${documentId}:${line}`) ?? null;
  const name = (code: string) => {
    const s = stateByCode(code);
    return { nameEn: s?.nameEn ?? code, nameZh: s?.nameZh ?? code, group: s?.group ?? 'none' };
  };
  const from = states.map((s) => ({
    code: s.state,
    asPrinted: s.stateAsPrinted,
    ...name(s.state),
  }));

  const earlierRows =
    from.length === 0
      ? []
      : await db
          .selectFrom('uprRecommendations as e')
          .innerJoin('uprRecommendationStates as s', 's.recommendationId', 'e.id')
          .select(['e.id', 'e.cycle', 'e.text', 'e.response'])
          .distinct()
          .where('e.sur', '=', r.sur)
          .where('e.cycle', '<', r.cycle)
          .where(
            's.state',
            'in',
            from.map((f) => f.code),
          )
          .execute();
  const mine = contentWords(r.text);
  const earlier = earlierRows
    .map((e) => ({ ...e, similarity: jaccard(mine, contentWords(e.text)) }))
    .filter((e) => e.similarity >= REPEAT_THRESHOLD / 2)
    .sort((a, b) => b.similarity - a.similarity || a.id - b.id)
    .slice(0, 5);

  return {
    id: r.id,
    sourceKey: r.sourceKey,
    sourceKind: r.sourceKind,
    cycle: r.cycle,
    session: r.session,
    sur: { code: r.sur, nameEn: name(r.sur).nameEn, nameZh: name(r.sur).nameZh },
    from,
    text: r.text,
    language: r.language,
    response: r.response,
    responseRaw: r.responseRaw,
    paragraph: r.paragraph,
    reportSymbol: r.reportSymbol,
    positionSource: r.positionSource,
    source: {
      ...sourceRef({ ...r, date: null }, r.text),
      page: pageOf(r.documentId, r.line),
      paragraph: r.paragraph,
    },
    responseSource: responseDoc
      ? {
          ...sourceRef(
            {
              documentId: responseDoc.id,
              symbol: responseDoc.symbol,
              url: responseDoc.url,
              title: responseDoc.title,
              fileName: responseDoc.fileName,
              date: responseDoc.date,
              documentDate: responseDoc.date,
              line: r.responseLine ?? 0,
            },
            r.responseRaw ?? '',
          ),
          page: pageOf(responseDoc.id, r.responseLine ?? 0),
        }
      : null,
    labels: {
      action: { category: r.actionCategory, ruleId: r.actionRule, matched: r.actionMatched },
      themes,
      tone: { tone: r.tone, ruleId: r.toneRule, matched: r.toneMatched },
      narrative:
        r.narrativeRule !== null
          ? { ruleId: r.narrativeRule, matched: r.narrativeMatched ?? '' }
          : null,
      saysRepeated: r.saysRepeated === 1,
      machineSuggested: true,
    },
    sourceLabels: { action: r.sourceAction, issues: issues.map((i) => i.issue) },
    earlier,
  };
}

export interface ListedUprRecommendation {
  id: number;
  sur: string;
  from: string[];
  cycle: number;
  session: number | null;
  response: string;
  responseRaw: string | null;
  text: string;
  paragraph: string | null;
  reportSymbol: string | null;
  source: SourceRef;
}

/** The recommendations behind a figure (its evidence ids), each with its source, a page at a time. */
export async function uprRecommendationList(
  db: Kysely<Database>,
  ids: readonly number[],
  page = 1,
  pageSize = 50,
): Promise<{
  /** how many of the ids are stored */
  total: number;
  page: number;
  pageSize: number;
  items: ListedUprRecommendation[];
  /** ids asked for that are not stored (a stale link, a typo) */
  missing: number[];
}> {
  const wanted = [...new Set(ids)].sort((a, b) => a - b);
  const found: number[] = [];
  // in chunks: a list may hold thousands of ids, more than some drivers bind in one statement
  for (let i = 0; i < wanted.length; i += 1000) {
    const chunk = wanted.slice(i, i + 1000);
    const rows = await db
      .selectFrom('uprRecommendations')
      .select('id')
      .where('id', 'in', chunk)
      .execute();
    for (const r of rows) found.push(r.id);
  }
  found.sort((a, b) => a - b);
  const stored = new Set(found);
  const missing = wanted.filter((id) => !stored.has(id));
  const slice = found.slice((page - 1) * pageSize, page * pageSize);
  if (slice.length === 0) return { total: found.length, page, pageSize, items: [], missing };
  const [rows, states] = await Promise.all([
    db
      .selectFrom('uprRecommendations as r')
      .innerJoin('sourceDocuments as d', 'd.id', 'r.documentId')
      .select([
        'r.id',
        'r.sur',
        'r.cycle',
        'r.session',
        'r.response',
        'r.responseRaw',
        'r.text',
        'r.paragraph',
        'r.reportSymbol',
        'r.documentId',
        'r.line',
        ...DOCUMENT_COLUMNS,
      ])
      .where('r.id', 'in', slice)
      .orderBy('r.id')
      .execute(),
    db
      .selectFrom('uprRecommendationStates')
      .select(['recommendationId', 'state'])
      .where('recommendationId', 'in', slice)
      .orderBy('recommendationId')
      .orderBy('position')
      .execute(),
  ]);
  return {
    total: found.length,
    page,
    pageSize,
    missing,
    items: rows.map((r) => ({
      id: r.id,
      sur: r.sur,
      from: states.filter((s) => s.recommendationId === r.id).map((s) => s.state),
      cycle: r.cycle,
      session: r.session,
      response: r.response,
      responseRaw: r.responseRaw,
      text: r.text,
      paragraph: r.paragraph,
      reportSymbol: r.reportSymbol,
      source: sourceRef({ ...r, date: null }, r.text),
    })),
  };
}
