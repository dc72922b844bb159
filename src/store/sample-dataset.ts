import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileImportReport } from './import-report.js';
import { importNgoCommitteePaths } from './ngo-committee/import-files.js';
import type { Store } from './open-store.js';

/** The project's own sample documents (fictional organisations), in the real formats. */
export const SAMPLE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../demo');
const SAMPLE_KEY = 'sample-dataset';

export async function isSampleLoaded(store: Store): Promise<boolean> {
  const row = await store.db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', SAMPLE_KEY)
    .executeTakeFirst();
  return row?.value === 'true';
}

/**
 * Loads the sample dataset when the database holds no document yet, and marks the database so
 * every page can say it shows sample data. Returns the import reports, or null if nothing was done.
 */
export async function loadSampleIfEmpty(
  store: Store,
  dir = SAMPLE_DIR,
): Promise<FileImportReport[] | null> {
  const any = await store.db.selectFrom('sourceDocuments').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  const reports = await importNgoCommitteePaths(store, [path.join(dir, 'ngo-committee')]);
  await store.db
    .insertInto('meta')
    .values({ key: SAMPLE_KEY, value: 'true' })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: 'true' }))
    .execute();
  return reports;
}
