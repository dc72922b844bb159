import { loadSampleIfEmpty } from '../src/store/sample-dataset.js';
import type { Store } from '../src/store/open-store.js';
import type { StoreKind } from './stores.js';

/**
 * A store of `kind` holding the sample dataset (without reprisals cases), as loadSampleIfEmpty
 * leaves a new one: a copy of the one the run prepared (test/prepared.ts), where loading it again
 * cost 0.3-0.7 s of CPU per store (and on PostgreSQL several seconds of round trips).
 */
export function openSampleStore(kind: StoreKind): Promise<Store> {
  return kind.openPrepared('sample', (store) => loadSampleIfEmpty(store));
}
