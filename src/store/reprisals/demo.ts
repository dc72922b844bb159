import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { KeyRing } from '../../security/field-crypto.js';
import { createKeyFile, readKeyFile } from '../../security/keyring.js';
import type { FileImportReport } from '../import-report.js';
import { importPaths } from '../import-runner.js';
import type { Store } from '../open-store.js';
import type { Actor } from '../security/audit-log.js';
import { importReprisalsFile } from './import-files.js';

/*
 * The reprisals part of `serve --demo` (src/store/sample-dataset.ts): two Secretary-General
 * reports in the layout of the real ones, with invented people only (demo/reprisals/). Their names
 * are confidential like any case's, so they go to the vault, which needs a data key: the demo
 * makes its own, beside the demo's database (never in the repository, never for real data).
 */

/** Who the sample import is recorded as in the audit log. */
export const DEMO_ACTOR: Actor = { name: 'demo:sample-data', role: 'admin' };

/**
 * The demo's key file: beside a SQLite file (`data/groundpass.db` → `data/groundpass.db.demo-keys.json`,
 * so a restarted demo still reads its names), else in a new temporary folder.
 */
export function demoKeyFile(target: string): string {
  const isFile = target !== ':memory:' && !/^postgres(ql)?:\/\//.test(target);
  const dir = isFile
    ? path.dirname(path.resolve(target))
    : mkdtempSync(path.join(tmpdir(), 'groundpass-demo-'));
  return path.join(dir, `${isFile ? path.basename(target) : 'demo'}.demo-keys.json`);
}

/** The demo's key ring: read if the demo made one before, else created (owner-only file). */
export function demoKeyRing(target: string, now: () => Date = () => new Date()): KeyRing {
  const file = demoKeyFile(target);
  return existsSync(file) ? readKeyFile(file) : createKeyFile(file, now().toISOString());
}

export async function importReprisalsSample(
  store: Store,
  dir: string,
  ring: KeyRing,
): Promise<FileImportReport[]> {
  // the reports only (the folder's README is for people)
  const reports = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
  return importPaths(reports, (file, bytes) =>
    importReprisalsFile(store, file, bytes, { actor: DEMO_ACTOR, ring }),
  );
}

/**
 * The key `serve --demo` uses when none is configured: the demo's own, but only for a database
 * that is empty (about to get the sample) or holds the sample, never for someone's real data.
 */
export async function demoKeysFor(store: Store, target: string): Promise<KeyRing | null> {
  const sample = await store.db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', 'sample-dataset')
    .executeTakeFirst();
  const any = await store.db.selectFrom('sourceDocuments').select('id').limit(1).executeTakeFirst();
  return sample?.value === 'true' || !any ? demoKeyRing(target) : null;
}
