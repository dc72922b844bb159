/**
 * The JSON of the editors' routes (/api/v1/reprisals/drafts, cases/{id}/edit, links, …) as the
 * editor pages read it; shapes come from the analysis layer as types only (erased at build).
 */

import type {
  CaseForEditing,
  DraftQueueItem,
  FollowUpLinkView,
} from '../../../../analysis/reprisals/editor-views';

import {
  CASE_STATUSES,
  ENGAGEMENT_TYPES,
  GENDERS,
  RECORD_TYPES,
  REPRISAL_ACTS,
  UN_BODIES,
} from '../../../../domain/reprisals-codes';

export type { CaseForEditing, DraftQueueItem, FollowUpLinkView };

export interface DraftsResponse {
  country: string | null;
  total: number;
  page: number;
  pageSize: number;
  items: DraftQueueItem[];
}

export interface LinksResponse {
  country: string | null;
  total: number;
  items: FollowUpLinkView[];
}

export interface WriteAnswer {
  written: 'updated' | 'unchanged';
  version: string;
}

export const EDITOR_PATH = '/reprisals/editor';
export const editorCasePath = (id: string) => `${EDITOR_PATH}/case/${encodeURIComponent(id)}`;

/** The scalar text fields the form corrects, in the order of the case schema. */
export const TEXT_FIELDS = [
  'pseudonym',
  'victimName',
  'relatives',
  'contact',
  'region',
  'activity',
  'trigger',
  'reprisalDates',
  'reprisalLocation',
  'notes',
] as const;

/** Fields chosen from a list. */
export const CHOICE_FIELDS = {
  recordType: RECORD_TYPES,
  gender: ['', ...GENDERS],
  status: CASE_STATUSES,
} as const;

/** Lists of free text (one entry per line in the form). */
export const TEXT_LIST_FIELDS = ['affectedGroups', 'rightsDefended', 'perpetrators'] as const;

/**
 * Lists of vocabulary codes (one checkbox per code), in the order of the domain's enums: the same
 * lists the case schema is built from (reprisals-codes.ts loads no zod into the web bundle).
 */
export const CODE_LIST_FIELDS = {
  acts: REPRISAL_ACTS,
  engagements: UN_BODIES,
  engagementTypes: ENGAGEMENT_TYPES,
} as const;
export type CodeListField = keyof typeof CODE_LIST_FIELDS;

/** Yes, no, or not known (null). */
export const FLAG_FIELDS = [
  'foreignNational',
  'minor',
  'civilServant',
  'basedOnNewLegislation',
  'generalEnvironmentComment',
] as const;

/**
 * The form's values: a string per text, choice or flag ('yes', 'no', '' for not known) and per
 * text list (its lines); the codes ticked per code list.
 */
export type FormValues = Record<string, string | readonly string[]>;

/** A field's value as text ('' for a code list, which has none). */
export const textOf = (values: FormValues, field: string): string => {
  const v = values[field];
  return typeof v === 'string' ? v : '';
};

/** A code list's ticked codes. */
export const codesOf = (values: FormValues, field: CodeListField): readonly string[] => {
  const v = values[field];
  return Array.isArray(v) ? (v as readonly string[]) : [];
};

interface Coded {
  code?: string;
  body?: string;
}
const codeOf = (entry: unknown): string | null => {
  const e = entry as Coded | null;
  return e?.code ?? e?.body ?? null;
};
const listOf = (v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[]) : []);

/** The form's values of a case (null as the empty string). */
export function formValues(c: Record<string, unknown>): FormValues {
  const out: FormValues = {};
  for (const f of [...TEXT_FIELDS, 'reprisalInformation', ...Object.keys(CHOICE_FIELDS)]) {
    const v = c[f];
    out[f] = typeof v === 'string' ? v : '';
  }
  for (const f of TEXT_LIST_FIELDS)
    out[f] = listOf(c[f])
      .filter((v): v is string => typeof v === 'string')
      .join('\n');
  for (const f of Object.keys(CODE_LIST_FIELDS))
    out[f] = listOf(c[f]).flatMap((e) => {
      const code = codeOf(e);
      return code === null ? [] : [code];
    });
  for (const f of FLAG_FIELDS) out[f] = c[f] === true ? 'yes' : c[f] === false ? 'no' : '';
  return out;
}

/** A text list's entries: one per non-empty line, trimmed. */
export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);
const sameSet = (a: readonly string[], b: readonly string[]) =>
  sameList([...a].sort(), [...b].sort());

/**
 * A code list as the case schema holds it. A code the case had keeps the label it was coded as
 * (and an engagement its dates), so unticking another code loses nothing of the source's wording;
 * a code an editor adds is coded as itself.
 */
function codedEntries(field: CodeListField, codes: readonly string[], original: unknown) {
  const before = new Map(listOf(original).map((e) => [codeOf(e), e] as const));
  return codes.map((code) => {
    const kept = before.get(code);
    if (kept !== undefined) return kept;
    return field === 'engagements'
      ? { body: code, bodyCodedAs: code, dates: null }
      : { code, codedAs: code };
  });
}

/**
 * The fields an editor changed, as the PATCH body's `fields`: an emptied optional field is null;
 * the pseudonym and the choices that cannot be empty are sent as typed (the server validates). A
 * list is sent whole when its entries changed (a code list: when the set of codes changed, not
 * the order they were ticked in); a flag as true, false or null.
 */
export function changedFields(
  before: FormValues,
  after: FormValues,
  original: Record<string, unknown> = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(after)) {
    if (field in CODE_LIST_FIELDS) {
      const f = field as CodeListField;
      const codes = codesOf(after, f);
      if (!sameSet(codes, codesOf(before, f))) out[f] = codedEntries(f, codes, original[f]);
      continue;
    }
    if (typeof value !== 'string' || value === before[field]) continue;
    if ((TEXT_LIST_FIELDS as readonly string[]).includes(field)) {
      const entries = linesOf(value);
      if (!sameList(entries, linesOf(textOf(before, field)))) out[field] = entries;
      continue;
    }
    if ((FLAG_FIELDS as readonly string[]).includes(field)) {
      out[field] = value === 'yes' ? true : value === 'no' ? false : null;
      continue;
    }
    const required = field === 'pseudonym' || field === 'recordType' || field === 'status';
    out[field] = value === '' && !required ? null : value;
  }
  return out;
}
