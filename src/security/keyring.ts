import { chmodSync, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { KEY_ID_PATTERN, newDataKey, type DataKey, type KeyRing } from './field-crypto.js';

/*
 * Where the data keys live: never in the database. Either a key file (GROUNDPASS_KEY_FILE or
 * --key-file; JSON, readable by its owner only) or the environment (GROUNDPASS_KEYS, the same
 * JSON, for deployments that inject secrets as variables). `keys rotate` needs the file.
 */

const KeyFileSchema = z.object({
  version: z.literal(1),
  active: z.string().regex(KEY_ID_PATTERN),
  keys: z
    .array(
      z.object({
        id: z.string().regex(KEY_ID_PATTERN),
        key: z.string().regex(/^[A-Za-z0-9+/=_-]+$/),
        createdAt: z.string(),
      }),
    )
    .min(1),
});

export class KeyRingError extends Error {}

export interface KeySource {
  /** the key file, when the keys come from one */
  file: string | null;
  ring: KeyRing;
}

function parseRing(text: string, where: string): KeyRing {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new KeyRingError(`${where}: not JSON`);
  }
  const parsed = KeyFileSchema.safeParse(json);
  if (!parsed.success) throw new KeyRingError(`${where}: not a Ground Pass key file`);
  const keys = new Map<string, DataKey>();
  for (const k of parsed.data.keys) {
    const key = Buffer.from(k.key, 'base64');
    if (key.length !== 32) throw new KeyRingError(`${where}: key ${k.id} is not 32 bytes`);
    if (keys.has(k.id)) throw new KeyRingError(`${where}: key ${k.id} appears twice`);
    keys.set(k.id, { id: k.id, key, createdAt: k.createdAt });
  }
  if (!keys.has(parsed.data.active))
    throw new KeyRingError(`${where}: the active key ${parsed.data.active} is not in the file`);
  return { active: parsed.data.active, keys };
}

export function serializeRing(ring: KeyRing): string {
  return `${JSON.stringify(
    {
      version: 1,
      active: ring.active,
      keys: [...ring.keys.values()].map((k) => ({
        id: k.id,
        key: k.key.toString('base64'),
        createdAt: k.createdAt,
      })),
    },
    null,
    2,
  )}\n`;
}

/** A key file others can read is refused, as ssh refuses such a private key. */
function checkPermissions(file: string): void {
  if (process.platform === 'win32') return;
  const mode = statSync(file).mode & 0o777;
  if ((mode & 0o077) !== 0)
    throw new KeyRingError(
      `${file}: the key file may be readable by its owner only (chmod 600 ${path.basename(file)}); it is ${mode.toString(8)}`,
    );
}

export function readKeyFile(file: string): KeyRing {
  if (!existsSync(file)) throw new KeyRingError(`${file}: no such key file`);
  checkPermissions(file);
  return parseRing(readFileSync(file, 'utf8'), file);
}

/** Writes a key file readable by its owner only, replacing it in one rename. */
export function writeKeyFile(file: string, ring: KeyRing): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, serializeRing(ring), { mode: 0o600, flag: 'wx' });
  chmodSync(temp, 0o600);
  renameSync(temp, file);
}

/** A new key file with one key; refuses to overwrite one. */
export function createKeyFile(file: string, createdAt: string): KeyRing {
  if (existsSync(file)) throw new KeyRingError(`${file}: a key file is there already`);
  const key = newDataKey(createdAt);
  const ring: KeyRing = { active: key.id, keys: new Map([[key.id, key]]) };
  writeKeyFile(file, ring);
  return ring;
}

/**
 * The keys this process may use: --key-file, then GROUNDPASS_KEY_FILE, then GROUNDPASS_KEYS;
 * null when none is configured (confidential values can then be neither written nor read).
 */
export function loadKeys(
  explicitFile: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): KeySource | null {
  const file = explicitFile ?? env.GROUNDPASS_KEY_FILE;
  if (file) return { file, ring: readKeyFile(file) };
  if (env.GROUNDPASS_KEYS)
    return { file: null, ring: parseRing(env.GROUNDPASS_KEYS, 'GROUNDPASS_KEYS') };
  return null;
}
