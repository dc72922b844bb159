// The figure worker's entry: worker threads do not inherit the TypeScript loader of the thread
// that starts them (nor does one started from the tests), so this plain module registers tsx
// before loading the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./figure-worker.ts');
