import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createKeyFile } from '../../security/keyring.js';
import type { LoginRole } from '../../security/policies.js';
import { openStore } from '../../store/open-store.js';
import { REPRISALS_FIXTURES } from '../../store/reprisals/test-canary.js';
import { addUser } from '../../store/security/users.js';
import { makeContext, type CliContext } from '../context.js';
import { main } from '../main.js';
import { messages } from '../messages.js';

/*
 * The set-up the reprisals command tests share: a temporary folder with a SQLite database and a
 * key file, the command's output caught line by line, and accounts to name with --as (cheap
 * scrypt parameters: a hash carries its own, so every sign-in of a test verifies fast).
 */

export const FAST_SCRYPT = { scrypt: { ln: 10, r: 8, p: 1 } };

/** Accounts the tests name with --as: an editor and a researcher (invented). */
export const ACCOUNTS = {
  eddie: { role: 'editor', password: 'correct horse battery' },
  rita: { role: 'researcher', password: 'research password' },
} as const satisfies Record<string, { role: LoginRole; password: string }>;

export interface ReprisalsCli {
  dir: string;
  db: string;
  keyFile: string;
  /** lines the command printed on standard output and standard error, since the last clear() */
  out: string[];
  err: string[];
  clear(): void;
  /** a context whose output goes to out / err */
  ctx(): CliContext;
  /** `groundpass ARGS…` through main, its exit code */
  run(...argv: string[]): Promise<number>;
  /** the password source of an account, as the commands' `secrets` argument */
  password(name: keyof typeof ACCOUNTS): () => Promise<string>;
  /** writes a file into the folder and imports it (`groundpass import reprisals`) */
  importFile(name: string, bytes: string | Buffer, ...flags: string[]): Promise<void>;
  /** the same with a fixture of src/sources/reprisals/fixtures (the report as A_HRC_45_36.txt) */
  importFixture(file: string): Promise<void>;
  close(): void;
}

export async function reprisalsCli(prefix = 'gp-reprisals-cli-'): Promise<ReprisalsCli> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const db = path.join(dir, 'r.db');
  const keyFile = path.join(dir, 'keys.json');
  createKeyFile(keyFile, '2026-01-01T00:00:00.000Z');
  const out: string[] = [];
  const err: string[] = [];
  const run = (...argv: string[]) =>
    main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  const store = await openStore({ target: db });
  try {
    const cli = { name: 'cli:test', role: 'admin' as const };
    for (const [name, a] of Object.entries(ACCOUNTS))
      await addUser(store, cli, { name, role: a.role, password: a.password }, FAST_SCRYPT);
  } finally {
    await store.close();
  }
  const importFile = async (name: string, bytes: string | Buffer, ...flags: string[]) => {
    const target = path.join(dir, name);
    writeFileSync(target, bytes);
    const code = await run(
      'import',
      'reprisals',
      target,
      ...flags,
      '--db',
      db,
      '--key-file',
      keyFile,
    );
    if (code !== 0) throw new Error(`import ${name}: exit ${code}: ${err.join('\n')}`);
  };
  return {
    dir,
    db,
    keyFile,
    out,
    err,
    clear() {
      out.length = 0;
      err.length = 0;
    },
    ctx: () =>
      makeContext(
        'en',
        messages('en'),
        (s) => out.push(s),
        (s) => err.push(s),
      ),
    run,
    password: (name) => async () => ACCOUNTS[name].password,
    importFile,
    importFixture: (file) =>
      importFile(
        file === 'sg-report-annexes.txt' ? 'A_HRC_45_36.txt' : file,
        readFileSync(path.join(REPRISALS_FIXTURES, file)),
      ),
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}
