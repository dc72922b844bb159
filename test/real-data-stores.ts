import type { Store } from '../src/store/open-store.js';
import { importHrcVotePaths } from '../src/store/hrc-votes/import-files.js';
import { importUprPaths } from '../src/store/upr/import-files.js';
import { openPreparedSqlite, openPreparedSqliteAt, preparedSqliteFile } from './prepared.js';
import { sharedPath } from './shared-data.js';

/*
 * The real exports several test files read, imported once per test run into a SQLite database
 * that each test copies (test/prepared.ts), instead of once per file: the OHCHR vote export took
 * 1.4-2.2 s of CPU (5-14 s at load 17) in each of five files. Each is undefined without
 * ../shared/data: the tests skip, saying so (SHARED_DATA_SKIP_REASON).
 */

/** The OHCHR vote export (hrc-voting), as `importHrcVotePaths` stores it. */
export const HRC_VOTING_DIR = sharedPath('hrc-voting');

const HRC_VOTING = 'hrc-voting';
const buildHrcVoting = (store: Store) => importHrcVotePaths(store, [HRC_VOTING_DIR!]);

/** A copy of the run's database of the OHCHR vote export, removed on close. */
export function openHrcVotingStore(): Promise<Store> {
  return openPreparedSqlite(HRC_VOTING, buildHrcVoting);
}

/** A copy of the run's database of the OHCHR vote export at `target` (for the CLI too). */
export function openHrcVotingStoreAt(target: string): Promise<Store> {
  return openPreparedSqliteAt(HRC_VOTING, buildHrcVoting, target);
}

/**
 * The run's prepared database of the OHCHR vote export, not to be written to: copy it (for a
 * server harness that opens a file of its own, as the browser tests' does).
 */
export function hrcVotingFile(): Promise<string> {
  return preparedSqliteFile(HRC_VOTING, buildHrcVoting);
}

/** The UPR Info export of sessions 1-20 and the China matrices, as `importUprPaths` stores them. */
export const UPR_INFO_DIR = sharedPath('upr-info-sessions-1-20');
export const UPR_CHINA_MATRICES_DIR = sharedPath('upr-china-matrices');

const UPR_INFO = 'upr-info-1-20-china-matrices';
const buildUprInfo = (store: Store) =>
  importUprPaths(store, [UPR_INFO_DIR!, UPR_CHINA_MATRICES_DIR!]);

/** A copy of the run's database of the UPR Info export and the China matrices. */
export function openUprInfoStore(): Promise<Store> {
  return openPreparedSqlite(UPR_INFO, buildUprInfo);
}

/** The run's prepared database of the UPR Info export and the China matrices: copy it. */
export function uprInfoFile(): Promise<string> {
  return preparedSqliteFile(UPR_INFO, buildUprInfo);
}
