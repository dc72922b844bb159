import { createHash, randomBytes } from 'node:crypto';

/*
 * The audit log's chain, as pure functions over its rows (the store appends and reads them).
 * Each entry's hash covers its sequence number, its content and the previous entry's hash, so a
 * changed entry breaks its own hash, a deleted one leaves a gap in the sequence and a break in the
 * chain, and a reordered pair breaks both links.
 *
 * Confidential before/after values are never in the clear: each is stored encrypted (re-encrypted
 * by key rotation) and, in the chain, as a commitment sha256(salt ‖ value) whose salt lies only
 * inside the ciphertext. The chain therefore survives a key rotation, and the commitment cannot be
 * tried against guesses (a gender, a country) without the key.
 */

export const GENESIS = '0'.repeat(64);

/** What the chain covers of one entry; every field is part of the hash. */
export interface ChainedContent {
  seq: number;
  at: string;
  actorName: string;
  actorRole: string;
  action: string;
  entity: string;
  entityId: string | null;
  field: string | null;
  /** JSON of a value that is not confidential, or null */
  before: string | null;
  after: string | null;
  /** commitments to confidential values, or null */
  beforeCommit: string | null;
  afterCommit: string | null;
}

export interface ChainedRow extends ChainedContent {
  prevHash: string;
  hash: string;
}

export function entryHash(prevHash: string, content: ChainedContent): string {
  const canonical = JSON.stringify([
    content.seq,
    content.at,
    content.actorName,
    content.actorRole,
    content.action,
    content.entity,
    content.entityId,
    content.field,
    content.before,
    content.after,
    content.beforeCommit,
    content.afterCommit,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/** The sealed form of a confidential value: salt and value go inside the ciphertext together. */
export function sealForAudit(value: string): { payload: string; commit: string } {
  const salt = randomBytes(16).toString('base64url');
  return { payload: JSON.stringify({ s: salt, v: value }), commit: commitment(salt, value) };
}

export function commitment(salt: string, value: string): string {
  return createHash('sha256').update(salt).update('\u0000').update(value, 'utf8').digest('hex');
}

/** Whether a decrypted payload matches the commitment the chain holds. */
export function openSealed(payload: string, commit: string): string | null {
  try {
    const { s, v } = JSON.parse(payload) as { s: unknown; v: unknown };
    if (typeof s !== 'string' || typeof v !== 'string') return null;
    return commitment(s, v) === commit ? v : null;
  } catch {
    return null;
  }
}

export interface ChainProblem {
  seq: number;
  problem: 'gap' | 'out-of-order' | 'broken-link' | 'altered';
  message: string;
}

/**
 * Every break in the chain, walking the rows in the order they were stored (seq ascending, as the
 * database returns them by its key). An empty list means the log is intact up to its last entry;
 * that the last entries were not cut off is checked against a head recorded elsewhere
 * (`audit verify --expect-head`).
 */
export function verifyChain(rows: readonly ChainedRow[]): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let prevHash = GENESIS;
  let expectedSeq = 1;
  for (const row of rows) {
    if (row.seq < expectedSeq)
      problems.push({
        seq: row.seq,
        problem: 'out-of-order',
        message: `entry ${row.seq} comes after entry ${expectedSeq - 1}`,
      });
    else if (row.seq > expectedSeq)
      problems.push({
        seq: row.seq,
        problem: 'gap',
        message: `entries ${expectedSeq}–${row.seq - 1} are missing`,
      });
    if (row.prevHash !== prevHash)
      problems.push({
        seq: row.seq,
        problem: 'broken-link',
        message: `entry ${row.seq} does not follow the entry stored before it`,
      });
    if (entryHash(row.prevHash, row) !== row.hash)
      problems.push({
        seq: row.seq,
        problem: 'altered',
        message: `entry ${row.seq} was changed after it was written`,
      });
    prevHash = row.hash;
    expectedSeq = Math.max(expectedSeq, row.seq + 1);
  }
  return problems;
}
