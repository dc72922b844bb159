import { loadSampleIfEmpty } from '../src/store/sample-dataset.js';
import type { Store } from '../src/store/open-store.js';
import { preparedSqliteFile } from './prepared.js';
import type { StoreKind } from './stores.js';

/*
 * The sample dataset (without reprisals cases), as loadSampleIfEmpty leaves a new store, prepared
 * once per run and copied (test/prepared.ts), where loading it again cost 0.3-0.7 s of CPU per
 * store (on PostgreSQL several seconds of round trips besides).
 */

const SAMPLE = 'sample';
const buildSample = (store: Store) => loadSampleIfEmpty(store);

/** A store of `kind` holding the sample dataset: a copy of the run's, the caller's to close. */
export function openSampleStore(kind: StoreKind): Promise<Store> {
  return kind.openPrepared(SAMPLE, buildSample);
}

/**
 * The run's prepared SQLite database of the sample dataset, not to be written to: copy it (for a
 * server harness that opens a file of its own, as the browser tests' does).
 */
export function sampleFile(): Promise<string> {
  return preparedSqliteFile(SAMPLE, buildSample);
}
