import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyCheckValue } from '../../security/field-crypto.js';
import { readKeyFile } from '../../security/keyring.js';
import { entityFromClassification, registerEntityPolicy } from '../../security/policies.js';
import { openStore } from '../../store/open-store.js';
import { readConfidential, writeConfidential } from '../../store/security/vault.js';
import { makeContext } from '../context.js';
import { main } from '../main.js';
import { messages } from '../messages.js';
import { userAdd, type SecretSource } from './security-actions.js';

registerEntityPolicy(
  'cliTestCase',
  entityFromClassification('invented cases for the CLI tests', { name: 'confidential' }),
);

function lines(...answers: string[]): SecretSource {
  return async () => answers.shift() ?? '';
}

describe('groundpass user / keys / audit', () => {
  let dir: string;
  let db: string;
  let out: string[];
  let err: string[];
  const ctx = () =>
    makeContext(
      'en',
      messages('en'),
      (s) => out.push(s),
      (s) => err.push(s),
    );
  const run = (...argv: string[]) =>
    main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gp-cli-sec-'));
    db = path.join(dir, 'db.sqlite');
    out = [];
    err = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('bootstraps the first admin, then needs an admin (--as, proved by password) for any other', async () => {
    await expect(
      userAdd(ctx(), 'eve', { role: 'editor', db }, lines('a long password 1')),
    ).rejects.toThrow(/no admin yet/);
    await userAdd(ctx(), 'root', { role: 'admin', db }, lines('root password 123'));
    await expect(userAdd(ctx(), 'root2', { role: 'admin', db }, lines('x'))).rejects.toThrow(
      /--as/,
    );
    await expect(
      userAdd(
        ctx(),
        'eve',
        { role: 'editor', db, as: 'root' },
        lines('wrong password', 'a long password 1'),
      ),
    ).rejects.toThrow(/password is wrong/);
    await userAdd(
      ctx(),
      'eve',
      { role: 'editor', db, as: 'root' },
      lines('root password 123', 'a long password 1'),
    );
    // an editor is not an admin
    await expect(
      userAdd(
        ctx(),
        'mal',
        { role: 'admin', db, as: 'eve' },
        lines('a long password 1', 'another password 2'),
      ),
    ).rejects.toThrow(/not an admin/);
    expect(out).toEqual(['added root (admin)', 'added eve (editor)']);
    out = [];
    expect(await run('user', 'list', '--db', db, '--json')).toBe(0);
    const listed = JSON.parse(out[0]!).items as { name: string; role: string }[];
    expect(listed.map((u) => `${u.name}:${u.role}`)).toEqual(['root:admin', 'eve:editor']);
    expect(out[0]).not.toMatch(/scrypt|password/i);
  });

  it('takes the first admin password from the environment only for the bootstrap', async () => {
    await userAdd(ctx(), 'root', { role: 'admin', db }, lines(), {
      GROUNDPASS_BOOTSTRAP_PASSWORD: 'from the environment',
    });
    await expect(
      userAdd(
        ctx(),
        'eve',
        { role: 'editor', db, as: 'root' },
        lines('from the environment', 'short'),
        {
          GROUNDPASS_BOOTSTRAP_PASSWORD: 'a long password 1',
        },
      ),
    ).rejects.toThrow(/at least 12/);
  });

  it('has no way to pass a password on the command line', async () => {
    expect(
      await run('user', 'add', 'x', '--role', 'admin', '--password', 'secret', '--db', db),
    ).toBe(2);
    expect(await run('user', 'add', 'x', '--role', 'owner', '--db', db)).toBe(2);
  });

  it('rotates keys: every value survives, the old key leaves the file, the log stays intact', async () => {
    const keyFile = path.join(dir, 'keys.json');
    expect(await run('keys', 'init', '--key-file', keyFile)).toBe(0);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const first = readKeyFile(keyFile);
    const store = await openStore({ target: db });
    const editor = { name: 'ed', role: 'editor' as const };
    const values = ['Invented Person Ａ', 'Invented Person B', '发明的人 C'];
    for (const [i, v] of values.entries())
      await writeConfidential(
        { store, ring: first },
        editor,
        { entity: 'cliTestCase', recordId: i, field: 'name' },
        v,
      );
    await store.close();

    expect(await run('keys', 'rotate', '--key-file', keyFile, '--db', db, '--json')).toBe(0);
    const result = JSON.parse(out.at(-1)!);
    expect(result.reencrypted).toEqual({ confidentialValues: 3, auditLog: 3 });
    expect(result.dropped).toEqual([first.active]);
    const second = readKeyFile(keyFile);
    expect([...second.keys.keys()]).toEqual([second.active]);
    expect(second.active).not.toBe(first.active);
    expect(readFileSync(keyFile, 'utf8')).not.toContain(
      first.keys.get(first.active)!.key.toString('base64'),
    );

    const again = await openStore({ target: db });
    try {
      for (const [i, v] of values.entries())
        expect(
          await readConfidential({ store: again, ring: second }, editor, {
            entity: 'cliTestCase',
            recordId: i,
            field: 'name',
          }),
        ).toBe(v);
    } finally {
      await again.close();
    }
    out = [];
    expect(await run('audit', 'verify', '--db', db, '--key-file', keyFile)).toBe(0);
    expect(out[0]).toMatch(/^intact: \d+ entries, head [0-9a-f]{64}, 3 sealed values checked$/);
  });

  it('refuses to rotate with a key file that is not the database’s', async () => {
    const keyFile = path.join(dir, 'keys.json');
    await run('keys', 'init', '--key-file', keyFile);
    const store = await openStore({ target: db });
    const ring = readKeyFile(keyFile);
    await writeConfidential(
      { store, ring },
      { name: 'ed', role: 'editor' },
      { entity: 'cliTestCase', recordId: 1, field: 'name' },
      'v',
    );
    // the same id with other bytes
    await store.db
      .updateTable('encryptionKeys')
      .set({ checkValue: 'f'.repeat(32) })
      .execute();
    await store.close();
    expect(await run('keys', 'rotate', '--key-file', keyFile, '--db', db)).toBe(1);
    expect(err.join('\n')).toMatch(/not the key this database was encrypted with/);
    // nothing was re-encrypted: the original key still opens the value
    const again = await openStore({ target: db });
    try {
      await again.db
        .updateTable('encryptionKeys')
        .set({
          checkValue: keyCheckValue(ring.keys.get(ring.active)!.key),
        })
        .where('keyId', '=', ring.active)
        .execute();
      expect(
        await readConfidential(
          { store: again, ring },
          { name: 'ed', role: 'editor' },
          { entity: 'cliTestCase', recordId: 1, field: 'name' },
        ),
      ).toBe('v');
    } finally {
      await again.close();
    }
  });

  it('audit verify exits 1 and names the entry when one was changed', async () => {
    await userAdd(ctx(), 'root', { role: 'admin', db }, lines('root password 123'));
    await userAdd(
      ctx(),
      'eve',
      { role: 'editor', db, as: 'root' },
      lines('root password 123', 'a long password 1'),
    );
    out = [];
    expect(await run('audit', 'verify', '--db', db, '--json')).toBe(0);
    const head = JSON.parse(out[0]!).head as string;
    const store = await openStore({ target: db });
    await store.db
      .updateTable('auditLog')
      .set({ after: '{"name":"eve","role":"admin"}' })
      .where('seq', '=', 2)
      .execute();
    await store.close();
    err = [];
    expect(await run('audit', 'verify', '--db', db)).toBe(1);
    expect(err.join('\n')).toMatch(/entry 2: altered/);
    expect(await run('audit', 'verify', '--db', db, '--expect-head', head)).toBe(1);
  });
});
