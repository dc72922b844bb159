import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  decryptField,
  encryptField,
  fieldContext,
  keyIdOf,
  newDataKey,
  type KeyRing,
} from './field-crypto.js';
import { createKeyFile, loadKeys, readKeyFile, serializeRing } from './keyring.js';
import { decoyHash, hashPassword, needsRehash, verifyPassword } from './password.js';
import { csrfTokenFor, sameSecret, tokenDigest } from './tokens.js';

const ring = (): KeyRing => {
  const k = newDataKey('2026-01-01T00:00:00.000Z');
  return { active: k.id, keys: new Map([[k.id, k]]) };
};

describe('field encryption (AES-256-GCM)', () => {
  const r = ring();
  const ctx = fieldContext('case', 12, 'victimName');

  it('round-trips, names its key and never holds the plaintext', () => {
    const env = encryptField(r, 'Canary 张三 e1b2', ctx);
    expect(env.startsWith(`gp1:${r.active}:`)).toBe(true);
    expect(keyIdOf(env)).toBe(r.active);
    expect(env).not.toContain('Canary');
    expect(Buffer.from(env.split(':')[2]!, 'base64url').toString('latin1')).not.toContain('Canary');
    expect(decryptField(r, env, ctx)).toBe('Canary 张三 e1b2');
  });

  it('uses a fresh IV: the same value encrypts differently each time', () => {
    expect(encryptField(r, 'same', ctx)).not.toBe(encryptField(r, 'same', ctx));
  });

  it('refuses a ciphertext moved to another record or field', () => {
    const env = encryptField(r, 'secret', ctx);
    expect(() => decryptField(r, env, fieldContext('case', 13, 'victimName'))).toThrow(
      /authentication/,
    );
    expect(() => decryptField(r, env, fieldContext('case', 12, 'otherField'))).toThrow(
      /authentication/,
    );
  });

  it('refuses a changed ciphertext, and errors quote no part of the value', () => {
    const env = encryptField(r, 'Canary-in-error', ctx);
    const bytes = Buffer.from(env.split(':')[2]!, 'base64url');
    bytes[bytes.length - 1]! ^= 1;
    const tampered = `gp1:${r.active}:${bytes.toString('base64url')}`;
    expect(() => decryptField(r, tampered, ctx)).toThrow(/authentication/);
    try {
      decryptField(r, tampered, ctx);
    } catch (e) {
      expect(String(e)).not.toContain('Canary');
    }
  });

  it('says which key is missing when the ring lacks it', () => {
    const env = encryptField(r, 'x', ctx);
    expect(() => decryptField(ring(), env, ctx)).toThrow(new RegExp(r.active));
  });
});

describe('key files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gp-keys-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a file readable by its owner only and reads it back', () => {
    const file = path.join(dir, 'keys.json');
    const created = createKeyFile(file, '2026-01-01T00:00:00.000Z');
    const read = readKeyFile(file);
    expect(read.active).toBe(created.active);
    expect(read.keys.get(read.active)!.key.equals(created.keys.get(created.active)!.key)).toBe(
      true,
    );
    expect(() => createKeyFile(file, 'x')).toThrow(/already/);
  });

  it.skipIf(process.platform === 'win32')('refuses a key file others can read', () => {
    const file = path.join(dir, 'open.json');
    writeFileSync(file, serializeRing(ring()));
    chmodSync(file, 0o644);
    expect(() => readKeyFile(file)).toThrow(/owner only/);
  });

  it('takes keys from the environment, the file first', () => {
    const r = ring();
    const fromEnv = loadKeys(undefined, { GROUNDPASS_KEYS: serializeRing(r) });
    expect(fromEnv?.file).toBeNull();
    expect(fromEnv?.ring.active).toBe(r.active);
    const file = path.join(dir, 'keys.json');
    expect(
      loadKeys(undefined, { GROUNDPASS_KEY_FILE: file, GROUNDPASS_KEYS: serializeRing(r) })?.file,
    ).toBe(file);
    expect(loadKeys(undefined, {})).toBeNull();
    expect(() => loadKeys(undefined, { GROUNDPASS_KEYS: '{"version":1}' })).toThrow(
      /not a Ground Pass key file/,
    );
  });

  it('refuses a key of the wrong length', () => {
    const file = path.join(dir, 'short.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        active: 'a',
        keys: [{ id: 'a', key: Buffer.alloc(16).toString('base64'), createdAt: 'x' }],
      }),
      { mode: 0o600 },
    );
    expect(() => readKeyFile(file)).toThrow(/32 bytes/);
    expect(readFileSync(file, 'utf8')).toContain('"a"');
  });
});

describe('passwords (scrypt)', () => {
  const fast = { ln: 10, r: 8, p: 1 };

  it('verifies the right password only, and stores no plaintext', async () => {
    const h = await hashPassword('correct horse battery', fast);
    expect(h).toMatch(/^scrypt\$ln=10,r=8,p=1\$/);
    expect(h).not.toContain('correct');
    expect(await verifyPassword('correct horse battery', h)).toBe(true);
    expect(await verifyPassword('correct horse batterY', h)).toBe(false);
    expect(await verifyPassword('', h)).toBe(false);
  });

  it('salts: the same password hashes differently', async () => {
    expect(await hashPassword('same password!!', fast)).not.toBe(
      await hashPassword('same password!!', fast),
    );
  });

  it('uses 32 MiB by default and asks to rehash weaker hashes', async () => {
    const h = await hashPassword('a long password', fast);
    expect(needsRehash(h)).toBe(true);
    expect(needsRehash(await decoyHash())).toBe(false);
  });

  it('refuses stored hashes that ask for absurd memory or are malformed', async () => {
    expect(await verifyPassword('x', 'scrypt$ln=30,r=8,p=1$AAAA$AAAA')).toBe(false);
    expect(await verifyPassword('x', 'plain')).toBe(false);
  });
});

describe('tokens', () => {
  it('stores a digest, derives a CSRF token per session, compares without shortcuts', () => {
    expect(tokenDigest('abc')).toMatch(/^[0-9a-f]{64}$/);
    expect(csrfTokenFor('s1')).not.toBe(csrfTokenFor('s2'));
    expect(csrfTokenFor('s1')).toBe(csrfTokenFor('s1'));
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abd')).toBe(false);
    expect(sameSecret('abc', 'abcd')).toBe(false);
  });
});
