import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ReprisalCase } from '../../domain/reprisals.js';
import { exportCasesCsv } from '../../sources/reprisals/registry-csv.js';

/*
 * For tests: the report fixture (invented people only) with one invented name replaced by a
 * canary, a string found nowhere else, which must stay inside the vault.
 */

export const CANARY = 'Qzcanaryxv';

export const REPRISALS_FIXTURES = path.join(
  import.meta.dirname,
  '../../sources/reprisals/fixtures',
);

export function canaryReport(): Buffer {
  const text = readFileSync(path.join(REPRISALS_FIXTURES, 'sg-report-annexes.txt'), 'utf8');
  return Buffer.from(text.replace(/Mingyue/g, CANARY));
}

/** Every confidential field of a case, each with a canary of its own (a leak names its field). */
export const FIELD_CANARIES = {
  victimName: `${CANARY}VictimName`,
  relatives: `${CANARY}Relatives`,
  contact: `${CANARY}Contact`,
  trigger: `${CANARY}Trigger`,
  reprisalLocation: `${CANARY}Location`,
  reprisalInformation: `${CANARY}Information`,
  governmentResponses: `${CANARY}GovResponse`,
  otherFields: `${CANARY}OtherField`,
  notes: `${CANARY}Notes`,
} as const;

/**
 * An invented case of `country` whose every confidential field holds its canary (and whose public
 * and restricted fields hold ordinary values), for leak tests through the registry CSV importer.
 */
export function canaryCase(caseId: string, country: string): ReprisalCase {
  const c = FIELD_CANARIES;
  return ReprisalCase.parse({
    caseId,
    reportYear: Number(caseId.slice(0, 4)),
    country,
    region: 'Asia',
    recordType: 'named-individual',
    recordTypeCodedAs: 'Named individual',
    pseudonym: `Defender, invented (${caseId.slice(0, 4)})`,
    victimName: c.victimName,
    relatives: c.relatives,
    contact: c.contact,
    gender: 'female',
    genderCodedAs: 'Female',
    foreignNational: false,
    minor: false,
    civilServant: false,
    affectedGroups: ['Civil society actors'],
    activity: 'human rights lawyer',
    rightsDefended: [],
    priorUnAction: null,
    engagements: [{ body: 'upr', bodyCodedAs: 'UN Human Rights Council: UPR', dates: null }],
    engagementTypes: [],
    trigger: c.trigger,
    reprisalDates: '2021',
    reprisalLocation: c.reprisalLocation,
    reprisalInformation: c.reprisalInformation,
    acts: [{ code: 'detention', codedAs: 'Arrest/Detention' }],
    perpetrators: ['State actors'],
    basedOnNewLegislation: false,
    generalEnvironmentComment: null,
    governmentResponses: [
      { date: '2022-03-03', dateAsPrinted: '3 March 2022', content: c.governmentResponses },
    ],
    status: 'unresolved',
    appearances: [
      {
        symbol: 'A/HRC/51/47',
        year: Number(caseId.slice(0, 4)),
        annex: 'I',
        paragraph: '7',
        kind: 'new',
        page: null,
      },
    ],
    communicationRefs: [],
    externalIds: { uwaziSharedId: null, uwaziUrl: null },
    otherFields: { 'Internal tracking': [c.otherFields] },
    review: 'confirmed',
    notes: c.notes,
  });
}

/** The canary cases as the registry CSV an editor would import (every column, confidential too). */
export function canaryRegistryCsv(cases: readonly ReprisalCase[]): Buffer {
  return Buffer.from(exportCasesCsv(cases));
}
