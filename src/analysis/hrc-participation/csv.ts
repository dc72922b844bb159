/**
 * The participation figures as CSV, the same from the CLI (`--csv`) and the API (`….csv`), as the
 * other modules export theirs. Every row keeps its evidence: the ids of the statements (and
 * speaker counts) behind it and where each is printed, "document:line" with the document's UN
 * symbol when it has one, else its file name. The JSON figures are the reference: each CSV is a
 * flat reading of one of them (tested by parsing the CSV back).
 */
import type { ClustersWithSources } from '../participation/clusters-view.js';
import type { Store } from '../../store/open-store.js';
import { toCsv } from '../csv.js';
import type { PointsOfOrderFigure } from './points-of-order.js';
import type { ParticipationEvidence, ShareRow } from './share.js';
import type { UprAdoptionFigure } from './upr-adoption.js';
import { shareView, uprAdoptionView, type ParticipationShareView } from './views.js';

/** Where each statement and speaker count of a figure is printed ("A/HRC/55/2:15"). */
export interface Citations {
  statements: ReadonlyMap<number, string>;
  tallies: ReadonlyMap<number, string>;
}

const ids = (evidence: readonly ParticipationEvidence[], kind: ParticipationEvidence['kind']) =>
  evidence.filter((e) => e.kind === kind).flatMap((e) => e.ids);

/** The evidence of a row as three cells: statement ids, speaker-count ids, their places. */
function evidenceCells(evidence: readonly ParticipationEvidence[], cited: Citations): string[] {
  const statements = ids(evidence, 'hrc-statement');
  const tallies = ids(evidence, 'hrc-speaker-tally');
  const places = [
    ...statements.map((id) => cited.statements.get(id)),
    ...tallies.map((id) => cited.tallies.get(id)),
  ].filter((p): p is string => p !== undefined);
  return [statements.join(' '), tallies.join(' '), [...new Set(places)].join('; ')];
}

export const SHARE_CSV_HEADER = [
  'figure',
  'session',
  'key',
  'label',
  'agenda_item',
  'debate',
  'year',
  'base_year',
  'classification_filter',
  'slots',
  'named_slots',
  'unnamed_slots',
  'share',
  'ratio',
  'statement_ids',
  'tally_ids',
  'sources',
] as const;

/**
 * The share figure in one table, one row per figure row, `figure` saying which: `total`, `item`
 * (per agenda item or debate), `organization`, `classification`, `linked_state`, `year` (growth).
 * Shares and ratios unrounded, as in the JSON.
 */
export function shareCsv(figure: ParticipationShareView, cited: Citations): string {
  const session = figure.session;
  const { baseYear, classification } = figure.growth;
  const shareRow = (name: string) => (r: ShareRow) => [
    name,
    session,
    r.key,
    r.label,
    null,
    null,
    null,
    null,
    null,
    r.slots,
    null,
    null,
    r.share,
    null,
    ...evidenceCells(r.evidence, cited),
  ];
  return toCsv(SHARE_CSV_HEADER, [
    [
      'total',
      session,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      figure.totalSlots,
      figure.namedSlots,
      figure.unnamedSlots,
      null,
      null,
      ...evidenceCells(figure.evidence, cited),
    ],
    ...figure.byItem.map((r) => [
      'item',
      session,
      null,
      null,
      r.agendaItem,
      r.debate,
      null,
      null,
      null,
      r.slots,
      r.namedSlots,
      r.unnamedSlots,
      null,
      null,
      ...evidenceCells(r.evidence, cited),
    ]),
    ...figure.byOrganization.map(shareRow('organization')),
    ...(figure.byClassification ?? []).map(shareRow('classification')),
    ...(figure.byLinkedState ?? []).map(shareRow('linked_state')),
    ...figure.growth.years.map((r) => [
      'year',
      null,
      null,
      null,
      null,
      null,
      r.year,
      baseYear,
      classification,
      r.slots,
      null,
      null,
      null,
      r.ratio,
      ...evidenceCells(r.evidence, cited),
    ]),
  ]);
}

export const POINTS_OF_ORDER_CSV_HEADER = [
  'id',
  'session',
  'date',
  'year',
  'agenda_item',
  'debate',
  'raised_by',
  'raised_by_as_printed',
  'target_speaker',
  'target_organization',
  'outcome',
  'ruling',
  'document',
  'symbol',
  'line',
  'ruling_line',
  'url',
  'moment_url',
  'also_in',
  'passage',
] as const;

/** One row per point of order (the figure's items, the filters applied), with its citation. */
export function pointsOfOrderCsv(figure: PointsOfOrderFigure): string {
  return toCsv(
    POINTS_OF_ORDER_CSV_HEADER,
    figure.items.map((i) => [
      i.id,
      i.session,
      i.date,
      i.year,
      i.agendaItem,
      i.debate,
      i.raisedBy,
      i.raisedByAsPrinted,
      i.targetSpeaker,
      i.targetOrganization,
      i.outcome,
      i.ruling,
      i.citation.file,
      i.citation.symbol,
      i.citation.line,
      i.citation.rulingLine,
      i.citation.url,
      i.citation.momentUrl,
      i.alsoIn,
      i.citation.passage,
    ]),
  );
}

export const UPR_ADOPTION_CSV_HEADER = [
  'state',
  'session',
  'date',
  'printed_as',
  'speaker',
  'speaker_kind',
  'speaker_state',
  'organization_id',
  'classification',
  'statement_ids',
  'sources',
] as const;

/** One row per speaker per adoption of the State's UPR outcome, with where each spoke. */
export function uprAdoptionCsv(figure: UprAdoptionFigure, cited: Citations): string {
  return toCsv(
    UPR_ADOPTION_CSV_HEADER,
    figure.adoptions.flatMap((a) =>
      a.speakers.map((s) => [
        figure.state,
        a.session,
        a.date,
        a.printedAs,
        s.speaker,
        s.speakerKind,
        s.state,
        s.organizationId,
        s.classification,
        s.statementIds.join(' '),
        s.statementIds
          .map((id) => cited.statements.get(id))
          .filter((p) => p !== undefined)
          .join('; '),
      ]),
    ),
  );
}

const place = (r: { symbol: string | null; fileName: string; line: number }) =>
  `${r.symbol ?? r.fileName}:${r.line}`;

/** Where the given statements and speaker counts are printed, read from the store. */
export async function citationsOf(
  store: Store,
  statementIds: readonly number[],
  tallyIds: readonly number[] = [],
): Promise<Citations> {
  const statements = new Map<number, string>();
  const tallies = new Map<number, string>();
  const chunks = <T>(xs: readonly T[]) =>
    Array.from({ length: Math.ceil(xs.length / 5000) }, (_, i) =>
      xs.slice(i * 5000, i * 5000 + 5000),
    );
  for (const part of chunks([...new Set(statementIds)]))
    for (const r of await store.db
      .selectFrom('hrcStatements as s')
      .innerJoin('sourceDocuments as d', 'd.id', 's.documentId')
      .select(['s.id', 's.line', 'd.symbol', 'd.fileName'])
      .where('s.id', 'in', part)
      .execute())
      statements.set(r.id, place(r));
  for (const part of chunks([...new Set(tallyIds)]))
    for (const r of await store.db
      .selectFrom('hrcSpeakerTallies as t')
      .innerJoin('sourceDocuments as d', 'd.id', 't.documentId')
      .select(['t.id', 't.line', 'd.symbol', 'd.fileName'])
      .where('t.id', 'in', part)
      .execute())
      tallies.set(r.id, place(r));
  return { statements, tallies };
}

/** Every evidence id of a share figure, by kind, to cite them all at once. */
export function shareEvidenceIds(figure: ParticipationShareView): {
  statements: number[];
  tallies: number[];
} {
  const all = [
    figure.evidence,
    ...figure.byItem.map((r) => r.evidence),
    ...figure.byOrganization.map((r) => r.evidence),
    ...(figure.byClassification ?? []).map((r) => r.evidence),
    ...(figure.byLinkedState ?? []).map((r) => r.evidence),
    ...figure.growth.years.map((r) => r.evidence),
  ].flat();
  return { statements: ids(all, 'hrc-statement'), tallies: ids(all, 'hrc-speaker-tally') };
}

/** The share figure and its CSV, with every evidence id cited (what `share.csv` and `--csv` give). */
export async function shareCsvFor(
  store: Store,
  options: Parameters<typeof shareView>[1],
): Promise<string> {
  const figure = await shareView(store, options);
  const { statements, tallies } = shareEvidenceIds(figure);
  return shareCsv(figure, await citationsOf(store, statements, tallies));
}

/** The UPR-adoption figure of a State as CSV, each speaker's statements cited. */
export async function uprAdoptionCsvFor(store: Store, state: string): Promise<string> {
  const figure = await uprAdoptionView(store, state);
  const statementIds = figure.adoptions.flatMap((a) => a.speakers.flatMap((s) => s.statementIds));
  return uprAdoptionCsv(figure, await citationsOf(store, statementIds));
}

export const CLUSTERS_CSV_HEADER = [
  'cluster',
  'similarity_min',
  'similarity_max',
  'statement_id',
  'organization',
  'session',
  'date',
  'agenda_item',
  'debate',
  'document',
  'symbol',
  'line',
  'moment_url',
  'shared_passages',
  'text',
] as const;

/**
 * One row per member of each cluster of near-duplicate statements (cluster numbered from 1 in the
 * JSON's order), with where the member was said, the passages it shares with the others (" | "
 * between passages) and its own words.
 */
export function clustersCsv(view: ClustersWithSources): string {
  return toCsv(
    CLUSTERS_CSV_HEADER,
    view.clusters.flatMap((c, i) =>
      c.members.map((m) => {
        const source = view.members[m.id];
        return [
          i + 1,
          c.similarity.min,
          c.similarity.max,
          m.id,
          m.organization,
          m.session,
          source?.date,
          source?.agendaItem,
          source?.debate,
          source?.sourceFile,
          source?.sourceSymbol,
          source?.line,
          source?.momentUrl,
          c.passages
            .filter((p) => p.memberIds.includes(m.id))
            .map((p) => p.text)
            .join(' | '),
          source?.text,
        ];
      }),
    ),
  );
}
