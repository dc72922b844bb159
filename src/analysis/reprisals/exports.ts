import { REPRISAL_CASE_FIELDS, type ReprisalCase } from '../../domain/reprisals.js';
import { can, type Role } from '../../security/policies.js';
import { exportCasesCsv } from '../../sources/reprisals/registry-csv.js';
import { CASE_ENTITY } from '../../store/reprisals/cases.js';
import { toCsv } from '../csv.js';
import { DEFAULT_THRESHOLD, type Count, type Figure } from './figure.js';
import type { reprisalFigures } from './views.js';

/*
 * Downloads of the registry, per role: what `groundpass reprisals export` writes and what
 * /api/v1/reprisals/cases.csv|json and stats.csv answer, built in one place so the command line
 * and the API cannot disagree about which columns a role gets.
 *
 * A cases export holds only the columns the role may read (the policy, not the data, decides: a
 * column is left out even when every case has it empty, so the header alone says nothing about a
 * confidential value). The CSV is the registry CSV (src/sources/reprisals/registry-csv.ts), so an
 * editor's export edited in a spreadsheet goes back through `import reprisals` with its diff; an
 * export of fewer columns goes back too, and the columns it lacks are "not edited", never emptied.
 */

export type ExportFormat = 'csv' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json'];

type Field = keyof ReprisalCase;

/** The case fields `role` may read, in schema order: the columns of its export. */
export function exportFieldsFor(role: Role): Field[] {
  return REPRISAL_CASE_FIELDS.filter((f) => can(role, 'read', CASE_ENTITY, f));
}

export interface ExportFile {
  /** the body, without a byte-order mark (the caller adds it for a CSV file or download) */
  body: string;
  mediaType: string;
  fileName: string;
}

/** `shown` are the cases already projected for `role` (views.ts `casesSeenBy`). */
export function casesExport(
  shown: readonly Partial<ReprisalCase>[],
  role: Role,
  country: string,
  format: ExportFormat,
): ExportFile {
  const fields = exportFieldsFor(role);
  // projected again: whatever the caller passed, no column beyond the role's leaves this function
  const rows = shown.map((c) =>
    Object.fromEntries(fields.filter((f) => f in c).map((f) => [f, c[f]])),
  ) as Partial<ReprisalCase>[];
  const base = `reprisals-cases-${country}-${role}`;
  return format === 'csv'
    ? {
        body: exportCasesCsv(rows, fields),
        mediaType: 'text/csv; charset=utf-8',
        fileName: `${base}.csv`,
      }
    : {
        body: `${JSON.stringify({ role, country, fields, items: rows }, null, 2)}\n`,
        mediaType: 'application/json; charset=utf-8',
        fileName: `${base}.json`,
      };
}

type Figures = ReturnType<typeof reprisalFigures>;

export const FIGURES_CSV_HEADER = ['country', 'audience', 'figure', 'key', 'count', 'share'];

/** A count as a cell: the number, or the suppression label ("fewer than 3") with no share. */
function countCells(v: Count): [string | number, string] {
  return v.kind === 'suppressed'
    ? [v.label, '']
    : [v.count, v.share === null ? '' : v.share.toFixed(4)];
}

function figureRows<K>(
  country: string,
  audience: string,
  name: string,
  figure: Figure<K>,
  keyOf: (k: K) => string,
): (string | number)[][] {
  return [
    ...figure.cells.map((c) => [country, audience, name, keyOf(c.key), ...countCells(c.value)]),
    [country, audience, name, 'total', ...countCells(figure.total)],
  ];
}

/**
 * The number of cases reported again, as a count: for the public audience a number under the
 * threshold reads "fewer than 3" like every other cell of the file (a count of one case is a
 * person a reader could look for in the reports).
 */
function reportedAgainCount(figures: Figures): Count {
  const shown = figures.reportedAgain;
  if (Array.isArray(shown)) return { kind: 'count', count: shown.length, share: null };
  return shown.cases === null
    ? { kind: 'suppressed', label: shown.suppressed ?? `fewer than ${DEFAULT_THRESHOLD}` }
    : { kind: 'count', count: shown.cases, share: null };
}

/**
 * The figures as one CSV: a row per cell and a total per figure. Suppressed cells read "fewer
 * than 3" in the count column, with no share; the evidence (case ids) is never in the CSV, so a
 * public file holds nothing a reader could join back to a person.
 */
export function figuresCsv(country: string, figures: Figures): string {
  const a = figures.audience;
  const rows = [
    ...figureRows(country, a, 'byYear', figures.byYear, (k) => String(k.year)),
    ...figureRows(country, a, 'newVsFollowUp', figures.newVsFollowUp, (k) => `${k.year} ${k.kind}`),
    ...Object.entries(figures.shares).flatMap(([dimension, figure]) =>
      figureRows(country, a, `share:${dimension}`, figure, (k) => k.value),
    ),
    [country, a, 'reportedAgain', 'cases', ...countCells(reportedAgainCount(figures))],
  ];
  return toCsv(FIGURES_CSV_HEADER, rows);
}

export function figuresExport(
  role: Role,
  country: string,
  figures: Figures,
  format: ExportFormat,
): ExportFile {
  const base = `reprisals-stats-${country}-${role}`;
  return format === 'csv'
    ? {
        body: figuresCsv(country, figures),
        mediaType: 'text/csv; charset=utf-8',
        fileName: `${base}.csv`,
      }
    : {
        body: `${JSON.stringify({ role, country, ...figures }, null, 2)}\n`,
        mediaType: 'application/json; charset=utf-8',
        fileName: `${base}.json`,
      };
}
