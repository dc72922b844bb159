import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { KeyRing } from '../../src/security/field-crypto.js';
import { createKeyFile } from '../../src/security/keyring.js';
import type { LoginRole } from '../../src/security/policies.js';
import { TEST_SCRYPT } from '../../src/server/auth/test-app.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { importReprisalsFile } from '../../src/store/reprisals/import-files.js';
import { REPRISALS_FIXTURES } from '../../src/store/reprisals/test-canary.js';
import { addUser } from '../../src/store/security/users.js';

export interface EditorFixture {
  /** the database file and the key file, for the CLI (`audit verify`) */
  db: string;
  keyFile: string;
  ring: KeyRing;
  store: Store;
  /** closes the store and deletes its temp dir */
  close(): Promise<void>;
}

/**
 * A store in a temp dir (`prefix`) holding the report fixture's drafts (invented people, read
 * from sg-report-annexes.txt as the 2020 report A/HRC/45/36) and the given accounts, with a key
 * ring of its own: what the editor's browser tests start from.
 */
export async function reprisalsEditorFixture(
  prefix: string,
  accounts: { name: string; password: string; role: LoginRole }[],
): Promise<EditorFixture> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const db = path.join(dir, 'r.db');
  const keyFile = path.join(dir, 'keys.json');
  const ring = createKeyFile(keyFile, '2026-01-01T00:00:00.000Z');
  const store = await openStore({ target: db });
  const close = async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const cli = { name: 'cli:test', role: 'admin' as const };
    const report = await importReprisalsFile(
      store,
      'A_HRC_45_36.txt',
      readFileSync(path.join(REPRISALS_FIXTURES, 'sg-report-annexes.txt')),
      { actor: cli, ring },
    );
    expect(report.status).toBe('imported');
    for (const account of accounts) await addUser(store, cli, account, { scrypt: TEST_SCRYPT });
  } catch (error) {
    await close();
    throw error;
  }
  return { db, keyFile, ring, store, close };
}
