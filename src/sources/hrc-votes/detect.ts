/** Which HRC-votes parser a file needs, from its CSV header (or its extension, for texts). */
export type HrcVoteFileKind =
  'ohchr-resolutions' | 'ohchr-votes' | 'unga-roll-calls' | 'unga-votes' | 'unga-issues' | 'press';

const TEXT_EXTENSION = /\.(?:txt|html?)$/i;
const GZ = /\.gz$/i;

export function detectHrcVoteFile(fileName: string, text: string): HrcVoteFileKind | null {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = text.indexOf('\n', start);
  const firstLine = text.slice(start, end < 0 ? Math.min(text.length, 4096) : end).trim();
  const header = new Set(
    firstLine.split(',').map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase()),
  );
  const has = (...cols: string[]): boolean => cols.every((c) => header.has(c));
  if (has('record_id', 'title', 'vote_type', 'statement')) return 'ohchr-resolutions';
  if (has('record_id', 'iso3', 'vote')) return 'ohchr-votes';
  if (has('rcid', 'session', 'unres')) return 'unga-roll-calls';
  if (has('rcid', 'country', 'vote')) return 'unga-votes';
  if (has('rcid', 'short_name', 'issue')) return 'unga-issues';
  if (TEXT_EXTENSION.test(fileName.replace(GZ, ''))) return 'press';
  return null;
}
