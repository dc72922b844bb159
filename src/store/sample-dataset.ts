import path from 'node:path';
import type { KeyRing } from '../security/field-crypto.js';
import { importHrcVotePaths } from './hrc-votes/import-files.js';
import type { FileImportReport } from './import-report.js';
import { importNgoCommitteePaths } from './ngo-committee/import-files.js';
import type { Store } from './open-store.js';
import { packageRoot } from './package-root.js';
import { importRegisterFile } from './gongo/import-register.js';
import { importUprPaths } from './upr/import-files.js';
import { importParticipationPaths } from './hrc-participation/import-files.js';

/** The project's own sample documents (fictional organisations), in the real formats. */
export const SAMPLE_DIR = path.join(packageRoot(), 'demo');
const SAMPLE_KEY = 'sample-dataset';

/** One importer per mechanism, each reading its own folder of the sample dataset. */
const SAMPLE_IMPORTS: ReadonlyArray<(store: Store, dir: string) => Promise<FileImportReport[]>> = [
  (store, dir) => importNgoCommitteePaths(store, [path.join(dir, 'ngo-committee')]),
  (store, dir) => importHrcVotePaths(store, [path.join(dir, 'hrc-votes')]),
  (store, dir) => importUprPaths(store, [path.join(dir, 'upr')]),
  // after the NGO Committee's: the register's demo names organisations its releases brought in
  (store, dir) => importRegisterFile(store, path.join(dir, 'organizations', 'gongo-register.json')),
  (store, dir) =>
    importParticipationPaths(store, [path.join(dir, 'hrc-participation', 'meetings')]),
];

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
  /** a data key for the reprisals sample's names (serve --demo makes one); without it, no cases */
  reprisalsKeys: KeyRing | null = null,
): Promise<FileImportReport[] | null> {
  const any = await store.db.selectFrom('sourceDocuments').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  const reports: FileImportReport[] = [];
  for (const importSample of SAMPLE_IMPORTS) reports.push(...(await importSample(store, dir)));
  if (reprisalsKeys) {
    const { importReprisalsSample } = await import('./reprisals/demo.js');
    reports.push(
      ...(await importReprisalsSample(store, path.join(dir, 'reprisals'), reprisalsKeys)),
    );
  }
  await store.db
    .insertInto('meta')
    .values({ key: SAMPLE_KEY, value: 'true' })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: 'true' }))
    .execute();
  return reports;
}
