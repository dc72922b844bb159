import type { ParseProblem } from '../../domain/provenance.js';
import type { ParseResult } from './parse-result.js';

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * Bytes to text. The UN's files are UTF-8; anything else is rejected with the line of the first
 * byte that is not, rather than imported as mojibake that would never match a name again.
 */
export function decodeUtf8(bytes: Uint8Array, file?: string): ParseResult<string> {
  try {
    return { value: stripBom(strict.decode(bytes)), problems: [] };
  } catch {
    const text = lenient.decode(bytes);
    const at = text.indexOf('\uFFFD');
    const line = text.slice(0, Math.max(0, at)).split('\n').length;
    const problem: ParseProblem = {
      file,
      line,
      code: 'not-utf8',
      message: 'the file is not UTF-8 text; save it as UTF-8 and import it again',
      severity: 'fatal',
    };
    return { value: '', problems: [problem] };
  }
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
