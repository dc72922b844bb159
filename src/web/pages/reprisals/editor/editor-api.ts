/**
 * The JSON of the editors' routes (/api/v1/reprisals/drafts, cases/{id}/edit, links, …) as the
 * editor pages read it; shapes come from the analysis layer as types only (erased at build).
 */

import type {
  CaseForEditing,
  DraftQueueItem,
  FollowUpLinkView,
} from '../../../../analysis/reprisals/editor-views';

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
  recordType: [
    'named-individual',
    'unnamed-individual',
    'group',
    'organisation',
    'general-situation',
  ],
  gender: ['', 'female', 'male', 'mixed', 'unclear'],
  status: ['unresolved', 'resolved', 'unknown'],
} as const;

export type FormValues = Record<string, string>;

/** The form's values of a case (null as the empty string). */
export function formValues(c: Record<string, unknown>): FormValues {
  const out: FormValues = {};
  for (const f of [...TEXT_FIELDS, 'reprisalInformation', ...Object.keys(CHOICE_FIELDS)]) {
    const v = c[f];
    out[f] = typeof v === 'string' ? v : '';
  }
  return out;
}

/**
 * The fields an editor changed, as the PATCH body's `fields`: an emptied optional field is null;
 * the pseudonym and the choices that cannot be empty are sent as typed (the server validates).
 */
export function changedFields(
  before: FormValues,
  after: FormValues,
): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [field, value] of Object.entries(after)) {
    if (value === before[field]) continue;
    const required = field === 'pseudonym' || field === 'recordType' || field === 'status';
    out[field] = value === '' && !required ? null : value;
  }
  return out;
}
