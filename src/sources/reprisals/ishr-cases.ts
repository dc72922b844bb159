import type { ParseProblem } from '../../domain/provenance.js';
import { hasFatal, type ParseResult } from '../common/parse-result.js';
import type { CodedRecord } from './coded-record.js';
import { mapIshrRecord, type MappedCase } from './ishr-mapping.js';
import { parseIshrEntityPage } from './ishr-page.js';
import { parseUwaziEntities } from './uwazi-json.js';

/**
 * ISHR End Reprisals cases from either form they come in: Uwazi API JSON (a text starting with
 * `{` or `[`) or the text of an entity page. Each coded record becomes a confirmed case (ISHR's
 * coding is a person's), keeping Uwazi's sharedId; a record that cannot be a case is a problem.
 */
export function parseIshrCases(fileName: string, text: string): ParseResult<MappedCase[]> {
  const problems: ParseProblem[] = [];
  const trimmed = text.trimStart();
  let records: CodedRecord[];
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const read = parseUwaziEntities(fileName, text);
    problems.push(...read.problems);
    records = read.value;
  } else {
    const read = parseIshrEntityPage(fileName, text);
    problems.push(...read.problems);
    records = read.value ? [read.value] : [];
  }
  if (hasFatal(problems)) return { value: [], problems };
  const cases: MappedCase[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    const mapped = mapIshrRecord(fileName, record, problems);
    if (!mapped) continue;
    // one entity per language version in Uwazi: the same sharedId twice is the same case
    const key = mapped.case.externalIds.uwaziSharedId ?? mapped.case.caseId;
    if (seen.has(key)) {
      problems.push({
        file: fileName,
        line: record.line,
        code: 'duplicate-entity',
        message: `${mapped.case.caseId} appears twice (another language version?); the first is kept`,
        severity: 'warning',
      });
      continue;
    }
    seen.add(key);
    cases.push(mapped);
  }
  return { value: cases, problems };
}
