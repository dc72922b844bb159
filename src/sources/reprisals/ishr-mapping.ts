import type { ParseProblem } from '../../domain/provenance.js';
import { resolveState } from '../../domain/reference/states.js';
import { SG_REPRISALS_REPORTS } from '../../domain/reprisals-reports.js';
import type {
  CaseStatus,
  CodedAct,
  Engagement,
  EngagementType,
  GovernmentResponse,
  ReprisalCase,
} from '../../domain/reprisals.js';
import {
  CASE_STATUS_LABELS,
  ENGAGEMENT_TYPE_LABELS,
  GENDER_LABELS,
  RECORD_TYPE_LABELS,
  REPRISAL_ACT_LABELS,
  unBodyOf,
  vocabularyKey,
  yesNo,
} from '../../domain/reprisals-vocabulary.js';
import { problemSink } from '../upr/problems.js';
import { fieldKey, type CodedField, type CodedRecord } from './coded-record.js';
import { isoDateOf } from './dates.js';
import { COMMUNICATION_REF } from './paragraph-rules.js';

/**
 * ISHR End Reprisals fields (template "Cases") → our case. Keyed by the folded label, which is
 * also the folded Uwazi property name. Each entry names the case field it fills, so the test can
 * show every coded field of the real records landing somewhere. A field not listed is kept under
 * `otherFields` and reported (`unmapped-field`); a listed value outside the vocabulary is kept in
 * `otherFields` too and reported (`unmapped-value`). Nothing is dropped.
 */
export const ISHR_FIELDS: Readonly<Record<string, keyof ReprisalCase>> = Object.fromEntries(
  (
    [
      ['Location of case in SG report', 'caseId'],
      ['Year of the report', 'reportYear'],
      ['Relevant SG report', 'appearances'],
      ['Country Geolocation (linked Cases)', 'country'],
      ['From Country', 'country'],
      ['From Region', 'region'],
      ['UN body that raised the case prior to the SG report', 'priorUnAction'],
      ['Dates of prior UN action', 'priorUnAction'],
      ['Type of record', 'recordType'],
      ['Gender', 'gender'],
      ['Was the victim a foreign national?', 'foreignNational'],
      ['Was the victim a minor?', 'minor'],
      [
        'Was the victim a civil servant, member of the security forces or of the judiciary?',
        'civilServant',
      ],
      [
        'Was the victim a civil servant or member of the security forces or of the judiciary?',
        'civilServant',
      ],
      ["Individual's/organization's activity", 'activity'],
      ['Type of rights defended', 'rightsDefended'],
      ['Reported trigger of reprisal', 'trigger'],
      ['Engagement with UN body', 'engagements'],
      ['Dates of engagement', 'engagements'],
      ['Type of attempted engagement', 'engagementTypes'],
      ['Dates of mentioned reprisals', 'reprisalDates'],
      ['Location of mentioned reprisals', 'reprisalLocation'],
      ['Reprisal information', 'reprisalInformation'],
      ['Types of reprisals suffered', 'acts'],
      ['Alleged/likely perpetrators', 'perpetrators'],
      ['Was the reprisal based on new legislation?', 'basedOnNewLegislation'],
      [
        'Does the report make general comment about country’s environment for engagement with UN?',
        'generalEnvironmentComment',
      ],
      ['Government response dates', 'governmentResponses'],
      ['Government response content', 'governmentResponses'],
      ['Case status', 'status'],
      // links and derived values, kept verbatim: the country's centroid follows from the country,
      // the defender story is another entity of ISHR's
      ['Country Geolocation', 'otherFields'],
      ['Related Defender story', 'otherFields'],
    ] as const
  ).map(([label, field]) => [fieldKey(label), field]),
);

/** Keys of fields kept in otherFields on purpose (no `unmapped-field` warning). */
const KEPT_VERBATIM = new Set(
  Object.entries(ISHR_FIELDS)
    .filter(([, f]) => f === 'otherFields')
    .map(([k]) => k),
);

export interface MappedCase {
  case: ReprisalCase;
  /** every source field with the case field it landed in (otherFields when unmapped) */
  landed: { label: string; field: keyof ReprisalCase }[];
}

const SYMBOL = /\bA\/HRC\/\d{1,2}\/\d{1,3}\b/;

/** One coded record as a case; problems name the field and keep the value. */
export function mapIshrRecord(
  fileName: string,
  record: CodedRecord,
  problems: ParseProblem[],
): MappedCase | null {
  const problem = problemSink(fileName, problems);
  const byKey = new Map<string, CodedField>();
  const landed: MappedCase['landed'] = [];
  const otherFields: Record<string, string[]> = {};
  const keep = (f: CodedField) => {
    otherFields[f.label] = [...(otherFields[f.label] ?? []), ...f.values];
  };
  for (const f of record.fields) {
    const key = fieldKey(f.label);
    const target = ISHR_FIELDS[key];
    if (target === undefined || target === 'otherFields') {
      keep(f);
      landed.push({ label: f.label, field: 'otherFields' });
      if (target === undefined && !KEPT_VERBATIM.has(key))
        problem(
          f.line,
          'unmapped-field',
          `"${f.label}" has no place in the model; kept in otherFields`,
          'warning',
          f.values.join(' | '),
        );
      continue;
    }
    const prior = byKey.get(key);
    byKey.set(key, prior ? { ...prior, values: [...prior.values, ...f.values] } : f);
    landed.push({ label: f.label, field: target });
  }
  // a label ISHR prints in two wordings (the civil servant question) is looked up under both
  const values = (...labels: string[]): string[] =>
    labels.flatMap((label) => byKey.get(fieldKey(label))?.values ?? []);
  const one = (...labels: string[]): string | null => {
    const v = values(...labels);
    return v.length === 0 ? null : v.join('\n');
  };
  /** a value outside the vocabulary: kept under its label, reported */
  const unmapped = (label: string, value: string) => {
    const f: CodedField = { label, values: [value], line: record.line };
    keep(f);
    problem(
      record.line,
      'unmapped-value',
      `${record.title}: "${label}" value "${value}" is not in the vocabulary; kept in otherFields`,
      'warning',
      value,
    );
  };
  const flag = (...labels: string[]): boolean | null => {
    const v = one(...labels);
    if (v === null) return null;
    const b = yesNo(v);
    if (b === undefined) unmapped(labels[0]!, v);
    return b ?? null;
  };

  const caseId = one('Location of case in SG report')?.trim() ?? '';
  if (!/^\d{4}-\d{3}-\d{3}$/.test(caseId)) {
    problem(
      record.line,
      'no-case-id',
      `${record.title}: no "Location of case in SG report" of the form 2020-025-001; not read`,
      'warning',
      caseId,
    );
    return null;
  }
  const reportYear = Number(one('Year of the report') ?? caseId.slice(0, 4));
  const countryPrinted = one('Country Geolocation (linked Cases)') ?? one('From Country') ?? '';
  const country = resolveState(countryPrinted.split('\n')[0] ?? '');
  if (country === undefined) {
    problem(
      record.line,
      'unknown-country',
      `${record.title}: country "${countryPrinted}" is not a State we know; not read`,
      'warning',
      countryPrinted,
    );
    return null;
  }

  const recordTypeCodedAs = one('Type of record');
  let recordType = recordTypeCodedAs
    ? RECORD_TYPE_LABELS.get(vocabularyKey(recordTypeCodedAs))
    : undefined;
  if (recordTypeCodedAs && recordType === undefined) unmapped('Type of record', recordTypeCodedAs);
  // ISHR folds unnamed individuals and groups into one label; a title counting people is a group
  if (
    recordType === 'unnamed-individual' &&
    /^(\d+|two|three|several|a group|members)\b/i.test(record.title)
  )
    recordType = 'group';
  recordType ??= 'unnamed-individual';

  const genderCodedAs = one('Gender');
  const gender = genderCodedAs ? GENDER_LABELS.get(vocabularyKey(genderCodedAs)) : undefined;
  if (genderCodedAs && gender === undefined) unmapped('Gender', genderCodedAs);

  const acts: CodedAct[] = [];
  for (const label of values('Types of reprisals suffered')) {
    const code = REPRISAL_ACT_LABELS.get(vocabularyKey(label));
    if (code) acts.push({ code, codedAs: label });
    else unmapped('Types of reprisals suffered', label);
  }

  const bodiesOf = (label: string) =>
    values(label).flatMap((v) => {
      const code = unBodyOf(v);
      if (!code) unmapped(label, v);
      return code ? [{ code, codedAs: v }] : [];
    });
  const priorBodies = bodiesOf('UN body that raised the case prior to the SG report');
  const priorDates = one('Dates of prior UN action');
  const engagementDates = one('Dates of engagement');
  const engagements: Engagement[] = bodiesOf('Engagement with UN body').map((b) => ({
    body: b.code,
    bodyCodedAs: b.codedAs,
    dates: engagementDates,
  }));
  if (engagements.length === 0 && engagementDates !== null)
    engagements.push({ body: 'unclear', bodyCodedAs: '', dates: engagementDates });
  const engagementTypes: { code: EngagementType; codedAs: string }[] = [];
  for (const v of values('Type of attempted engagement')) {
    const code = ENGAGEMENT_TYPE_LABELS.get(vocabularyKey(v));
    if (code) engagementTypes.push({ code, codedAs: v });
    else unmapped('Type of attempted engagement', v);
  }

  const statusCodedAs = one('Case status');
  let status: CaseStatus = 'unknown';
  if (statusCodedAs) {
    const s = CASE_STATUS_LABELS.get(vocabularyKey(statusCodedAs));
    if (s) status = s;
    else unmapped('Case status', statusCodedAs);
  }

  const symbolText = values('Relevant SG report').join(' ');
  // the page shows the report as a link whose text is not in the excerpt: the year names it
  const symbol = SYMBOL.exec(symbolText)?.[0] ?? SG_REPRISALS_REPORTS[reportYear];
  const named = recordType === 'named-individual' || recordType === 'organisation';
  const describesGroup = recordType === 'group' || recordType === 'general-situation';
  // an unnamed individual's description is kept, confidential like a name (otherFields)
  if (recordType === 'unnamed-individual') otherFields['Title'] = [record.title];
  const reprisalInformation = one('Reprisal information');
  const communicationRefs = [
    ...new Set([...(reprisalInformation ?? '').matchAll(COMMUNICATION_REF)].map((m) => m[0])),
  ];

  const built: ReprisalCase = {
    caseId,
    reportYear,
    country,
    region: one('From Region'),
    recordType,
    recordTypeCodedAs,
    // never the title: a named record's title is the name, an unnamed one's may still point to
    // the person ("a woman lawyer from …"); groups and situations keep theirs as affected group
    pseudonym: `${country} ${reportYear} case ${caseId.slice(-3)}`,
    victimName: named ? record.title : null,
    relatives: null,
    contact: null,
    gender: gender ?? null,
    genderCodedAs,
    foreignNational: flag('Was the victim a foreign national?'),
    minor: flag('Was the victim a minor?'),
    civilServant: flag(
      'Was the victim a civil servant, member of the security forces or of the judiciary?',
      'Was the victim a civil servant or member of the security forces or of the judiciary?',
    ),
    affectedGroups: describesGroup ? [record.title] : [],
    activity: one("Individual's/organization's activity"),
    rightsDefended: values('Type of rights defended'),
    priorUnAction:
      priorBodies.length > 0 || priorDates !== null
        ? { bodies: priorBodies, dates: priorDates }
        : null,
    engagements,
    engagementTypes,
    trigger: one('Reported trigger of reprisal'),
    reprisalDates: one('Dates of mentioned reprisals'),
    reprisalLocation: one('Location of mentioned reprisals'),
    reprisalInformation,
    acts,
    perpetrators: values('Alleged/likely perpetrators'),
    basedOnNewLegislation: flag('Was the reprisal based on new legislation?'),
    generalEnvironmentComment: flag(
      'Does the report make general comment about country’s environment for engagement with UN?',
    ),
    governmentResponses: governmentResponses(
      one('Government response dates'),
      one('Government response content'),
    ),
    status,
    appearances: symbol
      ? [{ symbol, year: reportYear, annex: null, paragraph: null, kind: 'new', page: null }]
      : [],
    communicationRefs,
    externalIds: { uwaziSharedId: record.sharedId, uwaziUrl: record.url },
    otherFields,
    review: 'confirmed',
    notes: null,
  };
  if (symbolText !== '' && !SYMBOL.test(symbolText)) unmapped('Relevant SG report', symbolText);
  return { case: built, landed };
}

/**
 * ISHR gives response dates as one field ("20 January 2017; 7 June 2017") and the content as
 * another: one response per date, the content with the first (the source does not split it).
 */
function governmentResponses(dates: string | null, content: string | null): GovernmentResponse[] {
  const printed = (dates ?? '')
    .split(/;|\n/)
    .map((d) => d.trim())
    .filter((d) => d !== '');
  if (printed.length === 0) return content ? [{ date: null, dateAsPrinted: null, content }] : [];
  return printed.map((d, i) => ({
    date: isoDateOf(d),
    dateAsPrinted: d,
    content: i === 0 ? content : null,
  }));
}
