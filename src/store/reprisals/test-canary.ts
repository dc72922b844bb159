import { readFileSync } from 'node:fs';
import path from 'node:path';

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
