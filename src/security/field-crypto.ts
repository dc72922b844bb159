import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/*
 * Confidential values at rest: AES-256-GCM (node:crypto), a fresh 96-bit IV per value, the key id
 * in the envelope, and the value's place (entity, record, field) as additional authenticated data,
 * so a ciphertext copied onto another record or field fails to decrypt instead of showing there.
 *
 *   gp1:<keyId>:<base64url(iv ‖ tag ‖ ciphertext)>
 */

export interface DataKey {
  id: string;
  /** 32 bytes */
  key: Buffer;
  createdAt: string;
}

export interface KeyRing {
  /** the key new values are encrypted with */
  active: string;
  keys: ReadonlyMap<string, DataKey>;
}

const PREFIX = 'gp1';
const IV_LENGTH = 12;
const TAG_LENGTH = 16;
export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export class FieldCryptoError extends Error {}

/** A new random key with a random id. */
export function newDataKey(createdAt: string): DataKey {
  return { id: `k${randomBytes(6).toString('hex')}`, key: randomBytes(32), createdAt };
}

/**
 * A short value that shows a key is the one the database was encrypted with (stored in
 * encryption_keys), without revealing anything about the key.
 */
export function keyCheckValue(key: Buffer): string {
  return createHmac('sha256', key).update('groundpass key check v1').digest('hex').slice(0, 32);
}

/** The place of a value, bound to its ciphertext. */
export function fieldContext(entity: string, recordId: string | number, field: string): string {
  return `${entity}\u0000${String(recordId)}\u0000${field}`;
}

export function encryptField(ring: KeyRing, plaintext: string, context: string): string {
  const key = ring.keys.get(ring.active);
  if (!key) throw new FieldCryptoError(`the active key ${ring.active} is not in the key ring`);
  const iv = randomBytes(IV_LENGTH);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `${PREFIX}:${key.id}:${Buffer.concat([iv, tag, body]).toString('base64url')}`;
}

/** The id of the key a stored value was encrypted with. */
export function keyIdOf(envelope: string): string {
  const parts = envelope.split(':');
  if (parts.length !== 3 || parts[0] !== PREFIX || !KEY_ID_PATTERN.test(parts[1]!))
    throw new FieldCryptoError('not an encrypted value');
  return parts[1]!;
}

/**
 * The plaintext, or an error that names the key id but never any part of the value: errors end
 * up in logs.
 */
export function decryptField(ring: KeyRing, envelope: string, context: string): string {
  const keyId = keyIdOf(envelope);
  const key = ring.keys.get(keyId);
  if (!key)
    throw new FieldCryptoError(
      `the value was encrypted with key ${keyId}, which is not in the key file`,
    );
  const raw = Buffer.from(envelope.slice(PREFIX.length + keyId.length + 2), 'base64url');
  if (raw.length < IV_LENGTH + TAG_LENGTH) throw new FieldCryptoError('the value is truncated');
  const decipher = createDecipheriv('aes-256-gcm', key.key, raw.subarray(0, IV_LENGTH));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(raw.subarray(IV_LENGTH, IV_LENGTH + TAG_LENGTH));
  try {
    return Buffer.concat([
      decipher.update(raw.subarray(IV_LENGTH + TAG_LENGTH)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new FieldCryptoError(
      `a value encrypted with key ${keyId} failed authentication (altered, or moved from another record or field)`,
    );
  }
}

/** Re-encrypts a value with the ring's active key (key rotation). */
export function reencryptField(
  from: KeyRing,
  to: KeyRing,
  envelope: string,
  context: string,
): string {
  return encryptField(to, decryptField(from, envelope, context), context);
}
