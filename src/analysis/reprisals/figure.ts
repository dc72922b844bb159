import type { Appearance, ReprisalCase } from '../../domain/reprisals.js';

/**
 * The shape of every reprisals figure: cells with a count (or "fewer than N"), each with its
 * evidence, the case ids and the report paragraphs behind it (DESIGN §4).
 *
 * Public output never lets a reader single out a person (issue 12): a cell below the threshold
 * (default 3, and above zero) shows "fewer than 3" with neither its number, its share nor its
 * evidence (a list of ids would give the number away). When a breakdown's total is shown and only
 * one of its cells is suppressed, the next smallest cell is suppressed too, since the hidden
 * number would otherwise follow by subtraction.
 */

export const DEFAULT_THRESHOLD = 3;

export interface FigureOptions {
  /** 'public' suppresses small cells; 'internal' (logged-in roles) shows every number */
  audience: 'public' | 'internal';
  threshold?: number;
}

export interface AppearanceRef {
  caseId: string;
  symbol: string;
  annex: Appearance['annex'];
  paragraph: string | null;
  kind: Appearance['kind'];
}

/** A case's evidence resolved to its sources: its id and the report paragraphs behind a number. */
export interface ReprisalEvidence {
  kind: 'reprisal-case';
  caseIds: string[];
  appearances: AppearanceRef[];
}

/**
 * The records behind a figure, listed once: the case ids of every number shown (sorted). A cell
 * names its cases by their index in this list, so a case counted in several cells is written once
 * (before, each cell repeated its cases and their paragraphs: 468 KB for 147 cases). The cases'
 * sources (report, annex, paragraph) are in `EvidenceSources`, once per answer.
 *
 * `withheld`: some cells were suppressed, and their cases are left out of the list unless a shown
 * cell counts them too. Listing every case behind the total would give a suppressed cell's cases
 * away by subtraction (and a case id names its report year and State). The total's evidence is
 * then `reports`: the reports (and annexes) that mention the cases counted, which name no case and
 * say no more than the cells' keys do (only then: otherwise the cases listed are the evidence).
 */
export interface FigureEvidence {
  kind: 'reprisal-case';
  caseIds: string[];
  withheld: boolean;
  /** when withheld: every report and annex mentioning a case of the total, in symbol order */
  reports?: { symbol: string; annex: Appearance['annex'] }[];
}

export type Count =
  { kind: 'count'; count: number; share: number | null } | { kind: 'suppressed'; label: string };

export interface Cell<K> {
  key: K;
  value: Count;
  /** indexes into the figure's `evidence.caseIds`; null for a suppressed cell */
  evidence: number[] | null;
}

export interface Figure<K> {
  cells: Cell<K>[];
  total: Count;
  /** the records behind the shown numbers; null when the total itself is suppressed */
  evidence: FigureEvidence | null;
  /** the threshold applied, or null when nothing was suppressed by design (internal audience) */
  threshold: number | null;
}

/** Where a case is reported: one entry per appearance, in the order the case holds them. */
export interface EvidenceSource {
  symbol: string;
  year: number;
  annex: Appearance['annex'];
  paragraph: string | null;
  kind: Appearance['kind'];
}

/** The sources of every case a set of figures names, by case id (once per answer). */
export type EvidenceSources = Record<string, EvidenceSource[]>;

export interface RawCell<K> {
  key: K;
  cases: ReprisalCase[];
}

const idsOf = (cases: readonly ReprisalCase[]) => [...new Set(cases.map((c) => c.caseId))].sort();

/**
 * Counts, shares against `denominator`, evidence, then suppression for the public. `denominator`
 * is the number of cases in scope (a case counts once in each cell it falls in, so the shares of a
 * multi-valued breakdown such as acts may add up to more than 100 %).
 */
export function buildFigure<K>(
  raw: RawCell<K>[],
  scope: readonly ReprisalCase[],
  options: FigureOptions,
): Figure<K> {
  const denominator = new Set(scope.map((c) => c.caseId)).size;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const isPublic = options.audience === 'public';
  const counted = raw.map((r) => ({ key: r.key, ids: idsOf(r.cases) }));
  const small = (n: number) => isPublic && n > 0 && n < threshold;
  const hidden = new Set(counted.filter((c) => small(c.ids.length)).map((c) => c.key));
  const totalHidden = small(denominator);
  if (isPublic && !totalHidden && hidden.size === 1) {
    // one hidden cell beside a shown total is a subtraction away: hide the next smallest too
    const next = counted
      .filter((c) => !hidden.has(c.key) && c.ids.length > 0)
      .sort((a, b) => a.ids.length - b.ids.length)[0];
    if (next) hidden.add(next.key);
  }
  // the evidence list: every case of the scope, but those only a suppressed cell counts
  const shownIds = new Set(counted.filter((c) => !hidden.has(c.key)).flatMap((c) => c.ids));
  const caseIds = idsOf(scope).filter((id) => hidden.size === 0 || shownIds.has(id));
  const index = new Map(caseIds.map((id, i) => [id, i]));
  const suppressed: Count = { kind: 'suppressed', label: `fewer than ${threshold}` };
  const cells: Cell<K>[] = counted.map((c) =>
    hidden.has(c.key) || totalHidden
      ? { key: c.key, value: suppressed, evidence: null }
      : {
          key: c.key,
          value: {
            kind: 'count',
            count: c.ids.length,
            share: denominator > 0 ? c.ids.length / denominator : null,
          },
          evidence: c.ids.map((id) => index.get(id)!),
        },
  );
  return {
    cells,
    total: totalHidden
      ? suppressed
      : { kind: 'count', count: denominator, share: denominator > 0 ? 1 : null },
    evidence: totalHidden
      ? null
      : hidden.size > 0
        ? { kind: 'reprisal-case', caseIds, withheld: true, reports: reportsOf(scope) }
        : { kind: 'reprisal-case', caseIds, withheld: false },
    threshold: isPublic ? threshold : null,
  };
}

type ReportRef = NonNullable<FigureEvidence['reports']>[number];

function reportsOf(cases: readonly ReprisalCase[]): ReportRef[] {
  const seen = new Map<string, ReportRef>();
  for (const c of cases)
    for (const a of c.appearances)
      seen.set(`${a.symbol}\u0000${a.annex ?? ''}`, { symbol: a.symbol, annex: a.annex });
  return [...seen.values()].sort(
    (a, b) => a.symbol.localeCompare(b.symbol) || (a.annex ?? '').localeCompare(b.annex ?? ''),
  );
}

/** The case ids a cell counts (none for a suppressed cell). */
export function cellCaseIds<K>(figure: Figure<K>, cell: Cell<K>): string[] {
  const ids = figure.evidence?.caseIds ?? [];
  return (cell.evidence ?? []).map((i) => ids[i]!);
}

/** The sources of the cases the figures name, from the cases they were computed from. */
export function evidenceSources(
  cases: readonly ReprisalCase[],
  figures: readonly Figure<unknown>[],
): EvidenceSources {
  const named = new Set(figures.flatMap((f) => f.evidence?.caseIds ?? []));
  const sources: EvidenceSources = {};
  for (const c of [...cases].sort((a, b) => a.caseId.localeCompare(b.caseId)))
    if (named.has(c.caseId))
      sources[c.caseId] = c.appearances.map((a) => ({
        symbol: a.symbol,
        year: a.year,
        annex: a.annex,
        paragraph: a.paragraph,
        kind: a.kind,
      }));
  return sources;
}

/**
 * Case ids resolved to their sources, `keep` choosing the appearances that make the number (a
 * "new vs follow-up" cell is its cases' appearances in that year's report, of that kind).
 */
export function resolveEvidence(
  caseIds: readonly string[],
  sources: EvidenceSources,
  keep: (s: EvidenceSource) => boolean = () => true,
): ReprisalEvidence {
  const appearances: AppearanceRef[] = [];
  for (const caseId of caseIds)
    for (const s of sources[caseId] ?? [])
      if (keep(s))
        appearances.push({
          caseId,
          symbol: s.symbol,
          annex: s.annex,
          paragraph: s.paragraph,
          kind: s.kind,
        });
  return { kind: 'reprisal-case', caseIds: [...caseIds], appearances };
}

/** Cases grouped by a key (a case may fall under several keys), in first-seen key order. */
export function groupBy<K extends string | number>(
  cases: readonly ReprisalCase[],
  keysOf: (c: ReprisalCase) => readonly K[],
): Map<K, ReprisalCase[]> {
  const groups = new Map<K, ReprisalCase[]>();
  for (const c of cases)
    for (const k of new Set(keysOf(c))) {
      const list = groups.get(k);
      if (list) list.push(c);
      else groups.set(k, [c]);
    }
  return groups;
}
