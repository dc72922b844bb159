import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/*
 * Passwords are hashed with scrypt (memory-hard, in node:crypto; see
 * docs/decisions/0006-security-model.md). The stored string names its parameters, so they can be
 * raised later and old hashes still verify: `scrypt$ln=15,r=8,p=3$<salt>$<hash>` (base64url).
 */

export interface ScryptParams {
  /** log2 of N, the cost: 15 → 32 MiB of memory per hash with r = 8 */
  ln: number;
  r: number;
  p: number;
}

/** OWASP's password storage cheat sheet lists N = 2^15, r = 8, p = 3 beside 2^17/8/1: same work, a quarter of the memory */
export const DEFAULT_SCRYPT: ScryptParams = { ln: 15, r: 8, p: 3 };

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
/** The shortest password accepted: 12 characters (NIST SP 800-63B asks for 8 at least). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.ln;
  const options: ScryptOptions = {
    N,
    r: params.r,
    p: params.p,
    // node refuses above 32 MiB unless told: 128 · N · r plus headroom
    maxmem: 128 * N * params.r * 2,
  };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** Why a password is refused, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `the password must have at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH)
    return `the password may have at most ${MAX_PASSWORD_LENGTH} characters`;
  return null;
}

export async function hashPassword(
  password: string,
  params: ScryptParams = DEFAULT_SCRYPT,
): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, params);
  return `scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

function parse(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const m = /^scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([\w-]+)\$([\w-]+)$/.exec(stored);
  if (!m) return null;
  const params = { ln: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  // a hash edited to ask for gigabytes must not take the server down
  if (params.ln < 1 || params.ln > 20 || params.r < 1 || params.r > 32 || params.p < 1) return null;
  return { params, salt: Buffer.from(m[4]!, 'base64url'), key: Buffer.from(m[5]!, 'base64url') };
}

/** Whether the password matches; the comparison takes the same time wherever they differ. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed || parsed.key.length !== KEY_LENGTH) return false;
  const key = await derive(password, parsed.salt, parsed.params);
  return timingSafeEqual(key, parsed.key);
}

/** A hash made with weaker parameters than today's: rehash at the next login. */
export function needsRehash(stored: string, params: ScryptParams = DEFAULT_SCRYPT): boolean {
  const parsed = parse(stored);
  return (
    !parsed ||
    parsed.params.ln < params.ln ||
    parsed.params.r < params.r ||
    parsed.params.p < params.p
  );
}

/**
 * A hash of no one's password, verified when the name is unknown, so a login for a name that
 * does not exist costs as much as one with a wrong password (no timing tells which names exist).
 */
let decoy: Promise<string> | undefined;
export function decoyHash(params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  decoy ??= hashPassword(randomBytes(24).toString('base64url'), params);
  return decoy;
}
