import type { ParseProblem } from '../../domain/provenance.js';
import type { ParseResult } from '../common/parse-result.js';
import { problemSink } from '../upr/problems.js';
import type { CodedField, CodedRecord } from './coded-record.js';

/**
 * Entities as Uwazi's public API returns them (`GET /api/search?...` → `{ rows: [entity…],
 * totalRows }`; `/api/entities` → `{ rows }`; a single entity or a bare array are read too).
 * An entity is `{ _id, sharedId, title, template, language, published, creationDate,
 * metadata: { <property name>: [ { value, label?, parent? } … ] } }` (HURIDOCS' Uwazi, the
 * platform behind ISHR's End Reprisals database). Property names follow Uwazi's `safeName` of the
 * template's labels; values by property type:
 * - text, markdown, generatedid: `{ value: "…" }`
 * - select, multiselect: `{ value: <thesaurus id>, label: "Female" }`; a nested thesaurus adds
 *   `parent: { value, label }`, printed "Parent: Item" as the public pages do
 * - date, multidate: `{ value: <seconds since 1970> }`; daterange: `{ value: { from, to } }`
 * - geolocation: `{ value: { lat, lon, label? } }`; link: `{ value: { label, url } }`
 * - relationship: `{ value: <sharedId>, label: <title>, inheritedValue?: [ … ] }`
 */
export function parseUwaziEntities(fileName: string, text: string): ParseResult<CodedRecord[]> {
  const problems: ParseProblem[] = [];
  const problem = problemSink(fileName, problems);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problem(1, 'not-json', `not JSON: ${(error as Error).message.slice(0, 120)}`, 'fatal');
    return { value: [], problems };
  }
  const rows = Array.isArray(json)
    ? json
    : isObject(json) && Array.isArray(json.rows)
      ? json.rows
      : isObject(json) && 'metadata' in json
        ? [json]
        : null;
  if (rows === null) {
    problem(
      1,
      'not-uwazi',
      'not Uwazi entities: expected { rows: [...] }, a list or one entity',
      'fatal',
    );
    return { value: [], problems };
  }
  const records: CodedRecord[] = [];
  rows.forEach((row: unknown, index: number) => {
    const position = index + 1;
    if (!isObject(row) || typeof row.title !== 'string' || typeof row.sharedId !== 'string') {
      problem(
        position,
        'entity-shape',
        `entity ${position}: no title or sharedId; not read`,
        'warning',
        JSON.stringify(row),
      );
      return;
    }
    const fields: CodedField[] = [];
    const metadata = isObject(row.metadata) ? row.metadata : {};
    for (const [name, raw] of Object.entries(metadata)) {
      const values = Array.isArray(raw) ? raw.flatMap((v) => printedValues(v)) : printedValues(raw);
      if (values.length > 0) fields.push({ label: name, values, line: position });
    }
    records.push({
      sharedId: row.sharedId,
      url: null,
      title: row.title,
      template: typeof row.template === 'string' ? row.template : null,
      language: typeof row.language === 'string' ? row.language : null,
      fields,
      line: position,
    });
  });
  return { value: records, problems };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A metadata value as the public page prints it. */
function printedValues(entry: unknown): string[] {
  if (!isObject(entry)) return entry === null || entry === undefined ? [] : [String(entry)];
  const { value, label, parent } = entry;
  if (typeof label === 'string' && label !== '') {
    const parentLabel = isObject(parent) && typeof parent.label === 'string' ? parent.label : null;
    return [parentLabel ? `${parentLabel}: ${label}` : label];
  }
  if (typeof value === 'string') return value.trim() === '' ? [] : [value];
  if (typeof value === 'number') return [dateOrNumber(value)];
  if (typeof value === 'boolean') return [value ? 'Yes' : 'No'];
  if (isObject(value)) {
    if ('from' in value || 'to' in value) {
      const end = (v: unknown) => (typeof v === 'number' ? dateOrNumber(v) : '');
      return [`${end(value.from)} – ${end(value.to)}`.trim()];
    }
    if ('lat' in value && 'lon' in value)
      return [`Latitude: ${String(value.lat)}`, `Longitude: ${String(value.lon)}`];
    if (typeof value.url === 'string')
      return [
        typeof value.label === 'string' && value.label
          ? `${value.label} <${value.url}>`
          : value.url,
      ];
  }
  return value === null || value === undefined ? [] : [JSON.stringify(value)];
}

/** Uwazi keeps dates as seconds since 1970 (UTC midnight); smaller numbers are plain numbers. */
function dateOrNumber(n: number): string {
  if (Math.abs(n) < 1e8) return String(n);
  const d = new Date(n * 1000);
  return Number.isNaN(d.getTime()) ? String(n) : d.toISOString().slice(0, 10);
}
