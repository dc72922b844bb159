import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file rather than the working directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The real UN data beside the repo (`../shared/data`), or undefined in a user's clone without it.
 * GROUNDPASS_SHARED_DATA overrides the place.
 */
export function sharedDataDir(): string | undefined {
  const dir = process.env.GROUNDPASS_SHARED_DATA ?? path.resolve(repoRoot, '../shared/data');
  return existsSync(dir) ? dir : undefined;
}

export const SHARED_DATA_SKIP_REASON =
  'skipped: ../shared/data (the real UN texts and datasets) is not beside this clone';

/** A path inside the shared data, or undefined when the shared data is absent. */
export function sharedPath(...parts: string[]): string | undefined {
  const dir = sharedDataDir();
  return dir ? path.join(dir, ...parts) : undefined;
}
