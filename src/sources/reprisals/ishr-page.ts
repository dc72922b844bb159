import type { ParseProblem } from '../../domain/provenance.js';
import type { ParseResult } from '../common/parse-result.js';
import { problemSink } from '../upr/problems.js';
import { fieldKey, type CodedField, type CodedRecord } from './coded-record.js';
import { ISHR_FIELDS } from './ishr-mapping.js';

/**
 * The text of a public End Reprisals entity page (https://endreprisals.ishr.ch/en/entity/<id>), as
 * a browser's "copy text" or a web archive gives it: the title, then "- Label" lines, each followed
 * by its values ("- Value" for a selected option, plain lines for free text). An optional header
 * (`url: …`, `title: …`, then `---`) is read for the URL, whose last part is Uwazi's sharedId.
 *
 * A "- X" line is a label only when X is one of ISHR's labels (ishr-mapping.ts): otherwise it is a
 * value. A page cut short (the stored excerpts stop at ~2,000 characters) ends in a partial label
 * or value: the last "- X" line that is no label is reported as `excerpt-cut`, not read as a value.
 */
export function parseIshrEntityPage(
  fileName: string,
  text: string,
): ParseResult<CodedRecord | null> {
  const problems: ParseProblem[] = [];
  const problem = problemSink(fileName, problems);
  const lines = text.split(/\r\n|\r|\n/);
  let start = 0;
  let url: string | null = null;
  const separator = lines.findIndex((l) => l.trim() === '---');
  if (separator >= 0 && separator < 12) {
    for (const l of lines.slice(0, separator)) {
      const m = /^url:\s*(\S+)/.exec(l.trim());
      if (m) url = m[1]!;
    }
    start = separator + 1;
  }
  while (start < lines.length && lines[start]!.trim() === '') start++;
  const title = lines[start]?.trim() ?? '';
  if (title === '') {
    problem(start + 1, 'no-title', 'no entity title', 'fatal');
    return { value: null, problems };
  }
  const fields: CodedField[] = [];
  let template: string | null = null;
  let current: CodedField | null = null;
  const last = lines.map((l) => l.trim()).findLastIndex((l) => l !== '');
  for (let i = start + 1; i < lines.length; i++) {
    let line = lines[i]!.trim();
    if (line === '') continue;
    // the template's name runs into the first label: "Cases- Location of case in SG report"
    const glued = /^(\p{L}[\p{L} ]*?)- (.+)$/u.exec(line);
    if (
      glued &&
      fields.length === 0 &&
      current === null &&
      ISHR_FIELDS[fieldKey(glued[2]!)] !== undefined
    ) {
      template = glued[1]!.trim();
      line = `- ${glued[2]}`;
    }
    const dashed = /^- (.*)$/.exec(line);
    if (dashed && ISHR_FIELDS[fieldKey(dashed[1]!)] !== undefined) {
      current = { label: dashed[1]!, values: [], line: i + 1 };
      fields.push(current);
      continue;
    }
    if (dashed && i === last) {
      problem(
        i + 1,
        'excerpt-cut',
        `the page text ends in "${dashed[1]}", cut short: the fields after it are missing`,
        'warning',
        line,
      );
      continue;
    }
    if (current === null) {
      problem(
        i + 1,
        'value-without-label',
        'text before the first field label; not read',
        'warning',
        line,
      );
      continue;
    }
    current.values.push(dashed ? dashed[1]! : line);
  }
  const sharedId = url ? (/\/entity\/([A-Za-z0-9]+)/.exec(url)?.[1] ?? null) : null;
  return {
    value: {
      sharedId,
      url,
      title,
      template,
      language: url ? (/\.ch\/([a-z]{2})\//.exec(url)?.[1] ?? null) : null,
      fields: fields.filter((f) => f.values.length > 0),
      line: start + 1,
    },
    problems,
  };
}
