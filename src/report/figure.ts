import type { Evidence } from '../analysis/evidence.js';
import type { EvidenceKind, EvidenceResolver } from './evidence.js';
import type {
  EvidenceRecord,
  Figure,
  FigureUnit,
  LocalText,
  MechanismId,
  PreviousValue,
  Section,
} from './types.js';

/*
 * Helpers every section uses to make its figures, so that all figures are shaped alike: evidence
 * resolved to located records, the reproducing command, the comparison with the previous period.
 */

/**
 * At most this many records are listed under one figure (their count is always given in full):
 * a mechanism edition's figure can rest on thousands of records, which its command lists anyway.
 */
export const MAX_RECORDS_PER_FIGURE = 2000;

export interface FigureEvidence {
  kind: string;
  count: number;
  records: EvidenceRecord[];
}

/** Resolves ids to located records, keeping the full count when the list is cut. */
export async function resolveEvidence(
  resolver: EvidenceResolver,
  evidence: Evidence | { kind: EvidenceKind; ids: readonly number[] },
): Promise<FigureEvidence> {
  const ids = [...new Set(evidence.ids)].sort((a, b) => a - b);
  return {
    kind: evidence.kind,
    count: ids.length,
    records: await resolver.resolve(evidence.kind, ids.slice(0, MAX_RECORDS_PER_FIGURE)),
  };
}

export interface FigureInput {
  id: string;
  label: LocalText;
  value: number | null;
  unit: FigureUnit;
  text: LocalText;
  evidence: FigureEvidence;
  command: string;
  jq: string;
  previous?: PreviousValue | null;
}

export function makeFigure(input: FigureInput): Figure {
  return { ...input, previous: input.previous ?? null };
}

/** The comparison with the previous period; no change is computed across units. */
export function previousValue(
  value: number | null,
  previous: number | null,
  period: LocalText,
  incomparable: LocalText | null = null,
): PreviousValue {
  return {
    period,
    value: previous,
    change: value === null || previous === null || incomparable ? null : value - previous,
    incomparable,
  };
}

export function emptySection(id: MechanismId, title: LocalText): Section {
  return {
    id,
    title,
    status: 'ok',
    noData: null,
    intro: null,
    figures: [],
    tables: [],
    charts: [],
    newRecords: [],
    method: [],
  };
}

/** A section with nothing to show says so (issue 13: "instead of disappearing"). */
export function noDataSection(id: MechanismId, title: LocalText, reason: LocalText): Section {
  return { ...emptySection(id, title), status: 'no-data', noData: reason };
}

/** A share as the report prints it: one decimal, "18.2%". */
export function pct(share: number | null): string {
  return share === null ? '–' : `${(share * 100).toFixed(1)}%`;
}

/** A number as the report prints it: thousands grouped the same way in both languages. */
export function num(n: number | null, digits = 0): string {
  if (n === null) return '–';
  const fixed = n.toFixed(digits);
  const [int, frac] = fixed.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}
