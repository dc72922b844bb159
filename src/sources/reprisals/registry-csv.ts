import type { ParseProblem } from '../../domain/provenance.js';
import { REPRISAL_CASE_FIELDS, ReprisalCase } from '../../domain/reprisals.js';
import { readCsv } from '../common/csv.js';
import type { ParseResult } from '../common/parse-result.js';
import { problemSink } from '../upr/problems.js';

/**
 * The registry as a CSV for editors: one row per case, one column per field (schema order).
 * Plain values as text; lists of text joined with " | "; yes/no for flags; structured fields
 * (acts, engagements, appearances, responses…) as JSON in their cell, so nothing is lost in the
 * round trip export → edit in a spreadsheet → parse back → diff (registry-diff.ts) → apply.
 *
 * An export may hold only some columns (a role sees only the fields it may read): a column absent
 * from the file means "not edited", never "emptied", so parsing returns each row's values for the
 * columns present only.
 */

type Field = keyof ReprisalCase;
type Kind = 'text' | 'number' | 'flag' | 'list' | 'json';

const KIND: Readonly<Record<Field, Kind>> = {
  caseId: 'text',
  reportYear: 'number',
  country: 'text',
  region: 'text',
  recordType: 'text',
  recordTypeCodedAs: 'text',
  pseudonym: 'text',
  victimName: 'text',
  relatives: 'text',
  contact: 'text',
  gender: 'text',
  genderCodedAs: 'text',
  foreignNational: 'flag',
  minor: 'flag',
  civilServant: 'flag',
  affectedGroups: 'list',
  activity: 'text',
  rightsDefended: 'list',
  priorUnAction: 'json',
  engagements: 'json',
  engagementTypes: 'json',
  trigger: 'text',
  reprisalDates: 'text',
  reprisalLocation: 'text',
  reprisalInformation: 'text',
  acts: 'json',
  perpetrators: 'list',
  basedOnNewLegislation: 'flag',
  generalEnvironmentComment: 'flag',
  governmentResponses: 'json',
  status: 'text',
  appearances: 'json',
  communicationRefs: 'list',
  externalIds: 'json',
  otherFields: 'json',
  review: 'text',
  notes: 'text',
};

/** Cells that are null in the model: empty text, and the optional structured ones. */
const NULLABLE = new Set<Field>(
  (Object.keys(ReprisalCase.shape) as Field[]).filter(
    (f) => ReprisalCase.shape[f].safeParse(null).success,
  ),
);

const LIST_SEPARATOR = ' | ';

/** A leading =, +, -, @ (or tab/CR) is quoted with ' so a spreadsheet does not run it as a formula. */
function guard(s: string): string {
  return /^'*[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}
function unguard(s: string): string {
  return /^'+[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}

function quote(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function encode(field: Field, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (KIND[field]) {
    case 'flag':
      return value ? 'yes' : 'no';
    case 'list':
      return (value as string[]).join(LIST_SEPARATOR);
    case 'json':
      return JSON.stringify(value);
    default:
      return String(value);
  }
}

/** CSV text of the cases, with `fields` as columns (all, in schema order, unless given). */
export function exportCasesCsv(
  cases: readonly Partial<ReprisalCase>[],
  fields: readonly Field[] = REPRISAL_CASE_FIELDS,
): string {
  const lines = [fields.join(',')];
  for (const c of cases) lines.push(fields.map((f) => quote(guard(encode(f, c[f])))).join(','));
  return lines.join('\r\n') + '\r\n';
}

export interface EditedRow {
  line: number;
  caseId: string;
  /** the row's values for the columns the file has, checked against the schema */
  values: Partial<ReprisalCase>;
}

export interface EditedCsv {
  columns: Field[];
  rows: EditedRow[];
}

/** The edited CSV back as values per case; a cell that does not read is a problem naming it. */
export function parseCasesCsv(fileName: string, text: string): ParseResult<EditedCsv> {
  const problems: ParseProblem[] = [];
  const problem = problemSink(fileName, problems);
  const csv = readCsv(text, { file: fileName });
  problems.push(...csv.problems);
  const empty: EditedCsv = { columns: [], rows: [] };
  if (csv.problems.some((p) => p.severity === 'fatal')) return { value: empty, problems };
  const known = new Set<string>(REPRISAL_CASE_FIELDS);
  const header = csv.value.header.map((h) => h.trim());
  for (const h of header)
    if (!known.has(h))
      problem(1, 'unknown-column', `column "${h}" is no field of a case; ignored`, 'warning', h);
  if (!header.includes('caseId')) {
    problem(
      1,
      'no-case-id-column',
      'the CSV has no caseId column: rows cannot be matched to cases',
      'fatal',
      header.join(','),
    );
    return { value: empty, problems };
  }
  const columns = header.filter((h): h is Field => known.has(h));
  const rows: EditedRow[] = [];
  const seen = new Set<string>();
  const idAt = header.indexOf('caseId');
  for (const row of csv.value.rows) {
    if ((row.cells[idAt] ?? '').trim() === '') {
      problem(row.line, 'no-case-id', 'row without caseId; not read', 'warning', row.raw);
      continue;
    }
    const values: Record<string, unknown> = {};
    let ok = true;
    header.forEach((h, i) => {
      if (!known.has(h)) return;
      const field = h as Field;
      const cell = unguard(row.cells[i] ?? '');
      const decoded = decode(field, cell);
      if (decoded.error) {
        problem(row.line, 'bad-cell', `${field}: ${decoded.error}`, 'warning', cell);
        ok = false;
        return;
      }
      const checked = ReprisalCase.shape[field].safeParse(decoded.value);
      if (!checked.success) {
        problem(
          row.line,
          'bad-cell',
          `${field}: ${checked.error.issues[0]?.message ?? 'invalid'}`,
          'warning',
          cell,
        );
        ok = false;
        return;
      }
      values[field] = checked.data;
    });
    if (!ok) continue;
    const caseId = String(values.caseId);
    if (seen.has(caseId)) {
      problem(
        row.line,
        'duplicate-case',
        `${caseId} is on two rows; the second is not read`,
        'warning',
        row.raw,
      );
      continue;
    }
    seen.add(caseId);
    rows.push({ line: row.line, caseId, values: values as Partial<ReprisalCase> });
  }
  return { value: { columns, rows }, problems };
}

function decode(field: Field, cell: string): { value?: unknown; error?: string } {
  const kind = KIND[field];
  if (cell.trim() === '') {
    if (kind === 'list') return { value: [] };
    if (kind === 'json' && !NULLABLE.has(field))
      return {
        value:
          field === 'otherFields'
            ? {}
            : field === 'externalIds'
              ? { uwaziSharedId: null, uwaziUrl: null }
              : [],
      };
    return { value: NULLABLE.has(field) ? null : '' };
  }
  switch (kind) {
    case 'number':
      return /^\d+$/.test(cell.trim())
        ? { value: Number(cell) }
        : { error: `"${cell}" is not a whole number` };
    case 'flag': {
      const t = cell.trim().toLowerCase();
      if (t === 'yes' || t === 'true') return { value: true };
      if (t === 'no' || t === 'false') return { value: false };
      return { error: `"${cell}" is not yes or no` };
    }
    case 'list':
      return {
        value: cell
          .split('|')
          .map((s) => s.trim())
          .filter((s) => s !== ''),
      };
    case 'json':
      try {
        return { value: JSON.parse(cell) as unknown };
      } catch {
        return { error: 'not valid JSON' };
      }
    default:
      return { value: cell };
  }
}
